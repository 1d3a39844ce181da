// The dataset a build was made from, read back so tests compare what the page
// shows with what the data says.
import { readFileSync } from 'node:fs';
import { type Dataset, SCHEMA_VERSION } from '../../src/dataset/schema.ts';

export function readDataset(file: string): Dataset {
  const value = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  if (value.schemaVersion !== SCHEMA_VERSION || !Array.isArray(value.papers))
    throw new Error(`${file}: not a schema v${SCHEMA_VERSION} dataset`);
  return value;
}

/** The paper with the most claims: the most marks and claim rows on its page. */
export function paperWithMostClaims(
  dataset: Dataset | null,
): Dataset['papers'][number] | undefined {
  return dataset
    ? [...dataset.papers].sort((a, b) => b.claims.length - a.claims.length)[0]
    : undefined;
}
