// The dataset bundled by scripts/vite-dataset-plugin.ts. Typed through
// src/dataset/bundled.ts, which checks the schema version.
declare module 'virtual:dataset' {
  const dataset: unknown;
  export default dataset;
}
