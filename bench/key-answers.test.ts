import { describe, expect, it } from 'vitest';
import { keyAnswers } from './browser-feel';

describe('keyAnswers', () => {
  it('times a key from when it went down, to the first paint after its dispatch', () => {
    // The first key went down at 100 but a long task held it until 400; the paint at 250
    // was an earlier answer and cannot hold it.
    const answers = keyAnswers({
      keys: [100, 520],
      dispatched: [400, 521],
      painted: [250, 430, 560],
    });
    expect(answers).toEqual([
      { k: 100, end: 430 },
      { k: 520, end: 560 },
    ]);
  });

  it('gives NaN to a key no paint followed', () => {
    const [only] = keyAnswers({ keys: [10], dispatched: [12], painted: [11] });
    expect(only?.end).toBeNaN();
  });
});
