import type { ListRoute } from '../url/view-state';

/** What each list view is called: in the header, the page title and "Back to …". */
export const ROUTE_NAMES: Record<ListRoute, string> = {
  papers: 'Papers',
  claims: 'Claims',
  leaderboard: 'Leaderboard',
  chart: 'Chart',
  captures: 'Captures',
};
