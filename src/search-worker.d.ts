// The search worker's constructor (src/app/search-worker.ts): vite.config.ts points
// this name at a worker file for the site and at an inline (Blob URL) worker for
// the single-file build, which cannot load a worker from file://.
declare module 'virtual:search-worker' {
  const SearchWorker: new () => Worker;
  export default SearchWorker;
}
