export interface VisibleWindow {
  start: number;
  end: number;
}

/**
 * Which rows of a long list to draw: `height` rows around the cursor, clamped to the list. Only these rows are
 * rendered, so a 20,000-row list costs the same to draw as a 20-row one.
 */
export function visibleWindow({ count, cursor, height }: { count: number; cursor: number; height: number }): VisibleWindow {
  const size = Math.max(1, height);
  if (count <= size) return { start: 0, end: count };
  const start = Math.min(Math.max(0, cursor - Math.floor(size / 2)), count - size);
  return { start, end: start + size };
}
