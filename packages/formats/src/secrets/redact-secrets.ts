// A secret starts at a word boundary, or right after a JSON escape (`\n`, `\t`, `\u000b`…) in serialised
// text, where `\b` would see the escape's letter and miss it.
const start = String.raw`(?:(?<=\\[nrtbf])|(?<=\\u[0-9A-Fa-f]{4})|\b)`;
const secretRegExp = (source: string) => new RegExp(source.replace(/^\\b/, start), 'g');

interface SecretPattern {
  name: string;
  pattern: RegExp;
}

// Ordered from most to least specific, so `sk-ant-…` is named anthropic rather than openai.
const secretPatterns: readonly SecretPattern[] = [
  { name: 'anthropic', pattern: secretRegExp(String.raw`\bsk-ant-[A-Za-z0-9_-]{20,}`) },
  { name: 'langfuse', pattern: secretRegExp(String.raw`\b[sp]k-lf-[A-Za-z0-9_-]{8,}`) },
  { name: 'openai', pattern: secretRegExp(String.raw`\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}`) },
  { name: 'langsmith', pattern: secretRegExp(String.raw`\blsv2_(?:pt|sk)_[A-Za-z0-9_]{20,}`) },
  { name: 'github', pattern: secretRegExp(String.raw`\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})`) },
  { name: 'aws', pattern: secretRegExp(String.raw`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b`) },
  { name: 'google', pattern: secretRegExp(String.raw`\bAIza[0-9A-Za-z_-]{35}`) },
  { name: 'slack', pattern: secretRegExp(String.raw`\bxox[abposr]-[A-Za-z0-9-]{10,}`) },
  { name: 'huggingface', pattern: secretRegExp(String.raw`\bhf_[A-Za-z0-9]{30,}`) },
  { name: 'jwt', pattern: secretRegExp(String.raw`\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`) },
  { name: 'bearer', pattern: secretRegExp(String.raw`\b(Bearer\s+)[A-Za-z0-9._~+/-]{20,}=*`) },
];

// Cheap pre-check so the common case (no secret-like prefix at all) costs one regex scan.
const anyPrefix = /sk-|[sp]k-lf-|lsv2_|gh[pousr]_|github_pat_|AKIA|ASIA|AIza|xox[abposr]-|hf_|eyJ|Bearer/;

/**
 * Replaces substrings that look like API keys or tokens with `[REDACTED:<kind>]`.
 * Safe on JSON text: the replacement contains no quotes or backslashes, and the patterns never span them.
 */
export function redactSecrets(text: string): string {
  if (!anyPrefix.test(text)) return text;
  let result = text;
  for (const { name, pattern } of secretPatterns) {
    result = result.replace(pattern, (match: string, bearerPrefix?: string) =>
      name === 'bearer' && typeof bearerPrefix === 'string' ? `${bearerPrefix}[REDACTED:${name}]` : `[REDACTED:${name}]`,
    );
  }
  return result;
}

/** How many secret-like substrings `text` contains (used to report redactions). */
export function countSecrets(text: string): number {
  if (!anyPrefix.test(text)) return 0;
  let count = 0;
  let remaining = text;
  for (const { pattern } of secretPatterns) {
    const matches = remaining.match(pattern);
    if (matches) {
      count += matches.length;
      remaining = remaining.replace(pattern, ' ');
    }
  }
  return count;
}

/** True when `text` holds at least one secret-like substring. */
export function looksLikeSecret(text: string): boolean {
  return anyPrefix.test(text) && redactSecrets(text) !== text;
}
