import { closestSubstringWithin } from './approximate-substring.ts';
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

/** A text quotes are looked up in, folded once and reused across quotes. */
export interface QuoteHaystack {
  readonly text: string;
  readonly normalised: NormalisedText;
}

export function createQuoteHaystack(text: string): QuoteHaystack {
  let normalised: NormalisedText | undefined;
  return {
    text,
    get normalised() {
      return (normalised ??= normaliseForMatch(text));
    },
  };
}

/**
 * Finds `quote` in `text`: exactly, else case/whitespace/typography-insensitively, else by the best
 * approximate substring (edit distance over a sliding window, Sellers' algorithm). Quotes with an ellipsis
 * ("first part ... last part") match when every part is found in order. Returns undefined when not found.
 */
export function locateQuote(text: string | QuoteHaystack, quote: string, options: LocateQuoteOptions = {}): QuoteLocation | undefined {
  const source = typeof text === 'string' ? createQuoteHaystack(text) : text;
  const trimmed = quote.trim();
  if (trimmed.length === 0 || source.text.length === 0) return undefined;
  const exact = source.text.indexOf(trimmed);
  if (exact >= 0) return { start: exact, end: exact + trimmed.length, match: 'exact', similarity: 1 };
  const haystack = source.normalised;
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
  const best = closestSubstringWithin(window, part, Math.floor((1 - minSimilarity) * part.length + 1e-9));
  if (!best) return undefined;
  const similarity = 1 - best.distance / part.length;
  if (similarity < minSimilarity) return undefined;
  const foldedStart = from + best.start;
  const foldedEnd = from + best.end;
  return { start: haystack.offsets[foldedStart]!, end: originalEnd(haystack, foldedEnd), match: 'fuzzy', similarity, foldedEnd };
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
