/**
 * True when `value` nests objects/arrays more than `maxDepth` levels deep (a flat object is depth 1).
 * The walk stops `maxDepth` levels down, so a row nested 100,000 levels deep is measured with a stack of at
 * most `maxDepth` frames, and it allocates nothing (it runs on every row).
 */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return maxDepth < 1 || childrenExceed(value, maxDepth - 1);
}

/** Whether any object/array child of `container` needs more than `remaining` further levels. */
function childrenExceed(container: object, remaining: number): boolean {
  if (Array.isArray(container)) {
    for (const child of container) if (typeof child === 'object' && child !== null && (remaining === 0 || childrenExceed(child, remaining - 1))) return true;
    return false;
  }
  for (const key in container) {
    const child = (container as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null && (remaining === 0 || childrenExceed(child, remaining - 1))) return true;
  }
  return false;
}

/** Default of `maxDepth`: rows nested deeper are rejected (`too deeply nested`), so no writer overflows its stack. */
export const defaultMaxDepth = 100;
