import { describe, expect, it } from 'vitest';
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
