import { describe, expect, it } from 'vitest';
import { bytesByPackage, packageOf } from './bundle-packages';

describe('bundle bytes by package', () => {
  it.each([
    ['../node_modules/react-dom/cjs/react-dom.production.js', 'react-dom'],
    ['../node_modules/@tanstack/table-core/dist/index.js', '@tanstack/table-core'],
    ['../../node_modules/.pnpm/x/node_modules/fuse.js/dist/fuse.mjs', 'fuse.js'],
    ['../src/app/App.tsx', 'app'],
  ])('%s belongs to %s', (source, pkg) => {
    expect(packageOf(source)).toBe(pkg);
  });

  it('charges each mapped span of generated code to its source`s package', () => {
    // Line 1: "ab" — column 0 from source 0, column 1 from source 1.
    // Line 2: "cde" — column 0 from source 1 (relative source 0), column 2 from source 0.
    const map = {
      sources: ['../node_modules/react/index.js', '../src/a.ts'],
      mappings: 'AAAA,CCAA;AAAA,EDAA',
    };
    expect(bytesByPackage('ab\ncde', map)).toEqual(
      new Map([
        ['react', 2],
        ['app', 3],
      ]),
    );
  });
});
