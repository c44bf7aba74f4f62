import { describe, expect, it } from 'vitest';
import { exceedsDepth } from './nesting-depth.ts';

describe('exceedsDepth', () => {
  it('counts a flat object as depth 1 and measures 100,000 levels without a deep stack', () => {
    expect(exceedsDepth('text', 0)).toBe(false);
    expect(exceedsDepth({ a: 1 }, 1)).toBe(false);
    expect(exceedsDepth({ a: [1] }, 1)).toBe(true);
    let deep: unknown = {};
    for (let level = 0; level < 100_000; level += 1) deep = { next: deep };
    expect(exceedsDepth(deep, 100)).toBe(true);
    expect(exceedsDepth(deep, 200_000)).toBe(false);
  });
});
