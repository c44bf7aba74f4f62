import { emptyUsage, type TokenUsage } from '@tenets/core';
import { describe, expect, it } from 'vitest';
import { scriptedDraftModel } from '../__fixtures__/scripted-draft-model.ts';
import { syntheticReviewArtefacts } from '../__fixtures__/synthetic-review-artefacts.ts';
import { offlineDraft } from './build-review-model.ts';
import { draftClusterWithModel, planModelRedraft } from './model-redraft.ts';

const artefacts = syntheticReviewArtefacts({ critiques: 40 });
const cluster = artefacts.clustering.clusters[0]!;

describe('planModelRedraft', () => {
  it('plans one metric and one principle call, priced when the model has a price', () => {
    const model = scriptedDraftModel();
    expect(planModelRedraft(artefacts, cluster, { model, name: 'mock:model', price: { input: 0.15, output: 0.6 } })).toMatchInlineSnapshot(`
      {
        "calls": 2,
        "clusterId": "clu-0",
        "costUsd": 0.000315,
        "inputTokens": 1500,
        "modelName": "mock:model",
        "outputTokens": 150,
      }
    `);
    expect(planModelRedraft(artefacts, cluster, { model, name: 'mock:model' }).costUsd).toBeUndefined();
    expect(model.doGenerateCalls).toHaveLength(0);
  });
});

describe('draftClusterWithModel', () => {
  it('reads the actual spend from the model layer’s meter when there is one (a cache hit costs nothing)', async () => {
    let total: TokenUsage = { ...emptyUsage(), costUsd: 1 };
    const model = scriptedDraftModel();
    const metered = { model, name: 'mock:model', price: { input: 0.15, output: 0.6 }, meteredUsage: () => total };
    const drafting = draftClusterWithModel({ artefacts, cluster, drafter: metered, offline: offlineDraft(artefacts, cluster) });
    total = { ...total, calls: 2, cachedCalls: 1, costUsd: 1.0001 };
    const result = await drafting;
    expect(result.usage).toMatchObject({ calls: 2, cachedCalls: 1 });
    expect(result.usage.costUsd).toBeCloseTo(0.0001, 8);
  });
});
