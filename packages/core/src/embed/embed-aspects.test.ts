import { MockEmbeddingModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import type { FeedbackContext } from '../schemas/feedback.ts';
import type { PipelineEvent } from '../events/pipeline-event.ts';
import type { Aspect } from '../schemas/aspect.ts';
import { embedAspects } from './embed-aspects.ts';
import { createLexicalEmbeddingModel } from './lexical/create-lexical-embedding-model.ts';

const behaviours = ['answered far too long', 'wrote a wall of text', 'used emojis in a formal reply', 'put emojis in a complaint', 'made up a refund policy', 'invented a refund window'];
const aspects = behaviours.map((behaviour, index) => ({ id: `a${index}`, behaviour }) as Aspect);

describe('embedAspects', () => {
  it('fits the lexical model inside the stage when no model is given: one stage-start before the fit, progress, one stage-end', async () => {
    const events: PipelineEvent[] = [];
    const { embeddings } = await embedAspects({ aspects, lexical: { dimensions: 4, seed: 3 }, onEvent: (event) => void events.push(event) });
    expect(events.map((event) => event.type)).toEqual(['stage-start', ...Array<string>(22).fill('stage-progress'), 'stage-end']);
    expect(events.every((event) => 'stage' in event && event.stage === 'embed')).toBe(true);
    const model = createLexicalEmbeddingModel({ corpus: behaviours, dimensions: 4, seed: 3 });
    const given = await embedAspects({ aspects, embeddingModel: model });
    expect(embeddings).toEqual(given.embeddings);
  });

  // Two aspects about tigers (one error each), two about water; the prompts name the topic.
  const critiques = ['added the tigers instead of multiplying', 'stopped after the first step with the tigers', 'added the water litres instead of multiplying', 'stopped after the first step with the water litres'];
  const topical = critiques.map((behaviour, index) => ({ id: `t${index}`, feedbackId: `f${index}`, behaviour }) as Aspect);
  const contexts = new Map<string, FeedbackContext>(topical.map((aspect, index) => [aspect.feedbackId, { prompt: index % 2 === 0 ? 'How many legs do 4 tigers have?' : 'How many legs do 4 tigers have in total?', response: 'The tigers have 8 legs.' }]));
  for (const index of [2, 3]) contexts.set(`f${index}`, { prompt: 'A tank holds 20 litres of water. How much water after 3 days?', response: 'There are 14 litres of water left.' });

  it('weighs down the words a behaviour shares with its own prompt in the lexical model, deterministically', async () => {
    const cosine = (left: Float32Array, right: Float32Array) => left.reduce((sum, value, index) => sum + value * right[index]!, 0);
    const plain = (await embedAspects({ aspects: topical, lexical: { dimensions: 3, seed: 3 } })).embeddings;
    const weighted = (await embedAspects({ aspects: topical, contexts, lexical: { dimensions: 3, seed: 3, topicWeight: 0.2 } })).embeddings;
    expect(cosine(weighted.get('t0')!, weighted.get('t1')!)).toBeLessThan(cosine(plain.get('t0')!, plain.get('t1')!));
    expect((await embedAspects({ aspects: topical, contexts, lexical: { dimensions: 3, seed: 3, topicWeight: 0.2 } })).embeddings).toEqual(weighted);
    expect((await embedAspects({ aspects: topical, contexts, lexical: { dimensions: 3, seed: 3, topicWeight: 1 } })).embeddings).toEqual(plain);
  });

  it('gives a configured embedding model the unchanged behaviours, contexts or not', async () => {
    const embeddingModel = new MockEmbeddingModelV4({ maxEmbeddingsPerCall: 100, doEmbed: async ({ values }) => ({ embeddings: values.map((value) => [value.length, 1]), warnings: [] }) });
    const withContexts = await embedAspects({ aspects: topical, contexts, embeddingModel });
    const without = await embedAspects({ aspects: topical, embeddingModel });
    expect(withContexts.embeddings).toEqual(without.embeddings);
    expect(embeddingModel.doEmbedCalls.map((call) => call.values)).toEqual([critiques, critiques]);
  });

  it('rejects with the abort reason while fitting', async () => {
    const controller = new AbortController();
    const fitting = embedAspects({
      aspects,
      abortSignal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'stage-progress') controller.abort(new Error('stop'));
      },
    });
    await expect(fitting).rejects.toThrow('stop');
  });
});
