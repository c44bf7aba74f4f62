/**
 * True when `value` nests objects/arrays more than `maxDepth` levels deep (a flat object is depth 1).
 * Iterative with an early exit, so a row nested 100,000 levels deep is measured without a deep stack.
 */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: { value: object; depth: number }[] = [{ value, depth: 1 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (depth > maxDepth) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}

/** Default of `maxDepth`: rows nested deeper are rejected (`too deeply nested`), so no writer overflows its stack. */
export const defaultMaxDepth = 100;
