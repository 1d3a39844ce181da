import { describe, expect, it } from 'vitest';
import { smallDataset } from '../app/__fixtures__/small-dataset';
import { defaultList, type ListView, type ViewState } from '../url/view-state';
import { buildIndex } from './dataset-index';
import { checkView } from './check-view';

const index = buildIndex(smallDataset);

describe('checkView', () => {
  it('drops organizations and hardware no paper has, respelling known hardware', () => {
    const state: ViewState = {
      page: 'list',
      list: { ...defaultList(), org: ['acme', 'nvidia'], hw: ['h100', 'TPU v9'] },
    };
    const checked = checkView(state, index);
    expect(checked.state.list.org).toEqual(['nvidia']);
    expect(checked.state.list.hw).toEqual(['H100']);
    expect(checked.notices).toEqual([
      'No paper in the data is from organization "acme"; that filter was dropped.',
      'No paper in the data names hardware "TPU v9"; that filter was dropped.',
    ]);
  });

  it('drops a claim number the paper does not have, and leaves unknown papers to the view', () => {
    expect(
      checkView({ page: 'paper', id: 'swiftkv', claim: 2, list: defaultList() }, index),
    ).toEqual({
      state: { page: 'paper', id: 'swiftkv', claim: null, list: defaultList() },
      notices: ['This paper has no claim 3.'],
    });
    expect(
      checkView({ page: 'paper', id: 'swiftkv', claim: 1, list: defaultList() }, index).notices,
    ).toEqual([]);
    expect(
      checkView({ page: 'paper', id: 'nope', claim: 5, list: defaultList() }, index).notices,
    ).toEqual([]);
  });

  it.each<[string, Partial<ListView>, Partial<ListView>, string[]]>([
    ['a capture date the data has', { captured: '2025-11-03' }, { captured: '2025-11-03' }, []],
    [
      'a capture date no page has',
      { captured: '2025-11-04' },
      { captured: null },
      ['No page capture in the data is from 2025-11-04; that filter was dropped.'],
    ],
    [
      'shortlisted papers that exist',
      { ids: ['swiftkv', 'tiny-video'] },
      { ids: ['swiftkv', 'tiny-video'] },
      [],
    ],
    [
      'one unknown shortlisted paper',
      { ids: ['gone', 'swiftkv'] },
      { ids: ['swiftkv'] },
      ['The shortlist names a paper not in the data ("gone"); it was dropped.'],
    ],
    [
      'many unknown shortlisted papers',
      { ids: ['a', 'b', 'c', 'd', 'swiftkv'] },
      { ids: ['swiftkv'] },
      ['The shortlist names papers not in the data ("a", "b", "c" and 1 more); they were dropped.'],
    ],
  ])('%s', (_name, given, expected, notices) => {
    const checked = checkView({ page: 'list', list: { ...defaultList(), ...given } }, index);
    expect(checked.state.list).toEqual({ ...defaultList(), ...expected });
    expect(checked.notices).toEqual(notices);
  });
});
