import { embed, embedMany } from 'ai';
import { describe, expect, it } from 'vitest';
import { createLexicalEmbeddingModel, defaultLexicalDimensions } from './create-lexical-embedding-model.ts';

const corpus = [
  'the answer was way too long',
  'too long, a wall of text for a simple question',
  'long-winded reply, get to the point',
  'used emojis in a formal complaint',
  'emojis in a business email look unprofessional',
  'stop putting emojis in formal replies',
  'ignored my order number',
  'it never looked up my order number',
  'gave generic shipping info instead of checking the order',
  'made up a refund policy',
  'the refund policy it quoted does not exist',
  'invented a 90-day refund window',
];

const cosine = (left: readonly number[], right: readonly number[]) => left.reduce((sum, value, index) => sum + value * right[index]!, 0);

describe('createLexicalEmbeddingModel', () => {
  it('is an AI SDK v4 embedding model that embedMany can call', async () => {
    const model = createLexicalEmbeddingModel({ corpus, dimensions: 6, seed: 7 });
    expect({ specificationVersion: model.specificationVersion, provider: model.provider, modelId: model.modelId, supportsParallelCalls: model.supportsParallelCalls, dimensions: model.dimensions }).toMatchInlineSnapshot(`
      {
        "dimensions": 6,
        "modelId": "lexical-tfidf-lsa",
        "provider": "tenets",
        "specificationVersion": "v4",
        "supportsParallelCalls": true,
      }
    `);
    const { embeddings, usage } = await embedMany({ model, values: corpus });
    expect(embeddings).toHaveLength(corpus.length);
    expect(usage.tokens).toBeGreaterThan(corpus.length);
    for (const embedding of embeddings) {
      expect(embedding).toHaveLength(6);
      expect(Math.sqrt(cosine(embedding, embedding))).toBeCloseTo(1, 10);
    }
  });

  it('is deterministic for a seed', async () => {
    const first = await embedMany({ model: createLexicalEmbeddingModel({ corpus, dimensions: 6, seed: 7 }), values: corpus });
    const second = await embedMany({ model: createLexicalEmbeddingModel({ corpus, dimensions: 6, seed: 7 }), values: corpus });
    expect(second.embeddings).toEqual(first.embeddings);
  });

  it('puts texts about the same behaviour closer than texts about different ones, typos and unseen texts included', async () => {
    const model = createLexicalEmbeddingModel({ corpus, dimensions: 6, seed: 7 });
    const vector = async (value: string) => (await embed({ model, value })).embedding;
    const longAnswer = await vector('way too long, nobody reads a wall of text');
    const emojis = await vector('too many emojis in a formal email');
    const typo = await vector('the refnud polcy it made up');
    const refund = await vector('made up a refund policy');
    expect(cosine(longAnswer, await vector('the answer was too long'))).toBeGreaterThan(cosine(longAnswer, await vector('ignored my order number')));
    expect(cosine(emojis, await vector('emojis in a formal complaint'))).toBeGreaterThan(cosine(emojis, refund));
    expect(cosine(typo, refund)).toBeGreaterThan(cosine(typo, await vector('never looked up the order number')));
  });

  it('returns a zero vector for a text with no known features, and keeps the first components when fewer dimensions are asked for', async () => {
    const model = createLexicalEmbeddingModel({ corpus, dimensions: 6, seed: 7 });
    const { embeddings } = await model.doEmbed({ values: ['qwxz', 'refund policy'], dimensions: 3 });
    expect(embeddings[0]).toEqual([0, 0, 0]);
    expect(embeddings[1]).toHaveLength(3);
    expect(Math.sqrt(cosine(embeddings[1]!, embeddings[1]!))).toBeCloseTo(1, 10);
    const wider = await model.doEmbed({ values: ['refund policy'], dimensions: 12 });
    expect(wider.warnings).toMatchInlineSnapshot(`
      [
        {
          "details": "The lexical model has 6 dimensions; 12 were requested.",
          "feature": "dimensions",
          "type": "unsupported",
        },
      ]
    `);
  });

  it('has fewer dimensions than asked when the corpus has lower rank, and copes with an empty corpus', async () => {
    expect(createLexicalEmbeddingModel({ corpus: ['refund policy', 'refund policy wrong'], dimensions: 50 }).dimensions).toBeLessThanOrEqual(2);
    const empty = createLexicalEmbeddingModel({ corpus: [] });
    expect((await empty.doEmbed({ values: ['anything'] })).embeddings).toEqual([[0]]);
  });

  it('defaults to √n dimensions within 16..64', () => {
    expect([10, 360, 869, 2000, 10_000].map(defaultLexicalDimensions)).toEqual([16, 19, 29, 45, 64]);
  });
});
