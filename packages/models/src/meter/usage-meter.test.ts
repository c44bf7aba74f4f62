import { TenetsBudgetError, tokenUsageSchema } from '@tenets/core';
import { describe, expect, it } from 'vitest';
import { withCallScope } from './call-scope.ts';
import { UsageMeter, type MeterCallRecord } from './usage-meter.ts';

const mini = { spec: 'openai:gpt-4.1-mini', price: { input: 0.4, output: 1.6 } };
const local = { spec: 'ollama:qwen2.5:7b', price: { input: 0, output: 0 } };
const unknown = { spec: 'compatible:house', price: undefined };

describe('UsageMeter', () => {
  it('books network, cached and failed calls to the stage in scope, across awaits', async () => {
    const records: MeterCallRecord[] = [];
    const meter = new UsageMeter({ onCall: (record) => records.push(record) });
    await meter.withStage('ground', async () => {
      const first = meter.reserve(mini, { inputTokens: 1000, outputTokens: 100 });
      await new Promise((resolve) => setTimeout(resolve, 1));
      meter.recordSuccess(first, { inputTokens: 1000, outputTokens: 250 }, 2);
      meter.recordCached(mini, { inputTokens: 1000, outputTokens: 250 });
      meter.recordFailure(meter.reserve(mini, { inputTokens: 10, outputTokens: 10 }), 4);
    });
    meter.withStage('metrics', () => meter.recordSuccess(meter.reserve(local, { inputTokens: 1, outputTokens: 1 }), { inputTokens: 500, outputTokens: 50 }));
    meter.recordCached(local, { inputTokens: 3, outputTokens: 4 });

    const snapshot = meter.snapshot();
    expect(snapshot.stages.ground).toEqual({
      calls: 3,
      networkCalls: 2,
      cachedCalls: 1,
      failedCalls: 1,
      retries: 6,
      inputTokens: 1000,
      outputTokens: 250,
      totalTokens: 1250,
      cachedTokens: 1250,
      costUsd: (1000 * 0.4 + 250 * 1.6) / 1e6,
    });
    expect(snapshot.stages.unattributed).toMatchObject({ calls: 1, cachedCalls: 1, costUsd: 0 });
    expect(snapshot.total).toMatchObject({ calls: 5, networkCalls: 3, cachedCalls: 2, failedCalls: 1, inputTokens: 1500, outputTokens: 300 });
    expect(meter.spentUsd).toBeCloseTo(0.0008, 12);
    expect(records.map((record) => `${record.stage}:${record.outcome}`)).toEqual(['ground:network', 'ground:cached', 'ground:failed', 'metrics:network', 'unattributed:cached']);
    // The manifest shape validates against core's schema.
    const usage = meter.usage();
    expect(tokenUsageSchema.strict().parse(usage.total)).toEqual(usage.total);
  });

  it('reports cost as unknown once a model without a price was called', () => {
    const meter = new UsageMeter();
    meter.withStage('ground', () => {
      meter.recordSuccess(meter.reserve(mini, { inputTokens: 1, outputTokens: 1 }), { inputTokens: 10, outputTokens: 10 });
      meter.recordSuccess(meter.reserve(unknown, { inputTokens: 1, outputTokens: 1 }), { inputTokens: 10, outputTokens: 10 });
    });
    expect(meter.snapshot().total.costUsd).toBeUndefined();
    expect(meter.snapshot().total.totalTokens).toBe(40);
  });

  it('prices cached prompt tokens and the batch discount', () => {
    const meter = new UsageMeter();
    const batch = { spec: 'openai:gpt-4.1-mini', price: { input: 0.4, cachedInput: 0.1, output: 1.6 }, costFactor: 0.5 };
    meter.recordSuccess(meter.reserve(batch, { inputTokens: 0, outputTokens: 0 }), { inputTokens: 1_000_000, cachedInputTokens: 1_000_000, outputTokens: 0 });
    expect(meter.spentUsd).toBeCloseTo(0.05, 12);
  });

  it('throws TenetsBudgetError before a call would pass the budget, counting calls in flight, and then keeps refusing', () => {
    const meter = new UsageMeter({ maxCostUsd: 0.001 });
    const estimate = { inputTokens: 1000, outputTokens: 200 }; // $0.00072 each
    const first = meter.reserve(mini, estimate);
    expect(() => meter.reserve(mini, estimate)).toThrow(TenetsBudgetError);
    meter.recordSuccess(first, { inputTokens: 100, outputTokens: 10 });
    // Even though the actual spend was small, the run has stopped: further calls keep throwing.
    expect(() => meter.reserve(local, { inputTokens: 1, outputTokens: 1 })).toThrow(/Cost budget reached/);
  });

  it('lets free calls through a zero budget until something costs money', () => {
    const meter = new UsageMeter({ maxCostUsd: 0 });
    meter.recordSuccess(meter.reserve(local, { inputTokens: 5000, outputTokens: 5000 }), { inputTokens: 5000, outputTokens: 5000 });
    expect(() => meter.reserve(mini, { inputTokens: 1, outputTokens: 0 })).toThrow(TenetsBudgetError);
  });

  it('merges nested scopes: an inner promptVersion keeps the outer stage', () => {
    const meter = new UsageMeter();
    meter.withStage('principles', () => withCallScope({ promptVersion: 'p2' }, () => meter.recordCached(local, { inputTokens: 1, outputTokens: 1 })));
    expect(Object.keys(meter.snapshot().stages)).toEqual(['principles']);
  });
});
