import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../test/collect.ts';
import { splitJsonArray, type JsonArrayPiece } from './json-array-splitter.ts';

async function split(text: string | Buffer, sizes = [100_000], maxElementBytes = 1024): Promise<string[]> {
  const input = typeof text === 'string' ? Buffer.from(text) : text;
  const pieces = (await collect(splitJsonArray(chunked(input, sizes), { maxElementBytes }))).flat();
  return pieces.map(describePiece);
}

function describePiece(piece: JsonArrayPiece): string {
  if (piece.problem) return `${piece.line}: ${piece.problem}: ${piece.message}`;
  if (piece.oversized) return `${piece.line}: <${piece.byteLength} bytes skipped>`;
  return `${piece.line}: ${piece.bytes.toString().trim()}`;
}

describe('splitJsonArray', () => {
  const tricky = '\uFEFF[\n  {"a": "comma, ] bracket } and \\"quote\\" \\\\"},\n  {"nested": [1, {"b": [2]}]},\r\n  "scalar", 42, null,\n  {"multi":\n    "line"}\n]\n';

  it('yields each element with its start line, ignoring brackets and commas inside strings', async () => {
    expect(await split(tricky)).toMatchInlineSnapshot(`
      [
        "2: {"a": "comma, ] bracket } and \\"quote\\" \\\\"}",
        "3: {"nested": [1, {"b": [2]}]}",
        "4: "scalar"",
        "4: 42",
        "4: null",
        "5: {"multi":
          "line"}",
      ]
    `);
  });

  it('gives the same elements whatever the chunk boundaries', async () => {
    const expected = await split(tricky);
    for (const size of [1, 2, 3, 7, 16]) expect(await split(tricky, [size])).toEqual(expected);
  });

  it('reads the data array of a Langfuse API page and ignores the rest', async () => {
    expect(await split('{"meta": {"data": 1}, "data": [{"id": "s1"}, {"id": "s2"}], "more": [3]}')).toMatchInlineSnapshot(`
      [
        "1: {"id": "s1"}",
        "1: {"id": "s2"}",
      ]
    `);
  });

  it('reports files that are not arrays, empty elements, truncation and trailing text', async () => {
    expect(await split('{"id": 1}')).toMatchInlineSnapshot(`
      [
        "1: not-array: the file is a JSON object without a "data" array; expected an array of records",
      ]
    `);
    expect(await split('"just a string"')).toMatchInlineSnapshot(`
      [
        "1: not-array: the file is not a JSON array (it should start with "[")",
      ]
    `);
    expect(await split('[1,,2,]')).toMatchInlineSnapshot(`
      [
        "1: 1",
        "1: invalid: empty array element (two commas in a row)",
        "1: 2",
      ]
    `);
    expect(await split('[{"a": 1},\n{"b": "unterminated}]\n')).toMatchInlineSnapshot(`
      [
        "1: {"a": 1}",
        "2: invalid: the file ends inside this element (an unclosed string, object or array)",
      ]
    `);
    expect(await split('[1, 2')).toMatchInlineSnapshot(`
      [
        "1: 1",
        "1: invalid: the file ends inside this element (an unclosed string, object or array)",
      ]
    `);
    expect(await split('[1]\n[2]')).toMatchInlineSnapshot(`
      [
        "1: 1",
        "2: invalid: unexpected text after the closing "]" of the array",
      ]
    `);
  });

  it('skips an element over the limit without keeping it', async () => {
    const big = `{"critique": "${'y'.repeat(5000)}"}`;
    expect(await split(`[{"id": 1},\n${big},\n{"id": 3}]`, [64], 1000)).toMatchInlineSnapshot(`
      [
        "1: {"id": 1}",
        "2: <5016 bytes skipped>",
        "3: {"id": 3}",
      ]
    `);
  });
});
