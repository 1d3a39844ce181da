// Daily papers items in the Hub API's shape (see docs/DATASET.md), with made-up papers
// written for these tests: deterministic, so a day's list is the same on every run.

const SUBJECTS = ['Lantern', 'Quiver', 'Marigold', 'Tundra', 'Pebble', 'Saffron', 'Orbit', 'Heron'];
const TOPICS = [
  'sparse attention',
  'draft-tree decoding',
  'kernel fusion',
  'activation offloading',
  'token pruning',
  'pipeline scheduling',
];
const NAMES = ['Ana Ortiz', 'Bo Lindqvist', 'Chidi Okafor', 'Dana Whitlock', 'Emre Kaya', 'Fen Liu'];

/** The n-th made-up paper of a day: a unique arXiv-style id, title, abstract and authors. */
export function madeUpItem(day: string, n: number) {
  const subject = SUBJECTS[n % SUBJECTS.length]!;
  const topic = TOPICS[n % TOPICS.length]!;
  const yymm = `${day.slice(2, 4)}${day.slice(5, 7)}`;
  return {
    paper: {
      id: `${yymm}.${String(10000 + n).padStart(5, '0')}`,
      authors: NAMES.slice(0, (n % 4) + 1).map((name) => ({ name, hidden: false })),
      publishedAt: `${day}T0${n % 10}:00:00.000Z`,
      title: `${subject} ${n}: Notes on ${topic}`,
      summary: `Paper ${n} studies ${topic}; the made-up system runs ${(n % 7) + 2}x faster than its baseline.`,
      upvotes: (n * 7) % 50,
      discussionId: `discussion-${n}`,
      ...(n % 3 === 0 ? { githubRepo: `https://github.com/made-up/${subject.toLowerCase()}-${n}` } : {}),
    },
    publishedAt: `${day}T08:00:00.000Z`,
    title: `${subject} ${n}: Notes on ${topic}`,
    numComments: n % 5,
    isAuthorParticipating: n % 2 === 0,
  };
}

export function madeUpDay(day: string, count: number) {
  return Array.from({ length: count }, (_, n) => madeUpItem(day, n));
}
