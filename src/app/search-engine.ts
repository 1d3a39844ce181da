// The one place the app picks its search engine: switching engines is this line.
export { type DocSearchEngine, docSearchEngine, startSearchEngine } from '../search/engine';
