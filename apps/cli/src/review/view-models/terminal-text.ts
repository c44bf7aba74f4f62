// C0/C1 control characters (ESC starts every terminal escape) and bidirectional overrides that reorder what is shown.
const unsafe = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** One line of untrusted text safe to draw: control characters become spaces, whitespace runs collapse, long text ends in `…`. */
export function terminalText(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const line = text.replace(unsafe, ' ').replace(/\s+/gu, ' ').trim();
  if (line.length <= maxLength) return line;
  return maxLength <= 1 ? '…'.slice(0, maxLength) : `${line.slice(0, maxLength - 1).trimEnd()}…`;
}
