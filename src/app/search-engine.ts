// The one place the app picks its search engine: switching engines is this line.
export { startSearchEngine } from '../search/engine';
