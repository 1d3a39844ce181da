import { DATASET_ELEMENT_ID } from './embed';
import { SCHEMA_VERSION, type Dataset } from './schema';

function asDataset(value: unknown): Dataset {
  const v = value as Partial<Dataset> | null;
  if (!v || v.schemaVersion !== SCHEMA_VERSION || !Array.isArray(v.papers)) {
    throw new Error(
      `The bundled dataset is not schema version ${SCHEMA_VERSION}; rebuild it with \`npm run data\`.`,
    );
  }
  return v as Dataset;
}

/** The dataset this page was built with, read from its data block (see embed.ts). */
export function readBundledDataset(doc: Document = document): Dataset {
  const block = doc.getElementById(DATASET_ELEMENT_ID);
  if (!block?.textContent) {
    throw new Error(
      'This page holds no dataset; build it with `npm run build` (or serve it with `npm start`).',
    );
  }
  const dataset = asDataset(JSON.parse(block.textContent));
  // The parsed copy is all the app uses; drop the text (tens of MB at scale).
  block.remove();
  return dataset;
}
