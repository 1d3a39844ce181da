import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { FirstScreen } from '../derive/first-screen';
import { previewOf } from '../derive/first-screen';
import { Root } from './Root';

/**
 * The first screen's markup, as the app renders it over the page's first-screen
 * payload (rendered at build time, scripts/render-first-screen.ts, into the site's
 * `#root`): the page paints these rows as it is parsed, before the app's script has
 * run, and the app then renders the same markup in their place (main.tsx). Without
 * style attributes, which the page's Content-Security-Policy refuses (the list's
 * spacer heights: the rows are the same, the page is shorter until the app runs).
 */
export function firstScreenMarkup(screen: FirstScreen, doc: Document = document): string {
  const container = doc.createElement('div');
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <StrictMode>
        <Root loaded={{ preview: previewOf(screen) }} />
      </StrictMode>,
    ),
  );
  for (const styled of container.querySelectorAll('[style]')) styled.removeAttribute('style');
  // Only the search box answers before the app runs (what is typed there goes over to the
  // app's): every other control is inert until the app's own replaces it, so a click
  // there is not taken and lost.
  const search = container.querySelector('input[type="search"]');
  for (let el = search; el && el !== container; el = el.parentElement)
    for (const other of el.parentElement?.children ?? [])
      if (other !== el) other.setAttribute('inert', '');
  const markup = container.innerHTML;
  root.unmount();
  return markup;
}
