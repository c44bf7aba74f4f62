import { MockEmbeddingModelV4 } from 'ai/test';
import { expect, it } from 'vitest';
import { createThresholdClusterer } from '../../test/index.ts';
import type { Proposal } from '../propose/proposal.ts';
import { deduplicatePrinciples } from './deduplicate-principles.ts';

const proposal = (text: string, pairId: string): Proposal => ({ text: `Select the response that ${text}`, sourcePairIds: [pairId], sourceFeedbackIds: [], origin: 'pairs' });

// Hand-made 2-d embeddings: the "cat" phrasings point one way, "dog" another, "pets" in between.
const vectors: Record<string, number[]> = { 'mentions a cat': [1, 0], 'is about a cat': [0.995, 0.0998], 'talks about cats': [0.99, 0.141], 'mentions a dog': [0, 1], 'is about pets': [0.8, 0.6] };

it('merges exact duplicates and embedding clusters, keeps prevalence and every source pair id, sorts by id', async () => {
  const proposals = [
    proposal('mentions a cat', 'p1'),
    proposal('mentions a cat', 'p2'),
    proposal('is about a cat', 'p3'),
    proposal('talks about cats', 'p4'),
    proposal('mentions a dog', 'p5'),
  ];
  const embeddingModel = new MockEmbeddingModelV4({
    maxEmbeddingsPerCall: 100,
    doEmbed: async ({ values }) => ({ embeddings: values.map((value) => vectors[value]!), usage: { tokens: values.length * 3 }, warnings: [] }),
  });
  const { candidates, usage } = await deduplicatePrinciples({ proposals, engine: 'llm', embeddingModel, clusterer: createThresholdClusterer({ threshold: 0.95 }), seed: 1 });
  const byText = (left: { text: string }, right: { text: string }) => (left.text < right.text ? -1 : 1);
  expect(candidates.map(({ text, prevalence, sourcePairIds, members }) => ({ text, prevalence, sourcePairIds, members })).sort(byText)).toEqual(
    [
      { text: 'Select the response that mentions a cat', prevalence: 4, sourcePairIds: ['p1', 'p2', 'p3', 'p4'], members: ['Select the response that mentions a cat', 'Select the response that is about a cat', 'Select the response that talks about cats'] },
      { text: 'Select the response that mentions a dog', prevalence: 1, sourcePairIds: ['p5'], members: ['Select the response that mentions a dog'] },
    ],
  );
  expect([...candidates.map((candidate) => candidate.id)]).toEqual([...candidates.map((candidate) => candidate.id)].sort());
  expect(usage).toMatchObject({ calls: 1, inputTokens: 12 });
});

it('splits off a clustered member less similar than minSimilarity to the representative', async () => {
  const proposals = [proposal('mentions a cat', 'p1'), proposal('mentions a cat', 'p2'), proposal('is about pets', 'p3')];
  const embeddingModel = new MockEmbeddingModelV4({ maxEmbeddingsPerCall: 100, doEmbed: async ({ values }) => ({ embeddings: values.map((value) => vectors[value]!), warnings: [] }) });
  const { candidates } = await deduplicatePrinciples({ proposals, engine: 'llm', embeddingModel, clusterer: createThresholdClusterer({ threshold: 0.5 }), seed: 1, minSimilarity: 0.85 });
  expect(candidates.map((candidate) => [candidate.text, candidate.prevalence]).sort()).toEqual([
    ['Select the response that is about pets', 1],
    ['Select the response that mentions a cat', 2],
  ]);
});
