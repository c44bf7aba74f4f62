import { describe, expect, it } from 'vitest';
import type { PipelineEvent } from '../events/pipeline-event.ts';
import { bagOfWordsEmbeddingModel, blocks, emojiRoleModels, reply } from './__fixtures__/role-models.ts';
import { planSynthesisCalls } from './plan/plan-synthesis-calls.ts';
import { synthesisRecordSchema } from './schemas/synthesis-record.ts';
import { sourceFromFeedbackText } from './synthesis-source.ts';
import { synthesizePreferences } from './synthesize-preferences.ts';

const source = sourceFromFeedbackText('Never use emojis in emails to my boss.');
const sizes = { categories: 2, promptsPerCategory: 3, outOfScopePrompts: 4, promptsPerCall: 2, anchorsPerCall: 4 };

describe('synthesizePreferences', () => {
  it('runs every step with the four roles and emits only verified records', async () => {
    const models = emojiRoleModels();
    const events: PipelineEvent[] = [];
    const result = await synthesizePreferences({ sources: [source], models, embeddingModel: null, sizes, onEvent: (event) => void events.push(event) });
    expect(result.scopes).toEqual([{ principleId: source.id, principle: source.text, domain: 'emails the user writes to their boss', effect: 'use no emojis', polarity: 'avoid', source: 'model' }]);
    expect(result.checks).toMatchObject([{ source: 'offline', description: 'does not match /\\p{Extended_Pictographic}/u' }]);
    expect(result.categories.map((category) => category.name)).toEqual(['Category 1', 'Category 2']);
    expect(result.counts).toMatchInlineSnapshot(`
      {
        "anchors": 10,
        "conflicts": 0,
        "dropped": 0,
        "failures": 0,
        "needsGeneration": 0,
        "pairs": 6,
        "prompts": 16,
        "records": 16,
        "records.in": 6,
        "records.near": 6,
        "records.out": 4,
        "test": 4,
      }
    `);
    for (const record of result.records) expect(synthesisRecordSchema.parse(record)).toEqual(record);
    const pair = result.records.find((record) => record.prompt === 'Write an email to my boss about category 1 topic 1.')!;
    expect(pair).toMatchObject({
      category: 'Category 1',
      prompt: 'Write an email to my boss about category 1 topic 1.',
      baseline: { text: 'Here you go 🙂 — an answer to: Write an email to my boss about category 1 topic 1.', model: 'mock/policy-1', finishReason: 'stop' },
      revised: { text: 'Here you go — an answer to: Write an email to my boss about category 1 topic 1.', explanation: 'The emoji goes.', model: 'mock/reviser-1' },
      verification: { method: 'verifier', passed: true },
      checks: { baseline: { passed: false }, revised: { passed: true } },
      models: { generator: 'mock/generator-1', policy: 'mock/policy-1', reviser: 'mock/reviser-1', verifier: 'mock/verifier-1' },
    });
    expect(pair.verification.orders.map((order) => order.order)).toEqual(['revised-first', 'baseline-first']);
    expect(result.records.find((record) => record.scope === 'near')).toMatchObject({ verification: { leftAlone: true, passed: true }, models: { policy: 'mock/policy-1', verifier: 'mock/verifier-1' } });
    expect(result.models).toEqual({ generator: 'mock/generator-1', policy: 'mock/policy-1', reviser: 'mock/reviser-1', verifier: 'mock/verifier-1' });

    // Calls per role match the plan (the emoji check is derived offline, so no check call).
    const plan = planSynthesisCalls(sizes, { withCheckCall: false });
    const calls = { generator: models.generator.doGenerateCalls.length, policy: models.policy.doGenerateCalls.length, reviser: models.reviser.doGenerateCalls.length, verifier: models.verifier.doGenerateCalls.length };
    expect(calls).toEqual(plan.perRole);
    expect(result.usage.roles.policy.calls).toBe(calls.policy);
    expect(events.filter((event) => event.type === 'stage-end')).toHaveLength(1);
  });

  it('drops and counts failed pairs by reason', async () => {
    const models = emojiRoleModels({
      // The reviser leaves the emoji in for "topic 2" prompts; the verifier rejects nothing else.
      reviser: (call) => (/topic 2\./.test(call.text) ? { json: { explanation: 'kept', revised: `${blocks(call.text, 'response')[0]} 🎉` } } : undefined),
      // The policy is cut off for one near-scope prompt.
      policy: (call) => (call.text === 'Write a text to my friend about category 2 topic 3.' ? reply('Hey', 'length') : undefined),
    });
    const result = await synthesizePreferences({ sources: [source], models, embeddingModel: null, sizes });
    expect(result.dropped.map((item) => `${item.scope} ${item.category} ${item.reason}`)).toEqual([
      'near Category 2 baseline-truncated',
      'in Category 1 check-revised-fails',
      'in Category 2 check-revised-fails',
    ]);
    expect(result.records.some((record) => record.prompt.includes('topic 2.') && record.scope === 'in')).toBe(false);
  });

  it('drops near-duplicate prompts by embedding similarity, keeping the first', async () => {
    const models = emojiRoleModels();
    const embeddingModel = bagOfWordsEmbeddingModel(['boss', 'friend', 'email', 'text', 'something']);
    const result = await synthesizePreferences({ sources: [source], models, embeddingModel, sizes });
    // All in-scope prompts share one bag of words: only the first survives; likewise near and out.
    expect(result.counts['dropped.duplicate-prompt']).toBe(result.dropped.filter((item) => item.reason === 'duplicate-prompt').length);
    expect(result.prompts.map((prompt) => `${prompt.scope}: ${prompt.prompt}`)).toEqual([
      'in: Write an email to my boss about category 1 topic 1.',
      'near: Write a text to my friend about category 1 topic 1.',
      'out: Tell me something about cooking, question 1.',
    ]);
  });

  it('produces byte-identical records whatever the concurrency and completion order', async () => {
    const run = async (concurrency: number) => {
      const models = emojiRoleModels();
      for (const model of Object.values(models)) {
        const generate = model.doGenerate.bind(model);
        let call = 0;
        model.doGenerate = async (options) => {
          // Later calls finish first: completion order differs from start order.
          const wait = (7 - (call++ % 7)) * 2;
          await new Promise((resolve) => setTimeout(resolve, wait));
          return generate(options);
        };
      }
      const sources = [source, sourceFromFeedbackText('Always sign emails to my boss with "Best regards".')];
      const result = await synthesizePreferences({ sources, models, embeddingModel: null, sizes, concurrency });
      return JSON.stringify({ records: result.records, dropped: result.dropped, prompts: result.prompts });
    };
    expect(await run(1)).toBe(await run(6));
  });
});
