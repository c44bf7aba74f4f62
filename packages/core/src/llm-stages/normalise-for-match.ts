/** Text folded for quote matching, with a map from each folded character back to its original offset. */
export interface NormalisedText {
  text: string;
  /** `offsets[i]` is the original index of folded character `i`; `offsets[text.length]` is the original length. */
  offsets: number[];
}

const characterFolds: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2026': '...',
};

/**
 * Lower-cases, folds typographic quotes, dashes and ellipses to ASCII and collapses whitespace runs to one
 * space (trimmed at both ends), keeping where every folded character came from.
 */
export function normaliseForMatch(original: string): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let index = 0; index < original.length; index++) {
    const character = original[index]!;
    if (/\s/u.test(character)) {
      if (pendingSpace < 0) pendingSpace = index;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' ';
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    const folded = (characterFolds[character] ?? character).toLowerCase();
    for (const piece of folded) {
      text += piece;
      offsets.push(index);
    }
  }
  offsets.push(original.length);
  return { text, offsets };
}

/** The original end offset (exclusive) of the folded range ending at `foldedEnd`. */
export function originalEnd(normalised: NormalisedText, foldedEnd: number): number {
  if (foldedEnd <= 0) return 0;
  return normalised.offsets[foldedEnd - 1]! + 1;
}
