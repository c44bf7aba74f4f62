import { describe, expect, it } from 'vitest';
import { aspectSchema } from './aspect.ts';
import { feedbackSchema } from './feedback.ts';
import { legacyManifestSchema, manifestSchema } from './manifest.ts';
import { metricSchema } from './metric.ts';
import { preferenceSchema } from './preference.ts';
import { addUsage, emptyUsage } from './usage.ts';

describe('feedbackSchema', () => {
  it('accepts every context shape and defaults metadata', () => {
    const record = feedbackSchema.parse({
      id: 'f1',
      critique: "Don't use emojis when I email my boss.",
      rating: 'down',
      context: {
        prompt: 'Draft an email to my manager',
        response: 'Hi boss! 😊',
        messages: [{ role: 'user', content: 'Draft an email' }, { role: 'assistant', content: 'Hi boss! 😊' }],
        trajectory: [{ thought: 'find the button', action: 'click(#send)', observation: 'button disabled' }],
      },
      source: { file: 'log.jsonl', line: 3 },
    });
    expect(record.metadata).toEqual({});
    expect(record.context?.trajectory?.[0]?.action).toBe('click(#send)');
  });

  it('rejects an empty critique, an unknown role and a non-finite rating, naming the path', () => {
    const result = feedbackSchema.safeParse({ id: 'f2', critique: '   ', rating: Number.NaN, context: { messages: [{ role: 'robot', content: 'x' }] } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['context.messages.0.role', 'critique', 'rating']);
  });
});

describe('preferenceSchema', () => {
  it('takes a, b or tie', () => {
    expect(preferenceSchema.parse({ id: 'p', textA: 'x', textB: 'y', preferred: 'tie' }).metadata).toEqual({});
    expect(preferenceSchema.safeParse({ id: 'p', textA: 'x', textB: 'y', preferred: 'c' }).success).toBe(false);
  });
});

describe('aspectSchema', () => {
  it('requires a sign, a behaviour and a critique span', () => {
    const aspect = { id: 'a', feedbackId: 'f', behaviour: 'used emojis in a formal email', sign: 'negative', evidence: { critique: { quote: 'emojis', start: 10, end: 16 }, response: { quote: '😊', verified: true } }, engine: 'llm' };
    expect(aspectSchema.parse(aspect)).toEqual(aspect);
    expect(aspectSchema.safeParse({ ...aspect, sign: 'neutral' }).success).toBe(false);
    expect(aspectSchema.safeParse({ ...aspect, evidence: {} }).success).toBe(false);
  });
});

describe('metricSchema', () => {
  it('keeps prevalence within 0..1 and defaults the version', () => {
    const metric = { id: 'm', name: 'Emoji Use', definition: 'Whether…', goodExamples: [], badExamples: [], supportingAspectIds: ['a'], clusterIds: ['c'], prevalence: 0.25, signBalance: { positive: 0, negative: 1 }, engine: 'offline' };
    expect(metricSchema.parse(metric).version).toBe(1);
    expect(metricSchema.safeParse({ ...metric, prevalence: 1.5 }).success).toBe(false);
  });
});

describe('manifestSchema and usage', () => {
  it('round-trips a manifest and adds usage, keeping cost only when known', () => {
    const usage = addUsage({ ...emptyUsage(), calls: 2, inputTokens: 10, outputTokens: 5, totalTokens: 15 }, { ...emptyUsage(), calls: 1, inputTokens: 1, outputTokens: 1, totalTokens: 2, costUsd: 0.5 });
    expect(usage).toEqual({ calls: 3, inputTokens: 11, outputTokens: 6, totalTokens: 17, cachedCalls: 0, failedCalls: 0, costUsd: 0.5 });
    expect(addUsage(emptyUsage(), emptyUsage())).not.toHaveProperty('costUsd');
    const run = {
      engine: 'offline', engineNote: 'offline', models: { clusterer: 'tenets-hdbscan' }, seed: 42, options: {},
      inputs: [{ path: 'a.jsonl', sha256: 'ab', bytes: 3 }], counts: { kept: 1 }, timings: { total: 5 }, usage: { stages: {}, total: emptyUsage() }, warnings: [],
    };
    const manifest = { schemaVersion: 2, tool: { name: 'tenets', version: '0.1.0' }, run, artefacts: { aspects: { file: 'aspects.jsonl', schemaVersion: 1, command: 'tenets run', options: {}, derivedFrom: ['feedback'] } } };
    expect(manifestSchema.parse(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
    expect(manifestSchema.safeParse({ ...manifest, schemaVersion: 1 }).success).toBe(false);
    expect(legacyManifestSchema.parse({ schemaVersion: 1, tool: { name: 'tenets', version: '0.1.0' }, ...run }).counts).toEqual({ kept: 1 });
  });
});
