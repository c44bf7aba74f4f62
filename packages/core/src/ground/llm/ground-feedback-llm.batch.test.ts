import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { feedbackSchema, type Feedback } from '../../schemas/feedback.ts';
import { answerGrounding, critiquesInPrompt, simpleVerdict } from './__fixtures__/grounding-answerer.ts';
import { shortCritiques } from './__fixtures__/grounding-feedback.ts';
import { answeringModel, textReply, userText } from '../../llm/__fixtures__/mock-replies.ts';
import { groundFeedbackLlm } from './ground-feedback-llm.ts';

describe('groundFeedbackLlm batching of short critiques', () => {
  it('grounds several short critiques in one call and maps the answers back by id', async () => {
    const model = answeringModel((call) => answerGrounding(call));
    const result = await groundFeedbackLlm({ feedback: shortCritiques, model });
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(userText(model.doGenerateCalls[0]!)).toMatchInlineSnapshot(`
      "Critique c1
      <prompt>
      What is 2+2?
      </prompt>
      <response>
      Great question! Let us think step by step. 2+2 equals 4.
      </response>
      <critique>
      Way too verbose.
      </critique>

      Critique c2
      <prompt>
      Who wrote Hamlet?
      </prompt>
      <response>
      Shakespeare wrote Hamlet [1].
      </response>
      <critique>
      Perfect, it cited its sources.
      </critique>

      Critique c3
      <prompt>
      Summarise this.
      </prompt>
      <response>
      Here is a summary.
      </response>
      <critique>
      bad
      </critique>

      Ground each critique above. Answer once for every critique id: c1, c2, c3."
    `);
    expect(model.doGenerateCalls[0]!.responseFormat).toMatchObject({ type: 'json', name: 'grounding_batch' });
    expect(result.aspects.map((aspect) => [aspect.feedbackId, aspect.evidence.critique.quote])).toEqual([
      ['fb-s1', 'Way too verbose.'],
      ['fb-s2', 'Perfect, it cited its sources.'],
    ]);
    expect(result.ungroundable).toEqual([{ feedbackId: 'fb-s3', reason: 'vague' }]);
    expect(result.failures).toEqual([]);
  });

  it('grounds a critique the batch reply left out in a call of its own', async () => {
    const model = answeringModel((call) => answerGrounding(call, (critique, critiqueId) => (critiqueId === 'c2' ? undefined : simpleVerdict(critique))));
    const result = await groundFeedbackLlm({ feedback: shortCritiques, model });
    expect(model.doGenerateCalls).toHaveLength(2);
    expect([...critiquesInPrompt(model.doGenerateCalls[1]!).keys()]).toEqual(['single']);
    expect(userText(model.doGenerateCalls[1]!)).toContain('Perfect, it cited its sources.');
    expect(result.aspects.map((aspect) => aspect.feedbackId)).toEqual(['fb-s1', 'fb-s2']);
    expect(result.warnings).toEqual(['Feedback fb-s2: batched grounding gave no answer; grounding it on its own.']);
  });

  it('regrounds a critique whose batched answer is inconsistent, and fails it if the retry fails too', async () => {
    let call = 0;
    const model = answeringModel((request) => {
      call++;
      if (call === 1) return answerGrounding(request, (critique, critiqueId) => (critiqueId === 'c1' ? { verdict: 'grounded', ungroundableReason: null, aspects: [] } : simpleVerdict(critique)));
      return textReply('I cannot do that.');
    });
    const result = await groundFeedbackLlm({ feedback: shortCritiques, model });
    expect(model.doGenerateCalls).toHaveLength(3);
    expect(result.failures).toEqual([{ feedbackId: 'fb-s1', reason: 'parse_error', message: expect.any(String), rawText: 'I cannot do that.' }]);
    expect(result.warnings[0]).toBe('Feedback fb-s1: batched grounding gave verdict "grounded" needs at least one aspect; grounding it on its own.');
  });

  it('grounds every critique alone when the batch reply is unusable after its repair', async () => {
    let call = 0;
    const model = answeringModel((request) => (++call <= 2 ? '{"results": "oops"}' : answerGrounding(request)));
    const result = await groundFeedbackLlm({ feedback: shortCritiques, model });
    expect(model.doGenerateCalls).toHaveLength(2 + 3);
    expect(result.aspects).toHaveLength(2);
    expect(result.ungroundable).toHaveLength(1);
    expect(result.usage.failedCalls).toBe(1);
  });

  it('fails the whole batch at once on a provider error (the model layer already retried)', async () => {
    const model = new MockLanguageModelV4({
      doGenerate: async () => {
        throw new Error('503 Service Unavailable');
      },
    });
    const result = await groundFeedbackLlm({ feedback: shortCritiques, model });
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(result.failures.map((failure) => [failure.feedbackId, failure.reason])).toEqual([
      ['fb-s1', 'api_error'],
      ['fb-s2', 'api_error'],
      ['fb-s3', 'api_error'],
    ]);
  });

  it('rejects a batch reply that answers an id it did not ask about, then grounds each critique alone', async () => {
    let call = 0;
    const model = answeringModel((request) => {
      if (++call > 2) return answerGrounding(request);
      return JSON.stringify({ results: [...critiquesInPrompt(request)].map(([critiqueId, critique]) => ({ critiqueId, ...simpleVerdict(critique) })).concat([{ critiqueId: 'c9', ...simpleVerdict('Way too verbose.') }]) });
    });
    const result = await groundFeedbackLlm({ feedback: shortCritiques, model });
    expect(model.doGenerateCalls).toHaveLength(2 + 3);
    expect(userText(model.doGenerateCalls[1]!)).toContain('did not match its schema');
    expect(result.aspects.map((aspect) => aspect.feedbackId)).toEqual(['fb-s1', 'fb-s2']);
  });

  it('keeps long critiques out of batches and respects maxPerBatch', async () => {
    const long = feedbackSchema.parse({ id: 'fb-long', critique: 'x'.repeat(400) });
    const feedback: Feedback[] = [...shortCritiques, long, ...shortCritiques.map((record) => ({ ...record, id: `${record.id}-again` }))];
    const model = answeringModel((call) => answerGrounding(call));
    const result = await groundFeedbackLlm({ feedback, model, maxPerBatch: 4, concurrency: 1 });
    const sizes = model.doGenerateCalls.map((call) => critiquesInPrompt(call).size);
    expect(sizes).toEqual([4, 1, 2]);
    expect(result.aspects.map((aspect) => aspect.feedbackId)).toEqual(['fb-s1', 'fb-s2', 'fb-long', 'fb-s1-again', 'fb-s2-again']);
  });

  it('saves prompt tokens by sharing instructions across short critiques', async () => {
    const feedback = Array.from({ length: 24 }, (_, index) =>
      feedbackSchema.parse({ id: `fb-${index}`, critique: `Answer ${index} was too long and repeated the question.`, context: { prompt: `Question ${index}?`, response: `Answer ${index}: ${'words '.repeat(20)}` } }),
    );
    const batched = answeringModel((call) => answerGrounding(call));
    const unbatched = answeringModel((call) => answerGrounding(call));
    const withBatches = await groundFeedbackLlm({ feedback, model: batched });
    const withoutBatches = await groundFeedbackLlm({ feedback, model: unbatched, batchShortCritiques: false });
    expect(withBatches.aspects.map((aspect) => aspect.id)).toEqual(withoutBatches.aspects.map((aspect) => aspect.id));
    expect([withBatches.usage.calls, withoutBatches.usage.calls]).toEqual([3, 24]);
    expect(withBatches.usage.inputTokens).toBeLessThan(withoutBatches.usage.inputTokens * 0.4);
  });
});
