import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MockEmbeddingModelV4 } from 'ai/test';
import { createHdbscanClusterer } from '@tenets/cluster';
import { itemIdOf } from '@tenets/core';
import { openRun, readEmbeddings } from '@tenets/store';
import { afterAll, describe, expect, it } from 'vitest';
import { runMetricsCommand } from './autolibra/run-metrics-command.ts';
import { runTenets } from './run-tenets.ts';

const repositoryRoot = resolve(import.meta.dirname, '../../..');
const fixture = join(repositoryRoot, 'fixtures/support-assistant/feedback.jsonl');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-embeddings-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** A deterministic stand-in for a remote model: letter counts (26 dimensions), recording every text it embeds. */
function letterCountModel() {
  const embedded: string[] = [];
  const model = new MockEmbeddingModelV4({
    provider: 'test',
    modelId: 'letters',
    maxEmbeddingsPerCall: 1000,
    doEmbed: async ({ values }) => {
      embedded.push(...values);
      const embeddings = values.map((text) => {
        const vector = new Array<number>(26).fill(0);
        for (const character of text.toLowerCase()) {
          const code = character.charCodeAt(0) - 97;
          if (code >= 0 && code < 26) vector[code]! += 1;
        }
        return vector;
      });
      return { embeddings, warnings: [] };
    },
  });
  return { model, embedded };
}

describe('persisted embeddings', () => {
  it('writes every aspect embedding exactly (float32) with an index, and reads them back without a model', async () => {
    const outDir = join(temporary, 'offline');
    const result = await runTenets({ inputs: [fixture], outDir, clusterer: createHdbscanClusterer() });
    const { index, vectors } = await readEmbeddings(await openRun(outDir));
    // One row per aspect; the lexical model's dimensions follow the grounded corpus.
    expect({ ...index, ids: index.ids.length }).toEqual({ dtype: 'float32', dimensions: 22, model: 'tenets:lexical-tfidf-lsa', text: 'aspect.behaviour', ids: result.pipeline.aspects.length });
    expect(index.ids.length).toBeGreaterThan(400);
    expect(index.ids).toEqual(result.pipeline.aspects.map((aspect) => aspect.id));
    expect(vectors).toEqual(result.pipeline.embeddings);
    expect(statSync(join(outDir, 'embeddings.bin')).size).toBe(result.pipeline.aspects.length * 22 * 4);
  });

  it('lets `tenets metrics` reuse the run’s vectors when it is given the model that made them', async () => {
    const outDir = join(temporary, 'remote');
    const first = letterCountModel();
    await runTenets({ inputs: [fixture], outDir, clusterer: createHdbscanClusterer(), embeddingModel: first.model, modelNames: { embedding: 'test:letters' } });
    const behaviours = new Set((await (await openRun(outDir)).read('aspects')).map((aspect) => aspect.behaviour));
    expect(new Set(first.embedded)).toEqual(behaviours);

    const reused = letterCountModel();
    await runMetricsCommand({ runDir: outDir, n: 4, evaluate: false, embeddingModel: reused.model, embeddingModelName: 'test:letters' });
    expect(reused.embedded).toEqual([]);
    const searched = letterCountModel();
    await runMetricsCommand({ runDir: outDir, n: 4, embeddingModel: searched.model, embeddingModelName: 'test:letters', bootstrapSamples: 0 });
    // With search, induction embeds no train behaviour again; the judge and matcher still embed metric texts and
    // the held-out items (the N search does not take the persisted vectors there yet).
    const fresh = letterCountModel();
    await runMetricsCommand({ runDir: outDir, n: 4, embeddingModel: fresh.model, embeddingModelName: 'test:another-model', bootstrapSamples: 0 });
    const run = await openRun(outDir);
    const heldOut = new Set((await run.read('metric-set')).split!.heldOutItemIds);
    const feedbackItem = new Map((await run.read('feedback')).map((record) => [record.id, itemIdOf(record)]));
    const trainBehaviours = new Set((await run.read('aspects')).filter((aspect) => !heldOut.has(feedbackItem.get(aspect.feedbackId)!)).map((aspect) => aspect.behaviour));
    expect(fresh.embedded.length - searched.embedded.length).toBe(trainBehaviours.size);

    const other = letterCountModel();
    await runMetricsCommand({ runDir: outDir, n: 4, evaluate: false, embeddingModel: other.model, embeddingModelName: 'test:another-model' });
    expect(other.embedded.length).toBeGreaterThan(0);
  }, 180_000);
});
