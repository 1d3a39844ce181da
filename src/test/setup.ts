import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { otherViews } from '../app/later-views';
import { inThreadEngines } from '../app/search-service';

// No vitest globals here, so Testing Library cannot register this itself.
afterEach(() => {
  cleanup();
});

// Code the site loads after its first paint (src/app/later.ts) is in before the
// components are rendered, as it is in the single file: the tests read the views as
// they are once it is in (src/app/later.test.ts and search-service.test.ts test the
// loading itself, e2e/views.test.ts the site's chunks).
beforeAll(() => Promise.all([inThreadEngines.load(), otherViews.load()]));
