import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TenetsBudgetError } from '../errors/tenets-budget-error.ts';
import { jsonReply, textReply } from './__fixtures__/mock-replies.ts';
import { generateStructured } from './generate-structured.ts';

const schema = z.object({ name: z.string() });
const base = { schema, instructions: 'Name it.', prompt: 'Thing' } as const;

describe('generateStructured', () => {
  it('returns the parsed value and the usage', async () => {
    const model = new MockLanguageModelV4({ doGenerate: [jsonReply({ name: 'x' }, { inputTokens: 7, outputTokens: 3 })] });
    const result = await generateStructured({ ...base, model, promptVersion: 'test-v1' });
    expect(result).toEqual({ success: true, value: { name: 'x' }, attempts: 1, usage: { calls: 1, inputTokens: 7, outputTokens: 3, totalTokens: 10, cachedCalls: 0, failedCalls: 0 } });
    expect(model.doGenerateCalls[0]!.providerOptions).toEqual({ tenets: { promptVersion: 'test-v1' } });
    expect(model.doGenerateCalls[0]!.temperature).toBe(0);
  });

  it('repairs a schema-violating reply once, showing the model its reply and the problem', async () => {
    const model = new MockLanguageModelV4({ doGenerate: [textReply('{"nom":"x"}'), jsonReply({ name: 'y' })] });
    const result = await generateStructured({ ...base, model });
    expect(result).toMatchObject({ success: true, value: { name: 'y' }, attempts: 2, usage: { calls: 2 } });
    const repairCall = model.doGenerateCalls[1]!.prompt;
    expect(repairCall.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
  });

  it('records a failure with the raw text after the repair fails too', async () => {
    const model = new MockLanguageModelV4({ doGenerate: [textReply('not json'), textReply('{"nom":"still wrong"}')] });
    const result = await generateStructured({ ...base, model });
    expect(result).toMatchObject({ success: false, reason: 'parse_error', rawText: '{"nom":"still wrong"}', attempts: 2, usage: { calls: 2, failedCalls: 1 } });
  });

  it('treats a reply cut off at the token limit as truncated, even when it parses', async () => {
    const model = new MockLanguageModelV4({ doGenerate: [jsonReply({ name: 'x' }, { finishReason: 'length' }), textReply('{"name":', { finishReason: 'length' })] });
    const result = await generateStructured({ ...base, model });
    expect(result).toMatchObject({ success: false, reason: 'truncated', rawText: '{"name":', attempts: 2 });
  });

  it('records a provider error without a repair attempt', async () => {
    const model = new MockLanguageModelV4({
      doGenerate: async () => {
        throw new Error('connection refused');
      },
    });
    const result = await generateStructured({ ...base, model });
    expect(result).toMatchObject({ success: false, reason: 'api_error', message: 'connection refused', attempts: 1, usage: { calls: 1, failedCalls: 1 } });
  });

  it('rethrows a budget stop instead of recording it as a failed item', async () => {
    const model = new MockLanguageModelV4({
      doGenerate: async () => {
        throw new TenetsBudgetError({ spentUsd: 1, limitUsd: 1 });
      },
    });
    await expect(generateStructured({ ...base, model })).rejects.toBeInstanceOf(TenetsBudgetError);
  });

  it('rethrows an abort', async () => {
    const controller = new AbortController();
    const model = new MockLanguageModelV4({
      doGenerate: async () => {
        controller.abort(new Error('stop'));
        throw new Error('aborted');
      },
    });
    await expect(generateStructured({ ...base, model, abortSignal: controller.signal })).rejects.toThrow();
  });
});
