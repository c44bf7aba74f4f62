/**
 * A cheap, tokenizer-free token estimate: about four characters per token for English text and JSON,
 * which is what budget checks and `--tpm` need. Never used for billing.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Estimated prompt tokens of any JSON-like value (messages, schemas). */
export function estimateValueTokens(value: unknown): number {
  if (typeof value === 'string') return estimateTokens(value);
  return estimateTokens(JSON.stringify(value, (_key, item: unknown) => (item instanceof Uint8Array ? `[${item.byteLength} bytes]` : item)) ?? '');
}
