import { normaliseForMatch, originalEnd, type NormalisedText } from './normalise-for-match.ts';

export type QuoteMatch = 'exact' | 'normalised' | 'fuzzy';

export interface QuoteLocation {
  start: number;
  /** Exclusive. */
  end: number;
  match: QuoteMatch;
  /** 1 for exact and normalised matches; 1 − edit distance / quote length for fuzzy ones. */
  similarity: number;
}

export interface LocateQuoteOptions {
  /** Lowest similarity a fuzzy match may have. @default 0.85 */
  minSimilarity?: number;
  /** Fuzzy matching is skipped above this many character comparisons (quote × text length). @default 20_000_000 */
  maxFuzzyWork?: number;
}

/** Quotes shorter than this (after folding) are matched exactly or case/whitespace-insensitively only. */
const minFuzzyQuoteLength = 12;

/**
 * Finds `quote` in `text`: exactly, else case/whitespace/typography-insensitively, else by the best
 * approximate substring (edit distance over a sliding window, Sellers' algorithm). Quotes with an ellipsis
 * ("first part ... last part") match when every part is found in order. Returns undefined when not found.
 */
export function locateQuote(text: string, quote: string, options: LocateQuoteOptions = {}): QuoteLocation | undefined {
  const trimmed = quote.trim();
  if (trimmed.length === 0 || text.length === 0) return undefined;
  const exact = text.indexOf(trimmed);
  if (exact >= 0) return { start: exact, end: exact + trimmed.length, match: 'exact', similarity: 1 };
  const haystack = normaliseForMatch(text);
  const parts = unwrap(normaliseForMatch(trimmed).text)
    .split('...')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0) return undefined;
  let from = 0;
  let result: QuoteLocation | undefined;
  for (const part of parts) {
    const found = locateFolded(haystack, part, from, options);
    if (!found) return undefined;
    result = result
      ? { start: result.start, end: found.end, match: worse(result.match, found.match), similarity: Math.min(result.similarity, found.similarity) }
      : found;
    from = found.foldedEnd;
  }
  return result;
}

function locateFolded(haystack: NormalisedText, part: string, from: number, options: LocateQuoteOptions): (QuoteLocation & { foldedEnd: number }) | undefined {
  const index = haystack.text.indexOf(part, from);
  if (index >= 0) {
    const foldedEnd = index + part.length;
    return { start: haystack.offsets[index]!, end: originalEnd(haystack, foldedEnd), match: 'normalised', similarity: 1, foldedEnd };
  }
  const { minSimilarity = 0.85, maxFuzzyWork = 20_000_000 } = options;
  const window = haystack.text.slice(from);
  if (part.length < minFuzzyQuoteLength || part.length * window.length > maxFuzzyWork) return undefined;
  const best = bestApproximateSubstring(window, part);
  const similarity = 1 - best.distance / part.length;
  if (similarity < minSimilarity) return undefined;
  const foldedStart = from + best.start;
  const foldedEnd = from + best.end;
  return { start: haystack.offsets[foldedStart]!, end: originalEnd(haystack, foldedEnd), match: 'fuzzy', similarity, foldedEnd };
}

/** The substring of `text` with the smallest edit distance to `pattern` (earliest on ties). */
export function bestApproximateSubstring(text: string, pattern: string): { start: number; end: number; distance: number } {
  const length = pattern.length;
  let distances = Int32Array.from({ length: length + 1 }, (_, index) => index);
  let starts = new Int32Array(length + 1);
  let nextDistances = new Int32Array(length + 1);
  let nextStarts = new Int32Array(length + 1);
  let best = { start: 0, end: 0, distance: length };
  for (let column = 1; column <= text.length; column++) {
    nextDistances[0] = 0;
    nextStarts[0] = column;
    const character = text[column - 1];
    for (let row = 1; row <= length; row++) {
      const substitute = distances[row - 1]! + (pattern[row - 1] === character ? 0 : 1);
      const skipText = distances[row]! + 1;
      const skipPattern = nextDistances[row - 1]! + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        nextDistances[row] = substitute;
        nextStarts[row] = starts[row - 1]!;
      } else if (skipText <= skipPattern) {
        nextDistances[row] = skipText;
        nextStarts[row] = starts[row]!;
      } else {
        nextDistances[row] = skipPattern;
        nextStarts[row] = nextStarts[row - 1]!;
      }
    }
    if (nextDistances[length]! < best.distance) best = { start: nextStarts[length]!, end: column, distance: nextDistances[length]! };
    [distances, nextDistances] = [nextDistances, distances];
    [starts, nextStarts] = [nextStarts, starts];
  }
  return best;
}

/** Drops one pair of quote marks the model may have wrapped the whole quote in. */
function unwrap(folded: string): string {
  const first = folded[0];
  if (folded.length >= 2 && (first === '"' || first === "'" || first === '`') && folded.endsWith(first)) return folded.slice(1, -1);
  return folded;
}

function worse(first: QuoteMatch, second: QuoteMatch): QuoteMatch {
  const order: QuoteMatch[] = ['exact', 'normalised', 'fuzzy'];
  return order[Math.max(order.indexOf(first), order.indexOf(second))]!;
}
