import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scriptedDraftModel } from '../__fixtures__/scripted-draft-model.ts';
import { syntheticReviewArtefacts } from '../__fixtures__/synthetic-review-artefacts.ts';
import { writeSyntheticRun } from '../__fixtures__/write-synthetic-run.ts';
import { openRun } from '@tenets/store';
import { openReviewSession } from './open-review-session.ts';

let runDir: string;
beforeEach(async () => {
  runDir = await mkdtemp(join(tmpdir(), 'tenets-review-model-'));
  await writeSyntheticRun(runDir, syntheticReviewArtefacts({ critiques: 40, runDir }));
});
afterEach(async () => rm(runDir, { recursive: true, force: true, maxRetries: 5 }));

describe('model redraft through the run store', () => {
  it('writes the model drafts beside review-ui.json, into constitution.md, and reads them back on reopening', async () => {
    const model = scriptedDraftModel();
    const { controller } = await openReviewSession(runDir, { drafter: { model, name: 'mock:model', price: { input: 0.15, output: 0.6 } } });
    const [target, source] = controller.model.clusters;
    const merged = await controller.decide({ type: 'merge-clusters', targetId: target!.id, sourceId: source!.id });
    const clusterId = [...merged.redraftedClusterIds][0]!;
    const plan = controller.planModelRedraft!(clusterId);
    expect(plan).toMatchObject({ clusterId, modelName: 'mock:model', calls: 2 });
    expect(model.doGenerateCalls).toHaveLength(0);

    const { model: reviewed, result } = await controller.redraftWithModel!(clusterId);
    expect(result.failures).toEqual([]);
    expect(result.usage).toMatchObject({ calls: 2, inputTokens: 800, outputTokens: 100 });
    expect(reviewed.modelDraftedClusterIds).toEqual(new Map([[clusterId, 'mock:model']]));
    expect(reviewed.metrics.filter((metric) => metric.clusterIds.includes(clusterId)).map((metric) => [metric.name, metric.engine])).toEqual([['Refund Explanation Quality', 'llm']]);
    const stored = await (await openRun(runDir)).read('review-model-drafts');
    expect(stored.schemaVersion).toBe(1);
    expect(Object.keys(stored.clusters)).toEqual([clusterId]);
    expect(await readFile(join(runDir, 'constitution.md'), 'utf8')).toContain('explain the refund policy in the customer’s language');

    const reopened = (await openReviewSession(runDir)).controller;
    expect(reopened.model.metrics.filter((metric) => metric.clusterIds.includes(clusterId)).map((metric) => metric.name)).toEqual(['Refund Explanation Quality']);
    // Undoing the merge drops the merged cluster, and its model draft with it.
    const undone = await reopened.undo();
    expect(undone?.metrics.some((metric) => metric.name === 'Refund Explanation Quality')).toBe(false);
  });
});
