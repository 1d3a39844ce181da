// The one place the app picks its search engine: switching engines is this line.
export { createSearchEngine } from '../search/engine';
