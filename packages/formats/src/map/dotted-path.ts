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
