import { normaliseText } from './normalise-text.ts';
import { stemWord } from './stem-word.ts';
import { sentimentWords, stopwords } from './stopwords.ts';

export interface ContentToken {
  /** The normalised word as written ("emojis"). */
  surface: string;
  /** Its light stem ("emoji"). */
  stem: string;
}

const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** French/Italian elisions ("d'emojis", "l'abonnement"): the article is not part of the word. */
const elision = /^(?:d|l|j|qu|n|s|c|m|t|dell|all|nell)'(?=\p{L}{2})/u;

/** Normalised words of a text, elisions dropped, apostrophes removed ("don't" → "dont"), in order. */
export function words(text: string): string[] {
  return [...normaliseText(text).matchAll(wordPattern)].map((match) => match[0].replace(elision, '').replace(/'/g, ''));
}

/**
 * The words of a text that can describe a behaviour: no stopwords, no sentiment-only words, no numbers or
 * ids (order numbers would otherwise become the most distinctive "terms").
 */
export function contentTokens(text: string): ContentToken[] {
  const tokens: ContentToken[] = [];
  for (const word of words(text)) {
    if (word.length < 2 || /\d/.test(word) || stopwords.has(word) || sentimentWords.has(word)) continue;
    tokens.push({ surface: word, stem: stemWord(word) });
  }
  return tokens;
}
