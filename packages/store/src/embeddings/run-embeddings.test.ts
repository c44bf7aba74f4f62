import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRun } from '../open-run.ts';
import { createTempDir } from '../__fixtures__/temp-run-dir.ts';
import { readEmbeddings, writeEmbeddings } from './run-embeddings.ts';

let temp: Awaited<ReturnType<typeof createTempDir>>;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

const vectors = new Map([
  ['a1', new Float32Array([0.6, 0.8, 0])],
  ['a2', new Float32Array([0, -1, 0])],
  ['a3', new Float32Array([0.1, 0.2, Math.fround(Math.SQRT1_2)])],
]);

describe('writeEmbeddings / readEmbeddings', () => {
  it('round-trips float32 exactly and float16 within half-precision error, rows in the given order', async () => {
    const run = await openRun(temp.join('exact'), { create: true });
    const written = await writeEmbeddings(run, { ids: ['a2', 'a1', 'a3'], vectors, model: 'test:model' }, { command: 'tenets run', derivedFrom: ['aspects'] });
    expect(written.bytes).toBe(3 * 3 * 4);
    const read = await readEmbeddings(await openRun(temp.join('exact')));
    expect([read.index.ids, read.vectors]).toEqual([['a2', 'a1', 'a3'], new Map([['a2', vectors.get('a2')], ['a1', vectors.get('a1')], ['a3', vectors.get('a3')]])]);

    const half = await openRun(temp.join('half'), { create: true });
    expect((await writeEmbeddings(half, { ids: ['a1', 'a2', 'a3'], vectors, model: 'test:model', dtype: 'float16' }, { command: 'tenets run' })).bytes).toBe(3 * 3 * 2);
    const approximate = (await readEmbeddings(half)).vectors;
    for (const [id, vector] of vectors) vector.forEach((value, column) => expect(Math.abs(approximate.get(id)![column]! - value), `${id}[${column}]`).toBeLessThan(2 ** -11));
  });

  it('refuses a binary file whose size does not match its index', async () => {
    const run = await openRun(temp.join('mismatch'), { create: true });
    await writeEmbeddings(run, { ids: ['a1', 'a2'], vectors, model: 'test:model' }, { command: 'tenets run' });
    await writeFile(temp.join('mismatch/embeddings.bin'), new Uint8Array(5));
    await expect(readEmbeddings(run)).rejects.toThrow('embeddings.bin: holds 5 bytes; embeddings.json describes 2 × 3 float32 values (24 bytes). Regenerate it with `tenets run <files…> --out <run-dir>`.');
  });
});
