import { embedMany } from 'ai';
import { describe, expect, it } from 'vitest';
import { createLexicalEmbeddingModel } from './create-lexical-embedding-model.ts';
import { fitLexicalEmbeddingModel } from './fit-lexical-embedding-model.ts';
import type { FitProgress } from '../../util/fit-steps.ts';

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

/** 900 distinct texts: large enough that every pass over the corpus is cut into several slices. */
const largeCorpus = Array.from({ length: 900 }, (_, index) => `${corpus[index % 12]}, then ${corpus[(index * 5 + 1) % 12]} (case ${index % 97}) and ${corpus[(index * 7 + 3) % 12]}`);

describe('fitLexicalEmbeddingModel', () => {
  it('gives the same model as createLexicalEmbeddingModel: same seed, the same vectors to the bit', async () => {
    const fitted = await fitLexicalEmbeddingModel({ corpus: largeCorpus, seed: 11 });
    const created = createLexicalEmbeddingModel({ corpus: largeCorpus, seed: 11 });
    expect([fitted.dimensions, fitted.vocabularySize]).toEqual([created.dimensions, created.vocabularySize]);
    const values = [...largeCorpus.slice(0, 50), 'a text outside the corpus about a refund policy'];
    expect((await embedMany({ model: fitted, values })).embeddings).toEqual((await embedMany({ model: created, values })).embeddings);
  });

  it('reports progress as it fits: once per slice of each pass over the corpus, ending at the total', async () => {
    const small: FitProgress[] = [];
    await fitLexicalEmbeddingModel({ corpus, dimensions: 6, seed: 7, onProgress: (progress) => void small.push(progress) });
    // 12 texts fit in one slice: one event per pass (extraction, two document-frequency counts, vectorising, 2 + 2 × 8 SVD passes).
    expect({ events: small.length, last: small.at(-1) }).toMatchInlineSnapshot(`
      {
        "events": 22,
        "last": {
          "completed": 264,
          "total": 264,
        },
      }
    `);
    const large: FitProgress[] = [];
    await fitLexicalEmbeddingModel({ corpus: largeCorpus, seed: 7, onProgress: (progress) => void large.push(progress) });
    expect(large.length).toBeGreaterThan(22);
    expect(large.every((progress, index) => progress.total === 900 * 22 && progress.completed > (large[index - 1]?.completed ?? 0))).toBe(true);
    expect(large.at(-1)).toEqual({ completed: 900 * 22, total: 900 * 22 });
  });

  it('rejects with the abort reason when the signal is already aborted, before any work', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped before'));
    const progress: FitProgress[] = [];
    await expect(fitLexicalEmbeddingModel({ corpus, seed: 7, abortSignal: controller.signal, onProgress: (step) => void progress.push(step) })).rejects.toThrow('stopped before');
    expect(progress).toEqual([]);
  });

  it('stops at the next slice when the signal is aborted while fitting', async () => {
    const controller = new AbortController();
    const progress: FitProgress[] = [];
    const fitting = fitLexicalEmbeddingModel({
      corpus: largeCorpus,
      seed: 7,
      abortSignal: controller.signal,
      onProgress: (step) => {
        progress.push(step);
        if (progress.length === 3) controller.abort(new Error('Interrupted by the user (SIGINT).'));
      },
    });
    await expect(fitting).rejects.toThrow('Interrupted by the user (SIGINT).');
    // Nothing after the slice during which the signal was aborted: far short of the whole fit.
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)!.completed).toBeLessThan(progress.at(-1)!.total);
  });
});
