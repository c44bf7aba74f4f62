/** Text folded for quote matching, with a map from each folded character back to its original offset. */
export interface NormalisedText {
  text: string;
  /** `offsets[i]` is the original index of folded character `i`; `offsets[text.length]` is the original length. */
  offsets: Int32Array;
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
  // Folds are at most three characters ("…" → "..."), so three slots per original character suffice.
  const codes = new Uint16Array(original.length * 3);
  const offsets = new Int32Array(original.length * 3 + 1);
  let length = 0;
  let pendingSpace = -1;
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    if (isWhitespace(code)) {
      if (pendingSpace < 0) pendingSpace = index;
      continue;
    }
    if (pendingSpace >= 0 && length > 0) {
      codes[length] = 32;
      offsets[length++] = pendingSpace;
    }
    pendingSpace = -1;
    if (code < 128) {
      codes[length] = code >= 65 && code <= 90 ? code + 32 : code;
      offsets[length++] = index;
      continue;
    }
    const character = original[index]!;
    const folded = (characterFolds[character] ?? character).toLowerCase();
    for (let position = 0; position < folded.length && position < 3; position++) {
      codes[length] = folded.charCodeAt(position);
      offsets[length++] = index;
    }
  }
  offsets[length] = original.length;
  let text = '';
  for (let start = 0; start < length; start += 8192) text += String.fromCharCode(...codes.subarray(start, Math.min(length, start + 8192)));
  return { text, offsets: offsets.slice(0, length + 1) };
}

function isWhitespace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0x85) return false;
  return code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The original end offset (exclusive) of the folded range ending at `foldedEnd`. */
export function originalEnd(normalised: NormalisedText, foldedEnd: number): number {
  if (foldedEnd <= 0) return 0;
  return normalised.offsets[foldedEnd - 1]! + 1;
}
