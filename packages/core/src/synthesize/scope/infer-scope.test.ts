import { describe, expect, it } from 'vitest';
import { reply, roleModel } from '../__fixtures__/role-models.ts';
import { sourceFromFeedbackText } from '../synthesis-source.ts';
import { inferScope } from './infer-scope.ts';
import { inferScopeOffline } from './infer-scope-offline.ts';

const source = sourceFromFeedbackText("Don't use emojis in emails to my boss.");

describe('inferScope', () => {
  it('asks the generator once with the principle delimited, and keeps its domain and effect', async () => {
    const model = roleModel('generator-1', () => ({ json: { domain: 'emails to the boss', effect: 'use no emojis', polarity: 'avoid' } }));
    const result = await inferScope({ source, model });
    expect(result.scope).toEqual({ principleId: source.id, principle: source.text, domain: 'emails to the boss', effect: 'use no emojis', polarity: 'avoid', source: 'model' });
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(model.doGenerateCalls[0]!.providerOptions).toEqual({ tenets: { promptVersion: 'synth-scope-v1' } });
    expect(result.usage.calls).toBe(1);
  });

  it('makes no call when domain and effect are both overridden, and marks the scope as overridden', async () => {
    const model = roleModel('generator-1', () => ({ json: {} }));
    const result = await inferScope({ source, model, override: { domain: 'work email', effect: 'no emojis' } });
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(result.scope).toMatchObject({ domain: 'work email', effect: 'no emojis', polarity: 'avoid', source: 'override' });
  });

  it('counts an unusable reply as a failure with its raw text and falls back to the offline reading', async () => {
    const model = roleModel('generator-1', () => reply('domain: emails'));
    const result = await inferScope({ source, model });
    expect(result.failure).toMatchObject({ step: 'scope', role: 'generator', itemId: source.id, reason: 'parse_error', rawText: 'domain: emails' });
    expect(result.scope.source).toBe('offline');
    expect(result.usage).toMatchObject({ calls: 2, failedCalls: 1 });
  });
});

describe('inferScopeOffline', () => {
  it('splits "When X, Y" and "Y when X" and otherwise applies everywhere', () => {
    const read = (text: string) => {
      const { domain, effect, polarity } = inferScopeOffline(sourceFromFeedbackText(text));
      return { domain, effect, polarity };
    };
    expect(read('When replying to a formal complaint, never use emojis.')).toEqual({ domain: 'replying to a formal complaint', effect: 'never use emojis', polarity: 'avoid' });
    expect(read('The assistant should quote the real refund policy when asked about refunds.')).toEqual({ domain: 'asked about refunds', effect: 'quote the real refund policy', polarity: 'do' });
    expect(read('Never use emojis in emails to my boss.')).toEqual({ domain: 'emails to my boss', effect: 'Never use emojis', polarity: 'avoid' });
    expect(read('The assistant should answer in the language of the customer.')).toEqual({ domain: 'every response', effect: 'answer in the language of the customer', polarity: 'do' });
  });
});
