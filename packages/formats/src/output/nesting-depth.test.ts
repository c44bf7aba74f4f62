import { describe, expect, it } from 'vitest';
import { exceedsDepth } from './nesting-depth.ts';

describe('exceedsDepth', () => {
  it('counts a flat object as depth 1 and stops at the limit, so 100,000 levels need only a short stack', () => {
    expect(exceedsDepth('text', 0)).toBe(false);
    expect(exceedsDepth({ a: 1 }, 1)).toBe(false);
    expect(exceedsDepth({ a: [1] }, 1)).toBe(true);
    let deep: unknown = {};
    for (let level = 0; level < 100_000; level += 1) deep = { next: deep };
    expect(exceedsDepth(deep, 100)).toBe(true);
    let shallow: unknown = {};
    for (let level = 1; level < 100; level += 1) shallow = { next: [shallow] };
    expect([exceedsDepth(shallow, 199), exceedsDepth(shallow, 198)]).toEqual([false, true]);
  });
});
