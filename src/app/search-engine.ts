// The one place the app picks its search engine: switching engines is this line.
export { searchEngineFromIndex, startSearchEngine } from '../search/engine';
