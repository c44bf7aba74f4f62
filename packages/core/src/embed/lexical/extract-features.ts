import { contentTokens } from '../../text/content-tokens.ts';

export interface TextFeatures {
  /** Word stems and stem bigrams ("refund", "refund polici"). */
  words: string[];
  /** Character 3–5-grams inside each content word, with word boundaries marked ("<emo", "moji>"). */
  characters: string[];
  /**
   * Weight of each feature in `words` (same order), present only when some feature is weighted down: 1 for a
   * behaviour word, the topic weight for a word (or a bigram with a word) the text shares with its context.
   */
  wordWeights?: number[];
  /** Weight of each feature in `characters` (same order), as `wordWeights`. */
  characterWeights?: number[];
}

export interface FeatureOptions {
  /** @default 3 */
  minCharacterGram?: number;
  /** @default 5 */
  maxCharacterGram?: number;
  /**
   * Weights in [0, 1] of the words that are topic rather than behaviour in this text, by stem (as
   * `contentTokens` gives them): their features, word, bigram and character n-gram alike, are scaled by it.
   * @default none (every word weighs 1)
   */
  stemWeights?: ReadonlyMap<string, number>;
}

/**
 * The lexical features of one text. Words carry meaning; character n-grams make typos ("refnud"), inflections
 * and cognates across languages ("emojis", "émojis", "emoticons") overlap.
 */
export function extractFeatures(text: string, options: FeatureOptions = {}): TextFeatures {
  const { minCharacterGram = 3, maxCharacterGram = 5, stemWeights } = options;
  const tokens = contentTokens(text);
  const tokenWeights = tokens.map((token) => stemWeights?.get(token.stem) ?? 1);
  const weighted = tokenWeights.some((weight) => weight !== 1);
  const words: string[] = tokens.map((token) => token.stem);
  const wordWeights: number[] = [...tokenWeights];
  for (let index = 1; index < tokens.length; index++) {
    words.push(`${tokens[index - 1]!.stem} ${tokens[index]!.stem}`);
    // A bigram with a topic word in it ("boil water") names the topic as much as the word does.
    wordWeights.push(Math.min(tokenWeights[index - 1]!, tokenWeights[index]!));
  }
  const characters: string[] = [];
  const characterWeights: number[] = [];
  tokens.forEach((token, index) => {
    const marked = `<${token.surface}>`;
    for (let size = minCharacterGram; size <= maxCharacterGram; size++) {
      for (let start = 0; start + size <= marked.length; start++) {
        characters.push(marked.slice(start, start + size));
        characterWeights.push(tokenWeights[index]!);
      }
    }
  });
  return weighted ? { words, characters, wordWeights, characterWeights } : { words, characters };
}
