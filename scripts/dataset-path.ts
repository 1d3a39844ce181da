// Where `npm run data` writes the dataset and the Vite build reads it, unless told
// otherwise; a module of its own, so the data CLI's bundle does not take in the Vite
// plugin and the app code it renders the first screen with.
export const DEFAULT_DATASET_PATH = 'src/generated/dataset.json';
