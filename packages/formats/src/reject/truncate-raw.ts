import { redactSecrets } from '../secrets/redact-secrets.ts';

/** Snippets kept in reject records stay this short, whatever the row size. */
export const rawSnippetLength = 2048;

/** Cuts a row down to a readable snippet and redacts anything that looks like a credential. */
export function truncateRaw(text: string, totalBytes?: number): string {
  if (text.length <= rawSnippetLength && totalBytes === undefined) return redactSecrets(text);
  const total = totalBytes ?? Buffer.byteLength(text);
  if (text.length <= rawSnippetLength && total <= rawSnippetLength) return redactSecrets(text);
  return `${redactSecrets(text.slice(0, rawSnippetLength))}… [truncated, ${total} bytes in total]`;
}
