import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRun } from './open-run.ts';
import { createTempDir } from './__fixtures__/temp-run-dir.ts';

// fixtures/support-assistant/expected/run is a run in the layout before the store (manifest schema 1).
const expected = resolve(import.meta.dirname, '../../../fixtures/support-assistant/expected');

/** A copy of the committed old run, with the timings a real one has (they are left out of the expectation). */
async function copyOldRun(dir: string): Promise<string> {
  await cp(join(expected, 'run'), dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const text = `${JSON.stringify({ ...manifest, timings: { total: 724 } }, null, 2)}\n`;
  await writeFile(join(dir, 'manifest.json'), text);
  return text;
}

let temp: Awaited<ReturnType<typeof createTempDir>>;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

describe('runs written before the store', () => {
  it('open through an in-memory migration: the run record moves under `run`, each file present gets an entry', async () => {
    const dir = temp.join('old-run');
    const manifestText = await copyOldRun(dir);
    const run = await openRun(dir);
    expect(Object.entries(run.manifest.artefacts).map(([name, record]) => `${name} ← ${record.derivedFrom.join(', ')}`)).toMatchInlineSnapshot(`
      [
        "aspects ← feedback",
        "clusters ← aspects",
        "constitution ← clusters, metrics, aspects, feedback",
        "constitution-markdown ← constitution",
        "failures ← feedback",
        "feedback ← ",
        "metrics ← clusters, aspects, feedback",
        "rejects ← ",
      ]
    `);
    expect(run.manifest.run?.counts.clusters).toBe(16);
    expect((await run.read('clusters')).clusters).toHaveLength(16);
    expect((await run.read('metrics')).metrics).toHaveLength(16);
    // Opening never writes: the old manifest is still there, byte for byte.
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(manifestText);
  });

  it('read an induced set that the old `tenets metrics` wrote over metrics.json as the metric-set, and move it out before metrics.json is rewritten', async () => {
    const dir = temp.join('old-metrics');
    await copyOldRun(dir);
    await cp(join(expected, 'metrics'), dir, { recursive: true });
    const run = await openRun(dir);
    expect(run.has('metrics')).toBe(false);
    expect((await run.safeRead('metrics')).success).toBe(false);
    const metricSet = await run.read('metric-set');
    expect([metricSet.n, run.path('metric-set')]).toEqual([8, join(dir, 'metrics.json')]);

    const perCluster = JSON.parse(await readFile(join(expected, 'run/metrics.json'), 'utf8'));
    await run.write('metrics', perCluster, { command: 'tenets run', derivedFrom: ['clusters'] });
    expect(await run.read('metric-set')).toEqual(metricSet);
    expect(run.path('metric-set')).toBe(join(dir, 'metric-set.json'));
    expect((await run.read('metrics')).metrics).toHaveLength(16);
    expect((await readdir(dir)).filter((file) => file.startsWith('metric'))).toEqual(['metric-set.json', 'metrics-search.json', 'metrics.json']);
    expect(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')).schemaVersion).toBe(2);
  });
});
