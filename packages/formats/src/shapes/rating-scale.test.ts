import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../ingest/ingest-files.ts';
import { collect } from '../test/collect.ts';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { createRatingScale } from './rating-scale.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

describe('createRatingScale', () => {
  it('numbers labels from 0, lowest first, matching without case and with runs of spaces as one', () => {
    const scale = createRatingScale([' Bad', 'Could be Improved', 'Acceptable', 'Excellent ']);
    expect(scale.labels).toEqual(['Bad', 'Could be Improved', 'Acceptable', 'Excellent']);
    expect(['bad', '  could  BE improved ', 'Acceptable', 'EXCELLENT', 'Great'].map((label) => scale.indexOf(label))).toEqual([0, 1, 2, 3, undefined]);
  });
});

describe('ingestFiles with a rating scale', () => {
  it('reads scale labels before thumbs words and leaves numbers and thumbs as they were', async () => {
    const rows = [
      { critique: 'a', rating: 'bad' },
      { critique: 'b', score: 'Could be improved', metadata: { team: 'x' } },
      { critique: 'c', rating: 4 },
      { critique: 'd', rating: '👍' },
      { critique: 'e', stars: ' Excellent ' },
    ];
    const file = await temp.write('scale.jsonl', rows.map((row) => JSON.stringify(row)).join('\n'));
    const items = await collect(ingestFiles({ files: [file], ratingScale: ['Bad', 'Could be Improved', 'Acceptable', 'Excellent'] }));
    expect(items.map((item) => (item.kind === 'feedback' ? [item.record.critique, item.record.rating, item.record.metadata] : item.reject.message))).toEqual([
      ['a', 0, { ratingLabel: 'bad' }],
      ['b', 1, { team: 'x', ratingLabel: 'Could be improved' }],
      ['c', 4, {}],
      ['d', 'up', {}],
      ['e', 3, { ratingLabel: 'Excellent' }],
    ]);
  });
});
