import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { TenetsArtefactError } from '@tenets/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefacts } from './artefacts/index.ts';
import { openRun } from './open-run.ts';
import { createTempDir } from './__fixtures__/temp-run-dir.ts';
import { sampleAspects, sampleClustering, sampleFeedback, sampleMetrics } from './__fixtures__/sample-artefacts.ts';

let temp: Awaited<ReturnType<typeof createTempDir>>;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

const tenetsRun = { command: 'tenets run' } as const;

async function errorOf(work: Promise<unknown>): Promise<TenetsArtefactError> {
  const error = await work.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof TenetsArtefactError)) throw new Error(`expected a TenetsArtefactError, got ${String(error)}`);
  return error;
}

describe('the artefact registry', () => {
  it('gives every artefact its own file and a positive schema version', () => {
    const files = Object.values(artefacts).map((definition) => definition.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files).not.toContain('manifest.json');
    for (const [name, definition] of Object.entries(artefacts)) {
      expect(definition.schemaVersion, name).toBeGreaterThan(0);
      for (const source of definition.derivedFrom) expect(Object.keys(artefacts), `${name} ← ${source}`).toContain(source);
    }
  });
});

describe('openRun', () => {
  it('round-trips every format and records lineage in the manifest', async () => {
    const run = await openRun(temp.join('round-trip'), { create: true });
    await run.write('feedback', sampleFeedback, { command: 'tenets run', options: { seed: 42 } });
    await run.write('clusters', sampleClustering, { command: 'tenets run', derivedFrom: ['aspects'] });
    await run.write('constitution-markdown', '# Constitution\n', { command: 'tenets run', derivedFrom: ['constitution'] });
    await run.write('embeddings', new Uint8Array([1, 2, 3, 250]), { command: 'tenets run', derivedFrom: ['aspects'] });

    const reopened = await openRun(temp.join('round-trip'));
    expect(await reopened.read('feedback')).toEqual(sampleFeedback);
    expect(await reopened.read('clusters')).toEqual(sampleClustering);
    expect(await reopened.read('constitution-markdown')).toBe('# Constitution\n');
    expect([...(await reopened.read('embeddings'))]).toEqual([1, 2, 3, 250]);
    expect(await readFile(temp.join('round-trip/feedback.jsonl'), 'utf8')).toBe(`${sampleFeedback.map((record) => JSON.stringify(record)).join('\n')}\n`);
    expect([reopened.has('clusters'), reopened.has('metrics'), reopened.path('clusters')]).toEqual([true, false, temp.join('round-trip/clusters.json')]);
    const { artefacts: records } = reopened.manifest;
    expect(Object.keys(records)).toEqual(['clusters', 'constitution-markdown', 'embeddings', 'feedback']);
    expect({ ...records.feedback, sha256: '…' }).toMatchInlineSnapshot(`
      {
        "command": "tenets run",
        "derivedFrom": [],
        "file": "feedback.jsonl",
        "options": {
          "seed": 42,
        },
        "schemaVersion": 1,
        "sha256": "…",
      }
    `);
  });

  it('says which command creates a missing artefact, and refuses a directory that is not a run', async () => {
    const run = await openRun(temp.join('missing'), { create: true });
    expect((await errorOf(run.read('metric-set'))).message).toMatchInlineSnapshot(`"metric-set.json: the run has no metric-set artefact. Regenerate it with \`tenets metrics <run-dir>\`."`);
    const result = await run.safeRead('clusters');
    expect(result.success ? 'read' : [result.error.problem, result.error.command]).toEqual(['missing', 'tenets run <files…> --out <run-dir>']);
    await writeFile(temp.join('not-a-run.txt'), 'hello');
    expect((await errorOf(openRun(temp.join('nowhere')))).message.replace(temp.path, '<tmp>')).toMatchInlineSnapshot(`"<tmp>/nowhere: no such run directory (\`tenets run <files…> --out <run-dir>\` creates one)."`);
    expect((await errorOf(openRun(temp.path))).problem).toBe('not-a-run');
  });

  it('refuses to write a value that does not match the schema, and reports a bad line with its number and field', async () => {
    const run = await openRun(temp.join('invalid'), { create: true });
    const bad = [{ ...sampleAspects[0]!, sign: 'neutral' }] as unknown as typeof sampleAspects;
    expect((await errorOf(run.write('aspects', bad, tenetsRun))).message).toMatchInlineSnapshot(`"aspects.jsonl: refusing to write a value that does not match the aspects schema (record 1: field "sign": Invalid option: expected one of "positive"|"negative")."`);
    expect(existsSync(temp.join('invalid/aspects.jsonl'))).toBe(false);
    await run.write('aspects', sampleAspects, { command: 'tenets run', derivedFrom: ['feedback'] });
    await writeFile(temp.join('invalid/aspects.jsonl'), `${JSON.stringify(sampleAspects[0])}\n{"id":"a2"}\n`);
    expect((await errorOf(run.read('aspects'))).message).toMatchInlineSnapshot(`"aspects.jsonl: line 2 (field "feedbackId"): wrong type: "feedbackId" is missing. Regenerate it with \`tenets run <files…> --out <run-dir>\`."`);
  });
});

describe('staleness', () => {
  it('removes what was derived from a rewritten artefact, says why on read, and keeps it when the bytes are the same', async () => {
    const dir = temp.join('stale');
    const run = await openRun(dir, { create: true });
    await run.write('aspects', sampleAspects, { command: 'tenets run', derivedFrom: ['feedback'] });
    await run.write('clusters', sampleClustering, { command: 'tenets run', derivedFrom: ['aspects'] });
    await run.write('metrics', sampleMetrics, { command: 'tenets run', derivedFrom: ['clusters'] });
    await run.write('judgements-summary', { engine: 'offline-lexical', items: 0, ratings: 0, unscored: 0, unscoredRate: null, naRate: null, perMetric: [], usage: { calls: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0, cachedCalls: 0, failedCalls: 0 } }, { command: 'tenets judge', derivedFrom: ['metrics'] });

    expect((await run.write('aspects', sampleAspects, { command: 'tenets run', derivedFrom: ['feedback'] })).stale).toEqual([]);
    const rewritten = await run.write('aspects', sampleAspects.slice(0, 1), { command: 'tenets run', derivedFrom: ['feedback'] });
    expect(rewritten.stale).toEqual(['clusters', 'judgements-summary', 'metrics']);
    expect((await readdir(dir)).sort()).toEqual(['aspects.jsonl', 'manifest.json']);
    expect((await errorOf(run.read('judgements-summary'))).message).toMatchInlineSnapshot(`"judgements-summary.json: stale: aspects was rewritten by \`tenets run\` after it was written, so it was removed. Regenerate it with \`tenets judge <run-dir> --items <file>\`."`);
    expect(run.has('clusters')).toBe(false);
    const reopened = await openRun(dir);
    expect(reopened.manifest.artefacts.metrics!.stale).toEqual({ upstream: 'aspects', command: 'tenets run' });
    await reopened.write('clusters', sampleClustering, { command: 'tenets run', derivedFrom: ['aspects'] });
    expect(reopened.has('clusters')).toBe(true);
  });

  it('keeps every entry when writes run concurrently', async () => {
    const run = await openRun(temp.join('concurrent'), { create: true });
    await Promise.all([run.write('feedback', sampleFeedback, tenetsRun), run.write('aspects', sampleAspects, tenetsRun), run.write('clusters', sampleClustering, tenetsRun)]);
    expect(Object.keys((await openRun(temp.join('concurrent'))).manifest.artefacts)).toEqual(['aspects', 'clusters', 'feedback']);
  });
});

describe('schema versions', () => {
  it('refuses an artefact written with a newer schema and a manifest from a newer Tenets', async () => {
    const dir = temp.join('newer');
    const run = await openRun(dir, { create: true });
    await run.write('clusters', sampleClustering, tenetsRun);
    const manifest = JSON.parse(await readFile(`${dir}/manifest.json`, 'utf8'));
    manifest.artefacts.clusters.schemaVersion = 7;
    await writeFile(`${dir}/manifest.json`, JSON.stringify(manifest));
    const error = await errorOf((await openRun(dir)).read('clusters'));
    expect([error.problem, error.message, error.hint]).toMatchInlineSnapshot(`
      [
        "newer-schema",
        "clusters.json: written with clusters schema version 7 by a newer Tenets; this one reads version 1. Regenerate it with \`tenets run <files…> --out <run-dir>\`.",
        "Upgrade Tenets, or regenerate the artefact with this version.",
      ]
    `);
    await writeFile(`${dir}/manifest.json`, JSON.stringify({ ...manifest, schemaVersion: 3 }));
    expect((await errorOf(openRun(dir))).problem).toBe('newer-schema');
  });
});

describe('review decisions', () => {
  it('appends decisions to review.json one atomic rewrite at a time, and refuses an invalid one', async () => {
    const dir = temp.join('review');
    const run = await openRun(dir, { create: true });
    await run.write('constitution-markdown', '# Constitution\n', { command: 'tenets export', derivedFrom: ['constitution', 'review'] });
    await run.appendDecision({ type: 'cluster-rename', cluster: { feedbackIds: ['f1', 'f2'] }, name: 'Emoji use' });
    const review = await run.appendDecision({ type: 'principle-reject', principle: { feedbackIds: ['f3'] }, note: 'duplicate' });
    expect(review.decisions.map((decision) => decision.type)).toEqual(['cluster-rename', 'principle-reject']);
    expect(await (await openRun(dir)).read('review')).toEqual(review);
    expect((await run.safeRead('constitution-markdown')).success).toBe(false);
    const bad = { type: 'cluster-rename', cluster: { feedbackIds: [] }, name: 'x' } as const;
    expect((await errorOf(run.appendDecision(bad as never))).message).toMatchInlineSnapshot(`"review.json: refusing to append an invalid decision: field "cluster.feedbackIds": Too small: expected array to have >=1 items."`);
    expect((await run.readReview()).decisions).toHaveLength(2);
  });
});
