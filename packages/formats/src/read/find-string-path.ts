/** Depth-first search for the first string (key or value) that matches; returns its dotted path. */
export function findStringPath(value: unknown, matches: (text: string) => boolean, path: readonly string[] = []): string | undefined {
  if (typeof value === 'string') return matches(value) ? path.join('.') : undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findStringPath(value[index], matches, [...path, String(index)]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (matches(key)) return [...path, key].join('.');
      const found = findStringPath(child, matches, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The path of the first string longer than `maxBytes` bytes, if any. */
export function findOversizedField(value: unknown, maxBytes: number): string | undefined {
  // UTF-8 needs at most 3 bytes per UTF-16 code unit, so shorter strings need no byte count.
  return findStringPath(value, (text) => text.length * 3 > maxBytes && Buffer.byteLength(text) > maxBytes);
}
