import { contentTokens } from '../../text/content-tokens.ts';

export interface TextFeatures {
  /** Word stems and stem bigrams ("refund", "refund polici"). */
  words: string[];
  /** Character 3–5-grams inside each content word, with word boundaries marked ("<emo", "moji>"). */
  characters: string[];
}

export interface FeatureOptions {
  /** @default 3 */
  minCharacterGram?: number;
  /** @default 5 */
  maxCharacterGram?: number;
}

/**
 * The lexical features of one text. Words carry meaning; character n-grams make typos ("refnud"), inflections
 * and cognates across languages ("emojis", "émojis", "emoticons") overlap.
 */
export function extractFeatures(text: string, options: FeatureOptions = {}): TextFeatures {
  const { minCharacterGram = 3, maxCharacterGram = 5 } = options;
  const tokens = contentTokens(text);
  const words: string[] = tokens.map((token) => token.stem);
  for (let index = 1; index < tokens.length; index++) words.push(`${tokens[index - 1]!.stem} ${tokens[index]!.stem}`);
  const characters: string[] = [];
  for (const token of tokens) {
    const marked = `<${token.surface}>`;
    for (let size = minCharacterGram; size <= maxCharacterGram; size++) {
      for (let start = 0; start + size <= marked.length; start++) characters.push(marked.slice(start, start + size));
    }
  }
  return { words, characters };
}
