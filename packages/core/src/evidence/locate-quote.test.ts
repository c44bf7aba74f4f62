import { describe, expect, it } from 'vitest';
import { bestApproximateSubstring, closestSubstringWithin } from './approximate-substring.ts';
import { locateQuote } from './locate-quote.ts';

const response = 'Paris is the capital of France.\nIt has   a population of about 2.1 million people, according to the 2020 census.';

function quoted(text: string, location: { start: number; end: number } | undefined) {
  return location && text.slice(location.start, location.end);
}

describe('locateQuote', () => {
  it('finds an exact quote', () => {
    const location = locateQuote(response, 'capital of France');
    expect(location).toEqual({ start: 13, end: 30, match: 'exact', similarity: 1 });
  });

  it('ignores case, whitespace runs and typographic quotes', () => {
    const text = 'He said \u201Cthe API is  down\u201D at noon.';
    const location = locateQuote(text, 'said "The api is down"');
    expect(location?.match).toBe('normalised');
    expect(quoted(text, location)).toBe('said \u201Cthe API is  down\u201D');
  });

  it('maps a normalised match across a line break back to original offsets', () => {
    const location = locateQuote(response, 'capital of france. it has a population');
    expect(location?.match).toBe('normalised');
    expect(quoted(response, location)).toBe('capital of France.\nIt has   a population');
  });

  it('accepts a near quote above the similarity threshold', () => {
    const location = locateQuote(response, 'a population of roughly 2.1 million people');
    expect(location?.match).toBe('fuzzy');
    expect(location?.similarity).toBeGreaterThanOrEqual(0.85);
    expect(quoted(response, location)).toBe('a population of about 2.1 million people');
  });

  it('rejects a fabricated quote', () => {
    expect(locateQuote(response, 'Berlin is the capital of Germany and has 3.6 million people')).toBeUndefined();
  });

  it('does not fuzzy-match short quotes', () => {
    expect(locateQuote(response, 'Pariz')).toBeUndefined();
  });

  it('matches an elided quote part by part, in order', () => {
    const location = locateQuote(response, 'Paris is the capital ... according to the 2020 census');
    expect(location).toMatchObject({ start: 0, end: response.length - 1, match: 'normalised' });
    expect(locateQuote(response, 'according to the 2020 census ... Paris is the capital')).toBeUndefined();
  });

  it('strips quote marks the model wrapped around the quote', () => {
    expect(quoted(response, locateQuote(response, '"the capital of France"'))).toBe('the capital of France');
  });

  it('returns undefined for empty input', () => {
    expect(locateQuote(response, '   ')).toBeUndefined();
    expect(locateQuote('', 'anything')).toBeUndefined();
  });
});

describe('approximate substring search', () => {
  it('finds the closest window and its edit distance', () => {
    expect(bestApproximateSubstring('xxabcdefyy', 'abXdef')).toEqual({ start: 2, end: 8, distance: 1 });
  });

  it('gives the same answer with the q-gram filter as the full search, on seeded random text', () => {
    let state = 7;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = 'abcde ';
    for (let trial = 0; trial < 200; trial++) {
      const text = Array.from({ length: 300 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const start = Math.floor(random() * 250);
      const pattern = [...text.slice(start, start + 40)].map((character) => (random() < 0.08 ? 'x' : character)).join('');
      const maxDistance = 6;
      const full = bestApproximateSubstring(text, pattern);
      const filtered = closestSubstringWithin(text, pattern, maxDistance);
      expect(filtered?.distance).toBe(full.distance <= maxDistance ? full.distance : undefined);
    }
  });

  it('rejects a fabricated quote in a long text quickly', () => {
    const text = Array.from({ length: 4000 }, (_, index) => `word${index % 97} `).join('');
    expect(closestSubstringWithin(text, 'a fabricated sentence that never appears in the response text at all', 10)).toBeUndefined();
  });
});
