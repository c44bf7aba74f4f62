interface SecretPattern {
  name: string;
  pattern: RegExp;
}

// Ordered from most to least specific, so `sk-ant-…` is named anthropic rather than openai.
const secretPatterns: readonly SecretPattern[] = [
  { name: 'anthropic', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/g },
  { name: 'langfuse', pattern: /\b[sp]k-lf-[A-Za-z0-9_-]{8,}/g },
  { name: 'openai', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
  { name: 'langsmith', pattern: /\blsv2_(?:pt|sk)_[A-Za-z0-9_]{20,}/g },
  { name: 'github', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g },
  { name: 'aws', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: 'google', pattern: /\bAIza[0-9A-Za-z_-]{35}/g },
  { name: 'slack', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { name: 'huggingface', pattern: /\bhf_[A-Za-z0-9]{30,}/g },
  { name: 'jwt', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  { name: 'bearer', pattern: /\b(Bearer\s+)[A-Za-z0-9._~+/-]{20,}=*/g },
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
