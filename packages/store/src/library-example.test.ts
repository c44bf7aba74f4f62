import { cp, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { Cluster } from '@tenets/core';
import { openRun } from './index.ts';
import { createTempDir } from './__fixtures__/temp-run-dir.ts';

let temp: Awaited<ReturnType<typeof createTempDir>>;
beforeAll(async () => {
  temp = await createTempDir();
  await cp(resolve(import.meta.dirname, '../../../fixtures/support-assistant/expected/run'), temp.join('runs/demo'), { recursive: true });
  // The committed manifest has no timings (they are not deterministic); without one the run opens by its files.
  await rm(temp.join('runs/demo/manifest.json'));
});
afterAll(async () => {
  await temp.remove();
});

describe('the library example of docs/run-store.md and the README', () => {
  it('reads a run in three lines, typed', async () => {
    const run = await openRun(temp.join('runs/demo'));
    const { clusters, noiseAspectIds } = await run.read('clusters');
    expectTypeOf(clusters).toEqualTypeOf<Cluster[]>();
    expect([clusters.length, noiseAspectIds.length, clusters[0]!.terms.slice(0, 2)]).toEqual([16, 37, ['answer', 'english']]);
  });
});
