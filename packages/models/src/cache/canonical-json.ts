/**
 * Deterministic JSON for hashing: object keys sorted, `undefined` dropped, bytes as base64, dates and
 * URLs as strings. Two values that mean the same call give the same text.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value)) ?? 'null';
}

function normalise(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (value instanceof Date) return value.toISOString();
  if (value instanceof URL) return value.href;
  if (Array.isArray(value)) return value.map((item) => normalise(item) ?? null);
  const entries = Object.entries(value)
    .map(([key, item]) => [key, normalise(item)] as const)
    .filter(([, item]) => item !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return Object.fromEntries(entries);
}
