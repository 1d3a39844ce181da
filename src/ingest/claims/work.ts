// A count of the characters and words the extractor's scans visit. The test of
// linear time reads it: the work per number must not grow with the text before
// it. Counting, not timing, so the test holds on a busy machine.
export const work = { steps: 0 };
