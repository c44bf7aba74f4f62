import { describe, expect, it } from 'vitest';
import { quotedFragments } from './quoted-fragments.ts';
import { truncateAround } from './truncate-around.ts';

const long = Array.from({ length: 40 }, (_, index) => `Sentence ${index} of the answer.`).join(' ');

describe('truncateAround', () => {
  it('leaves short text alone', () => {
    expect(truncateAround('short text', 100)).toBe('short text');
  });

  it('keeps head and tail with a visible marker when there is no anchor', () => {
    expect(truncateAround(long, 60)).toMatchInlineSnapshot(`"Sentence 0 of the answer. Sentence 1 of th…[truncated 1009 chars]… 39 of the answer."`);
  });

  it('keeps a window around a quoted anchor', () => {
    const truncated = truncateAround(long, 80, ['Sentence 23 of the answer']);
    expect(truncated).toMatchInlineSnapshot(`"Sentence 0 of th…[truncated 576 chars]… 22 of the answer. Sentence 23 of the answer. Sentence 24 of the…[truncated 413 chars]…"`);
    expect(truncated).toContain('Sentence 23 of the answer');
  });

  it('ignores anchors that are not in the text', () => {
    expect(truncateAround(long, 60, ['not present anywhere'])).toBe(truncateAround(long, 60));
  });
});

describe('quotedFragments', () => {
  it('collects quoted fragments in order, without apostrophes', () => {
    const critique = 'It\'s wrong: it said "use rm -rf" and then \u201Cdone\u201D, and `ls -la` isn\'t needed; \'old flag\' too. "use rm -rf"';
    expect(quotedFragments(critique)).toEqual(['use rm -rf', 'done', 'ls -la', 'old flag']);
  });
});
