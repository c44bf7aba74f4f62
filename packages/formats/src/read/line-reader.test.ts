import { describe, expect, it } from 'vitest';
import { chunked, collect } from '../test/collect.ts';
import { readLines, type RawLine } from './line-reader.ts';

async function lines(input: Buffer, sizes: number[], maxLineBytes = 1024): Promise<RawLine[]> {
  return (await collect(readLines(chunked(input, sizes), { maxLineBytes }))).flat();
}

const describeLine = (line: RawLine) => (line.oversized ? `${line.line}: <${line.byteLength} bytes skipped, head ${JSON.stringify(line.head.toString())}>` : `${line.line}: ${JSON.stringify(line.bytes.toString())}`);

describe('readLines', () => {
  const input = Buffer.from('\uFEFFfirst\r\nsecond\n\n\r\nlast without newline');

  it('strips the BOM and CR, keeps blank lines, numbers lines from 1', async () => {
    expect((await lines(input, [1000])).map(describeLine)).toMatchInlineSnapshot(`
      [
        "1: "first"",
        "2: "second"",
        "3: """,
        "4: """,
        "5: "last without newline"",
      ]
    `);
  });

  it('gives the same lines whatever the chunk boundaries', async () => {
    const expected = (await lines(input, [1000])).map(describeLine);
    for (const size of [1, 2, 3, 5, 7, 13]) expect((await lines(input, [size])).map(describeLine)).toEqual(expected);
  });

  it('skips a line over the limit, keeping only its head, and goes on', async () => {
    const long = 'x'.repeat(5000);
    const result = (await lines(Buffer.from(`short\n${long}\nafter\n${long}`), [100], 1000)).map((line) => describeLine(line).replace(/x{20,}/, 'x…'));
    expect(result).toMatchInlineSnapshot(`
      [
        "1: "short"",
        "2: <5000 bytes skipped, head "x…">",
        "3: "after"",
        "4: <5000 bytes skipped, head "x…">",
      ]
    `);
  });

  it('skips a 64 MB line under a 1 MB limit, reporting its full length', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    async function* source(): AsyncGenerator<Buffer> {
      for (let index = 0; index < 1024; index += 1) yield chunk;
      yield Buffer.from('\nnext');
    }
    const batches = await collect(readLines(source(), { maxLineBytes: 1024 * 1024 }));
    expect(batches.flat().map((line) => (line.oversized ? `${line.line}: ${line.byteLength} skipped, head ${line.head.length}` : `${line.line}: ${line.bytes}`))).toEqual([
      `1: ${64 * 1024 * 1024} skipped, head 2048`,
      '2: next',
    ]);
  });
});
