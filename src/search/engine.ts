// The app's search engine. For now this is the plain fuse.js baseline so the app
// has a working engine; the scalable vocabulary + inverted-index engine replaces it.
export { createFuseBaselineEngine as createSearchEngine } from './fuse-baseline';
