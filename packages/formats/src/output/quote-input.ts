import { redactSecrets } from '../secrets/redact-secrets.ts';
import { escapeForTerminal } from './escape-for-terminal.ts';

// A cut can end inside a token; dropping the partial run keeps a key's first characters out of the quote.
const trailingTokenRun = /[A-Za-z0-9_\-.~+/=]{1,256}$/;

/** Drops a partial token at the end of a cut snippet. */
export function dropTrailingToken(text: string): string {
  return text.replace(trailingTokenRun, '');
}

/** Cuts redacted text to `maxChars` without leaving the head of a token at the end. */
export function cutRedacted(text: string, maxChars: number): { text: string; cut: boolean } {
  const redacted = redactSecrets(text);
  if (redacted.length <= maxChars) return { text: redacted, cut: false };
  const head = redacted.slice(0, maxChars);
  return { text: dropTrailingToken(head), cut: true };
}

/**
 * An input value quoted in a message: secrets redacted first, then cut to `maxChars` (with `…`), then
 * terminal control characters escaped. Every message that echoes input goes through this or `sanitizeMessage`.
 */
export function quoteInput(text: string, maxChars = 40): string {
  const { text: cut, cut: wasCut } = cutRedacted(text, maxChars);
  return escapeForTerminal(JSON.stringify(wasCut ? `${cut}…` : cut));
}

/** A whole message that may quote input: secrets redacted, control characters escaped. */
export function sanitizeMessage(message: string): string {
  return escapeForTerminal(redactSecrets(message));
}
