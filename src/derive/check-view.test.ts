import { describe, expect, it } from 'vitest';
import { smallDataset } from '../app/__fixtures__/small-dataset';
import { defaultList, type ViewState } from '../url/view-state';
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
});
