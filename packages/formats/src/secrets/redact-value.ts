import { redactSecrets } from './redact-secrets.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of a parsed value with secret-like substrings redacted in every string and key; unchanged parts are
 * shared, and the value itself is returned when nothing was redacted. Works on values, not on their JSON, so a
 * key after a newline or tab inside a string is caught. Top-level keys in `keep` are left as they are (a
 * record's `id` is never redacted: two redacted ids would collide). Expects a depth-capped value.
 */
export function redactValue<TValue>(value: TValue, keep: ReadonlySet<string> = new Set()): TValue {
  return redactInner(value, keep) as TValue;
}

function redactInner(value: unknown, keep: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((element, index) => {
      const redacted = redactInner(element, noKeys);
      if (redacted !== element) (copy ??= [...value])[index] = redacted;
    });
    return copy ?? value;
  }
  if (!isRecord(value)) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, child]): [string, unknown] => {
    if (keep.has(key)) return [key, child];
    const redactedKey = redactSecrets(key);
    const redactedChild = redactInner(child, noKeys);
    changed ||= redactedKey !== key || redactedChild !== child;
    return [redactedKey, redactedChild];
  });
  return changed ? Object.fromEntries(entries) : value;
}

const noKeys: ReadonlySet<string> = new Set();
