import { describe, expect, it } from 'vitest';
import { visibleWindow } from './visible-window.ts';

describe('visibleWindow', () => {
  it('keeps the cursor in view and never runs past either end', () => {
    expect(visibleWindow({ count: 5, cursor: 4, height: 10 })).toEqual({ start: 0, end: 5 });
    expect(visibleWindow({ count: 20_000, cursor: 0, height: 10 })).toEqual({ start: 0, end: 10 });
    expect(visibleWindow({ count: 20_000, cursor: 10_000, height: 10 })).toEqual({ start: 9995, end: 10_005 });
    expect(visibleWindow({ count: 20_000, cursor: 19_999, height: 10 })).toEqual({ start: 19_990, end: 20_000 });
  });
});
