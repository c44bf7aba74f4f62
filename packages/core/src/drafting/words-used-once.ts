import { words } from '../text/content-tokens.ts';

/** Below this many texts a word used once is ordinary, not a sign of a typo. */
const minimumTexts = 100;

/**
 * Words of four or more letters that occur in only one text: in a feedback log of some size, mostly typos and
 * one-off names. Empty for fewer than 100 texts.
 */
export function wordsUsedOnce(texts: readonly string[]): Set<string> {
  if (texts.length < minimumTexts) return new Set();
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of new Set(words(text))) if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count === 1).map(([word]) => word));
}
