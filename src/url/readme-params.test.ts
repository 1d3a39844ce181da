import { describe, expect, it } from 'vitest';
import README from '../../README.md?raw';
import { PARAM_ORDER, serializeHash } from './codec';
import { CHART_BYS, defaultList, LEADERBOARD_GROUPS, LIST_ROUTES } from './view-state';

// The README's parameter table is the documented grammar; it must list exactly the
// parameters the codec reads, in the order canonical links write them.
const readme = README;
const urls = readme.slice(
  readme.indexOf('## URLs'),
  readme.indexOf('\n## ', readme.indexOf('## URLs') + 1),
);
const table = urls.split('\n').filter((l) => /^\| `[a-z]+` /.test(l));
const cell = (name: string) => table.find((l) => l.startsWith(`| \`${name}\``)) ?? '';

describe('README URL parameters', () => {
  it('lists every parameter the codec knows, in canonical order', () => {
    expect(table.map((l) => /^\| `([a-z]+)`/.exec(l)?.[1])).toEqual([...PARAM_ORDER]);
  });

  it('names every value of the enumerated parameters', () => {
    for (const by of CHART_BYS) expect(cell('by')).toContain(`\`${by}\``);
    for (const group of LEADERBOARD_GROUPS) expect(cell('group')).toContain(`\`${group}\``);
    for (const route of LIST_ROUTES) expect(cell('from')).toContain(`\`${route}\``);
  });

  it('shows an example address for every list view', () => {
    for (const route of LIST_ROUTES) {
      expect(urls).toContain(serializeHash({ page: 'list', list: defaultList(route) }));
    }
  });
});
