// Every view but the papers list: a chunk of its own on the site, loaded with import()
// (later-views.ts), so a reader of the default list does not wait for it before the
// first rows; the list asks for it once the reader is quiet after them.
export { CapturesView } from '../features/captures/CapturesView';
export { ChartView } from '../features/chart/ChartView';
export { ClaimsView } from '../features/claims/ClaimsView';
export { LeaderboardView } from '../features/leaderboard/LeaderboardView';
export { PaperRoute } from './PaperRoute';
