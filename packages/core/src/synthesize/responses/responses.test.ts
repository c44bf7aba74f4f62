import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { blocks, reply, roleModel, userTextOf } from '../__fixtures__/role-models.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import { generateBaseline } from './generate-baseline.ts';
import { reviseResponse } from './revise-response.ts';

const scope: PrincipleScope = { principleId: 'pri_1', principle: 'No emojis in emails to my boss.', domain: 'emails to the boss', effect: 'use no emojis', polarity: 'avoid', source: 'model' };

describe('generateBaseline', () => {
  it('sends the prompt alone (no principle) and records model and finish reason', async () => {
    const model = roleModel('policy-1', () => 'Hi boss 🙂');
    const result = await generateBaseline({ promptId: 'spr_1', prompt: 'Email my boss.', model, modelName: 'ollama:llama3' });
    expect(result).toMatchObject({ response: { text: 'Hi boss 🙂', model: 'ollama:llama3', finishReason: 'stop' }, usage: { calls: 1 } });
    expect(model.doGenerateCalls[0]!.prompt).toEqual([{ role: 'user', content: [{ type: 'text', text: 'Email my boss.' }] }]);
    expect(model.doGenerateCalls[0]!).toMatchObject({ temperature: 0.7, maxOutputTokens: 600 });
  });

  it('keeps a cut-off answer marked "length" and turns a transport error into a counted failure', async () => {
    expect(await generateBaseline({ promptId: 'spr_1', prompt: 'p', model: roleModel('policy-1', () => reply('Hi bo', 'length')) })).toMatchObject({ response: { finishReason: 'length' } });
    const broken = new MockLanguageModelV4({ doGenerate: async () => Promise.reject(new Error('connection reset')) });
    expect(await generateBaseline({ promptId: 'spr_1', prompt: 'p', model: broken })).toEqual({
      failure: { step: 'baseline', role: 'policy', itemId: 'spr_1', reason: 'api_error', message: 'connection reset' },
      usage: { calls: 1, inputTokens: 0, outputTokens: 0, totalTokens: 0, cachedCalls: 0, failedCalls: 1 },
    });
  });
});

describe('reviseResponse', () => {
  it('shows principle, prompt and baseline in their own blocks and keeps explanation and revision apart', async () => {
    const model = roleModel('reviser-1', () => ({ json: { explanation: 'Drop the emoji.', revised: 'Hi boss.' } }));
    const result = await reviseResponse({ scope, promptId: 'spr_1', prompt: 'Email my boss.', baseline: 'Hi boss 🙂', model });
    expect(result).toMatchObject({ revised: { text: 'Hi boss.', explanation: 'Drop the emoji.', model: 'mock/reviser-1' } });
    const text = userTextOf(model.doGenerateCalls[0]!);
    expect([blocks(text, 'critique'), blocks(text, 'prompt'), blocks(text, 'response')]).toEqual([['No emojis in emails to my boss.'], ['Email my boss.'], ['Hi boss 🙂']]);
  });

  it('counts a revision cut off twice as truncated, never as a revision', async () => {
    const model = roleModel('reviser-1', () => reply('{"explanation":"Drop', 'length'));
    const result = await reviseResponse({ scope, promptId: 'spr_1', prompt: 'p', baseline: 'b', model });
    expect(result).toMatchObject({ failure: { step: 'revision', role: 'reviser', reason: 'truncated', rawText: '{"explanation":"Drop' } });
    expect(model.doGenerateCalls).toHaveLength(2);
  });
});
