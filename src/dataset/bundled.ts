import raw from 'virtual:dataset';
import { SCHEMA_VERSION, type Dataset } from './schema';

function asDataset(value: unknown): Dataset {
  const v = value as Partial<Dataset> | null;
  if (!v || v.schemaVersion !== SCHEMA_VERSION || !Array.isArray(v.papers)) {
    throw new Error(`The bundled dataset is not schema version ${SCHEMA_VERSION}; rebuild it with \`npm run data\`.`);
  }
  return v as Dataset;
}

/** The dataset bundled into this build. */
export const bundledDataset: Dataset = asDataset(raw);
