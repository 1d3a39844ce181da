import { type Later, later } from './later';

/** The views but the papers list (other-views.ts), loaded when first wanted. */
export const otherViews: Later<typeof import('./other-views')> = later(
  () => import('./other-views'),
);
