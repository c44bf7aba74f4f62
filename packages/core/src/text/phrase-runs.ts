import { normaliseText } from './normalise-text.ts';
import { stemWord } from './stem-word.ts';
import { sentimentWords, stopwords } from './stopwords.ts';
import { genericWords } from './generic-words.ts';
import { hypernymOf } from './hypernyms.ts';

export interface PhraseToken {
  /** The normalised word as written, hyphenated compounds kept whole ("zero-result"). */
  surface: string;
  /** Its light stem; compounds stem each part ("zero-result"). */
  stem: string;
  /** False for generic words ("gave", "again") and adverbs: the token may sit inside a phrase, not at its edge. */
  edge: boolean;
}

const tokenPattern = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
const quoted = /"[^"\n]*"|\u201C[^\u201D\n]*\u201D|\u00AB[^\u00BB\n]*\u00BB|\u201E[^\u201C\u201D\n]*[\u201C\u201D]/gu;
const elision = /^(?:d|l|j|qu|n|s|c|m|t|dell|all|nell)'(?=\p{L}{2})/u;
/** Function words that may join content words inside a phrase, never end one: "wall of text", "step by step". */
const linkers = new Set(['of', 'by']);
const adverb = /(?:ally|ely|ily|tly|fully|ously|ively|ably|ibly|edly|ingly)$/u;

/**
 * The runs of adjacent content words in a text, the material of candidate phrases: a stopword (other than a
 * linking "of" or "by"), a sentiment-only word, a number, punctuation or a quotation ends a run ("ignored my
 * order number, again" → [ignored], [order number], [again]). Quoted text is the assistant's wording, not the
 * critic's description, so it is left out. Language names stand for "language" (see `hypernymOf`).
 */
export function phraseRuns(text: string): PhraseToken[][] {
  const normalised = normaliseText(text).replace(quoted, ' | ');
  const runs: PhraseToken[][] = [];
  let run: PhraseToken[] = [];
  let previousEnd = 0;
  for (const match of normalised.matchAll(tokenPattern)) {
    const gap = normalised.slice(previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    if (run.length > 0 && !/^\s+$/u.test(gap)) {
      runs.push(run);
      run = [];
    }
    const word = match[0].replace(elision, '');
    const token = phraseToken(word) ?? (run.length > 0 && linkers.has(word) ? { surface: word, stem: word, edge: false } : undefined);
    if (token) run.push(token);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function phraseToken(word: string): PhraseToken | undefined {
  const parts = word.replace(/'/g, '').split('-').filter(Boolean);
  // Ids and figures ("ORD-3766054", "90-day") are instances, not behaviours.
  if (parts.length === 0 || parts.some((part) => /\d/u.test(part))) return undefined;
  const content = parts.filter((part) => part.length >= 2 && !stopwords.has(part) && !sentimentWords.has(part));
  if (content.length === 0) return undefined;
  const surface = parts.join('-');
  const hypernym = hypernymOf(surface);
  if (hypernym) return { surface: hypernym, stem: stemWord(hypernym), edge: true };
  const edge = parts.length > 1 ? content.some((part) => !genericWords.has(part)) : surface.length >= 3 && !genericWords.has(surface) && !adverb.test(surface);
  return { surface, stem: parts.map(stemWord).join('-'), edge };
}
