const unsafeKeys = new Set(['__proto__', 'prototype', 'constructor']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `a.b.c` from an object; an exact key containing dots wins over the nested path. */
export function getPath(source: unknown, path: string): unknown {
  if (!isRecord(source)) return undefined;
  if (Object.hasOwn(source, path)) return source[path];
  let current: unknown = source;
  for (const segment of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isRecord(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** Writes `a.b.c` into an object, creating plain objects on the way; `undefined` deletes the leaf. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  if (segments.some((segment) => unsafeKeys.has(segment))) return;
  let current = target;
  for (const segment of segments.slice(0, -1)) {
    const next = current[segment];
    if (isRecord(next)) current = next;
    else {
      if (value === undefined) return;
      const created: Record<string, unknown> = {};
      current[segment] = created;
      current = created;
    }
  }
  const leaf = segments[segments.length - 1];
  if (value === undefined) delete current[leaf];
  else current[leaf] = value;
}

/**
 * A copy of `source` with `a.b.c` replaced (or removed when `value` is undefined); the objects and arrays on
 * the way are copied, so `source` is left as it was. The path is resolved as `getPath` reads it.
 */
export function withPath(source: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  if (Object.hasOwn(source, path) || !path.includes('.')) return replaceKey(source, path, value);
  const [segment, ...rest] = path.split('.');
  if (unsafeKeys.has(segment) || !Object.hasOwn(source, segment)) return source;
  const inner = source[segment];
  if (isRecord(inner)) return replaceKey(source, segment, withPath(inner, rest.join('.'), value));
  if (Array.isArray(inner) && /^\d+$/.test(rest[0])) {
    const index = Number(rest[0]);
    if (index >= inner.length) return source;
    const copy = [...inner];
    const element = copy[index];
    if (rest.length === 1) copy[index] = value;
    else if (isRecord(element)) copy[index] = withPath(element, rest.slice(1).join('.'), value);
    else return source;
    return replaceKey(source, segment, copy);
  }
  return source;
}

function replaceKey(source: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  if (unsafeKeys.has(key)) return source;
  const copy = { ...source };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
