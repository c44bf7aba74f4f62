import { describe, expect, it } from 'vitest';
import type { PipelineEvent } from '../../events/pipeline-event.ts';
import { scriptedModel, systemText, userText } from '../__fixtures__/mock-model.ts';
import { testMetric } from '../__fixtures__/metrics.ts';
import type { JudgeItem } from '../../schemas/judge-item.ts';
import type { Trait } from '../../schemas/trait.ts';
import { judgeItems } from './judge-items.ts';

const metrics = [
  testMetric('met_recovery', 'Error recovery', 'retried after the timeout', 'gave up after the first error'),
  testMetric('met_verify', 'Answer verification', 'checked the total before answering', 'answered without checking'),
  testMetric('met_variant', 'Variant selection', 'picked the requested size', 'picked the wrong colour', 'the task names a product variant'),
];
const items: JudgeItem[] = [
  { id: 'f1', targetId: 't1', context: { prompt: 'Buy a red mug', trajectory: [{ action: 'click(#buy)', observation: 'Error 500' }] } },
  { id: 'f2', context: { prompt: 'Find the cheapest flight', trajectory: [{ action: 'search()', observation: '3 flights' }] } },
  { id: 'f3', targetId: 't1', critique: 'second critique of t1' },
];

/** Short ids asked for in a judge prompt, from its closing line. */
function askedIds(text: string): string[] {
  return /exactly once: ([^.]+)\./.exec(text)![1]!.split(', ');
}

describe('judgeItems (model)', () => {
  it('rates every item on every metric in one call per chunk, referring to metrics by short id', async () => {
    const model = scriptedModel((call) => ({
      ratings: askedIds(userText(call)).map((id) => ({ metricId: id, reasoning: `about ${id}`, rating: id === 'm1' ? -1 : id === 'm2' ? 1 : 0 })),
    }));
    const result = await judgeItems({ items, metrics, model, seed: 1 });
    // t1 (f1 and f3 share the target) and f2: two items, one call each.
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(result.engine).toBe('llm');
    expect(result.traits.map((trait) => [trait.itemId, trait.metricId, trait.status === 'scored' ? trait.rating : trait.reason])).toEqual([
      ['t1', 'met_recovery', -1],
      ['t1', 'met_verify', 1],
      ['t1', 'met_variant', 0],
      ['f2', 'met_recovery', -1],
      ['f2', 'met_verify', 1],
      ['f2', 'met_variant', 0],
    ]);
    expect(result.traits[0]).toMatchObject({ judge: 'mock/scripted', reasoning: 'about m1' });
    expect(result.usage.calls).toBe(2);
    const prompt = userText(model.doGenerateCalls[0]!);
    expect(prompt).toContain('[m3] Variant selection\nDefinition: Whether the agent handles variant selection well.\nApplies when: the task names a product variant');
    expect(prompt).toContain('<trajectory>\nThe task is: Buy a red mug\n\nStep 1\nAction: click(#buy)\nObservation: Error 500\n</trajectory>');
    expect(systemText(model.doGenerateCalls[0]!)).toContain('0  = the metric does not apply to this item');
  });

  it('splits metrics over several calls when they do not fit one', async () => {
    const model = scriptedModel((call) => ({ ratings: askedIds(userText(call)).map((id) => ({ metricId: id, reasoning: 'r', rating: 1 })) }));
    const result = await judgeItems({ items: [items[1]!], metrics, model, metricsPerCall: 2 });
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(model.doGenerateCalls.map((call) => askedIds(userText(call)).length).sort()).toEqual([1, 2]);
    expect(result.traits.every((trait) => trait.status === 'scored' && trait.rating === 1)).toBe(true);
  });

  it('marks an unparseable reply unscored with its reason and raw text — never −1', async () => {
    const events: PipelineEvent[] = [];
    const model = scriptedModel(() => 'I think the agent did badly overall.');
    const result = await judgeItems({ items: [items[1]!], metrics, model, onEvent: (event) => void events.push(event) });
    // One call plus one repair attempt, both unusable.
    expect(model.doGenerateCalls).toHaveLength(2);
    expect(result.traits.map((trait) => trait.status)).toEqual(['unscored', 'unscored', 'unscored']);
    const trait = result.traits[0] as Extract<Trait, { status: 'unscored' }>;
    expect(trait.reason).toBe('parse_error');
    expect(trait.rawText).toBe('I think the agent did badly overall.');
    expect(result.failures).toHaveLength(1);
    expect(events.filter((event) => event.type === 'item-failed')).toHaveLength(1);
  });

  it('marks metrics the reply skipped as unscored and keeps the rest', async () => {
    const model = scriptedModel((call) => ({ ratings: askedIds(userText(call)).filter((id) => id !== 'm2').map((id) => ({ metricId: id, reasoning: 'r', rating: -1 })) }));
    const result = await judgeItems({ items: [items[1]!], metrics, model });
    expect(result.traits.map((trait) => (trait.status === 'scored' ? trait.rating : trait.reason))).toEqual([-1, 'parse_error', -1]);
    expect(result.failures[0]!.metricIds).toEqual(['met_verify']);
  });

  it('answers repeated (metric set, item) pairs from the cache and never caches failures', async () => {
    const cache = new Map<string, readonly Trait[]>();
    let fail = true;
    const model = scriptedModel((call) => (fail && userText(call).includes('red mug') ? 'not json' : { ratings: askedIds(userText(call)).map((id) => ({ metricId: id, reasoning: 'r', rating: 1 })) }));
    const first = await judgeItems({ items, metrics, model, cache });
    expect(first.cachedItems).toBe(0);
    expect(cache.size).toBe(1);
    fail = false;
    const second = await judgeItems({ items, metrics, model, cache });
    expect(second.cachedItems).toBe(1);
    // first run: 2 calls for the failing item (with repair) + 1; second run: only the failed item again.
    expect(model.doGenerateCalls).toHaveLength(4);
    expect(second.traits.every((trait) => trait.status === 'scored')).toBe(true);
  });
});

describe('judgeItems (offline lexical judge)', () => {
  const lexicalMetrics = [
    testMetric('met_buttons', 'Disabled controls', 'filled the required phone number field before confirming', 'clicked the disabled confirm button again and again'),
    testMetric('met_variant', 'Variant selection', 'switched to the requested colour navy', 'picked the wrong colour charcoal'),
  ];
  const lexicalItems: JudgeItem[] = [
    { id: 'f1', critique: 'It clicked the disabled confirm button again and again.', context: { prompt: 'Book a table' } },
    { id: 'f2', critique: 'Nicely switched to the requested colour navy.', context: { prompt: 'Buy a hoodie' } },
    { id: 'f3', critique: 'The weather report was late.', context: { prompt: 'Check the forecast' } },
  ];

  it('rates by similarity to good versus bad examples, 0 below the applicability threshold, and says so', async () => {
    const result = await judgeItems({ items: lexicalItems, metrics: lexicalMetrics });
    expect(result.engine).toBe('offline-lexical');
    expect(result.usage.calls).toBe(0);
    expect(result.traits.map((trait) => `${trait.itemId}:${trait.metricId}:${trait.status === 'scored' ? trait.rating : '?'}`)).toEqual([
      'f1:met_buttons:-1', 'f1:met_variant:0',
      'f2:met_buttons:0', 'f2:met_variant:1',
      'f3:met_buttons:0', 'f3:met_variant:0',
    ]);
    expect(result.traits.every((trait) => trait.status === 'scored' && trait.reasoning.startsWith('Offline lexical judge'))).toBe(true);
  });

  it('ignores the critique when told to, leaving only the item content', async () => {
    const result = await judgeItems({ items: lexicalItems, metrics: lexicalMetrics, offline: { useCritique: false } });
    expect(result.traits.every((trait) => trait.status === 'scored' && trait.rating === 0)).toBe(true);
  });
});
