import { describe, expect, it } from 'vitest';
import { withPath } from '../map/dotted-path.ts';
import { explodeRow } from './explode-row.ts';

describe('explodeRow', () => {
  it('zips parallel lists by index and leaves the other columns as they are', () => {
    const row = { question: 'Refunds?', feedback: ['Clear.', 'Too short.'], rating: ['Excellent', 'Bad'] };
    expect(explodeRow(row, ['feedback', 'rating'])).toEqual({
      ok: true,
      exploded: true,
      rows: [
        { question: 'Refunds?', feedback: 'Clear.', rating: 'Excellent' },
        { question: 'Refunds?', feedback: 'Too short.', rating: 'Bad' },
      ],
    });
    expect(row.feedback).toEqual(['Clear.', 'Too short.']);
  });

  it('names the columns and their lengths when parallel lists differ', () => {
    expect(explodeRow({ feedback: ['a', 'b'], rating: ['x', 'y', 'z'] }, ['feedback', 'rating'])).toEqual({
      ok: false,
      field: 'rating',
      message: 'the exploded columns must hold lists of the same length: "feedback" has 2 elements, "rating" has 3 elements',
    });
    expect(explodeRow({ feedback: ['a', 'b'], rating: 'x' }, ['feedback', 'rating'])).toEqual({
      ok: false,
      field: 'rating',
      message: 'the exploded columns must hold lists of the same length: "feedback" has 2 elements, "rating" has a single value',
    });
    expect(explodeRow({ feedback: [], rating: ['x'] }, ['feedback', 'rating'])).toMatchObject({ ok: false, field: 'rating' });
  });

  it('passes a row without lists through, pairs a single value with lists of one, and ignores absent columns', () => {
    const single = { feedback: 'One critique.', rating: 'Bad' };
    expect(explodeRow(single, ['feedback', 'rating'])).toEqual({ ok: true, exploded: false, row: single });
    expect(explodeRow({ feedback: ['Only one.'], rating: 'Bad' }, ['feedback', 'rating'])).toEqual({ ok: true, exploded: true, rows: [{ feedback: 'Only one.', rating: 'Bad' }] });
    expect(explodeRow({ feedback: ['a', 'b'], rating: null }, ['feedback', 'rating'])).toEqual({
      ok: true,
      exploded: true,
      rows: [
        { feedback: 'a', rating: null },
        { feedback: 'b', rating: null },
      ],
    });
  });

  it('treats empty lists as no value: the row comes back whole without them', () => {
    expect(explodeRow({ question: 'q', feedback: [], rating: [] }, ['feedback', 'rating'])).toEqual({ ok: true, exploded: false, row: { question: 'q' } });
  });

  it('reaches nested columns and splits lists of objects', () => {
    const row = { run: { id: 'r1', notes: [{ text: 'slow', by: 'ann' }, { text: 'wrong', by: 'bo' }] } };
    expect(explodeRow(row, ['run.notes'])).toEqual({
      ok: true,
      exploded: true,
      rows: [{ run: { id: 'r1', notes: { text: 'slow', by: 'ann' } } }, { run: { id: 'r1', notes: { text: 'wrong', by: 'bo' } } }],
    });
  });

  it('reads JSON array text in a cell only when asked (CSV)', () => {
    const row = { feedback: '["a", "b"]', rating: '[1, 2]' };
    expect(explodeRow(row, ['feedback', 'rating'])).toEqual({ ok: true, exploded: false, row });
    expect(explodeRow(row, ['feedback', 'rating'], { jsonCells: true })).toEqual({
      ok: true,
      exploded: true,
      rows: [
        { feedback: 'a', rating: 1 },
        { feedback: 'b', rating: 2 },
      ],
    });
    expect(explodeRow({ feedback: '[not json' }, ['feedback'], { jsonCells: true })).toEqual({ ok: true, exploded: false, row: { feedback: '[not json' } });
  });
});

describe('withPath', () => {
  it('replaces or removes a dotted path in a copy, resolving paths as getPath does', () => {
    const row = { a: { b: [{ c: 1 }, { c: 2 }] }, 'x.y': 1, keep: { same: true } };
    const changed = withPath(row, 'a.b.1.c', 3);
    expect(changed).toEqual({ a: { b: [{ c: 1 }, { c: 3 }] }, 'x.y': 1, keep: { same: true } });
    expect(row.a.b[1]).toEqual({ c: 2 });
    expect(changed.keep).toBe(row.keep);
    expect(withPath(row, 'x.y', undefined)).toEqual({ a: { b: [{ c: 1 }, { c: 2 }] }, keep: { same: true } });
    expect(withPath(row, 'missing.path', 1)).toBe(row);
    expect(withPath(row, '__proto__', 1)).toBe(row);
  });
});
