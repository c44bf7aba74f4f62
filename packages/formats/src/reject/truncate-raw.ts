import { cutRedacted, dropTrailingToken } from '../output/quote-input.ts';

/** Snippets kept in reject records stay this short, whatever the row size. */
export const rawSnippetLength = 2048;

/**
 * Cuts a row down to a readable snippet and redacts anything that looks like a credential. Redaction runs
 * before the cut, so a key on the edge is not left half visible.
 */
export function truncateRaw(text: string, totalBytes?: number): string {
  const { text: snippet, cut } = cutRedacted(text, rawSnippetLength);
  const total = totalBytes ?? Buffer.byteLength(text);
  if (!cut && (totalBytes === undefined || total <= rawSnippetLength)) return snippet;
  // The text may itself be the head of a longer line, cut by the reader.
  return `${cut ? snippet : dropTrailingToken(snippet)}… [truncated, ${total} bytes in total]`;
}
