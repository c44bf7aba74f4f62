import { describe, expect, it } from 'vitest';
import type { Feedback } from '../../schemas/feedback.ts';
import { testAspect } from '../__fixtures__/aspects.ts';
import { scriptedModel, systemText, userText } from '../__fixtures__/mock-model.ts';
import { induceMetrics } from './induce-metrics.ts';
import { TenetsInductionError } from './induction-failed-error.ts';

// Three obvious behaviour groups in 3-d: disabled buttons (x), wrong variants (y), verification (z).
const aspects = [
  testAspect('asp_1', 'f1', 'negative', 'clicked the disabled button three times'),
  testAspect('asp_2', 'f2', 'negative', 'kept pressing a greyed-out button'),
  testAspect('asp_3', 'f3', 'positive', 'filled the required field before clicking'),
  testAspect('asp_4', 'f1', 'negative', 'picked the wrong size'),
  testAspect('asp_5', 'f4', 'positive', 'switched to the requested colour'),
  testAspect('asp_6', 'f5', 'positive', 'checked the total before answering'),
  testAspect('asp_7', 'f6', 'negative', 'reported a price it never checked'),
];
const vector = (x: number, y: number, z: number) => Float32Array.from([x, y, z].map((value) => value / Math.hypot(x, y, z)));
const embeddings = new Map([
  ['asp_1', vector(1, 0.05, 0)], ['asp_2', vector(1, 0, 0.05)], ['asp_3', vector(0.9, 0.1, 0)],
  ['asp_4', vector(0, 1, 0.05)], ['asp_5', vector(0.05, 1, 0)],
  ['asp_6', vector(0, 0.05, 1)], ['asp_7', vector(0.05, 0, 1)],
]);
const feedback: Feedback[] = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'].map((id) => ({ id, critique: `critique ${id}`, metadata: {} }));

/** Parses the groups of an induction prompt: group short id → [aspect short id, behaviour] pairs. */
function groupsOf(prompt: string): Map<string, Array<[string, string]>> {
  const groups = new Map<string, Array<[string, string]>>();
  let current = '';
  for (const line of prompt.split('\n')) {
    const group = /^Group (c\d+):$/.exec(line);
    if (group) groups.set((current = group[1]!), []);
    const member = /^(a\d+) \((?:positive|negative)\): <behaviour> (.*) <\/behaviour>$/.exec(line);
    if (member) groups.get(current)!.push([member[1]!, member[2]!]);
  }
  return groups;
}

describe('induceMetrics (model)', () => {
  it('asks for exactly N metrics over pre-clusters and checks the assignment in code', async () => {
    const model = scriptedModel((call) => {
      const groups = [...groupsOf(userText(call))];
      const find = (text: string) => groups.find(([, members]) => members.some(([, behaviour]) => behaviour.includes(text)))!;
      const buttons = find('disabled button');
      const variant = find('wrong size');
      const verify = find('checked the total');
      const memberId = (text: string) => groups.flatMap(([, members]) => members).find(([, behaviour]) => behaviour.includes(text))![0];
      return {
        metrics: [
          // "Button handling" takes the button group but leaves one behaviour out (named nowhere → reassigned).
          { name: 'Button handling', definition: 'Handles disabled controls.', applicability: 'A button is involved.', clusterIds: [], aspectIds: buttons[1].map(([id]) => id).filter((id) => id !== memberId('greyed-out')), goodExampleIds: [memberId('required field')], badExampleIds: ['a99'] },
          // "Task fidelity" merges the variant and verification groups.
          { name: 'Task fidelity', definition: 'Does what was asked, checked.', applicability: 'Always.', clusterIds: [variant[0], verify[0]], aspectIds: [], goodExampleIds: [memberId('checked the total')], badExampleIds: [memberId('wrong size')] },
        ],
      };
    });
    const result = await induceMetrics({ aspects, feedback, n: 2, embeddings, model, seed: 7, preClusters: 3 });
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(systemText(model.doGenerateCalls[0]!)).toContain('Produce exactly 2 metrics.');
    expect(JSON.stringify(model.doGenerateCalls[0]!.responseFormat)).toContain('"minItems":2,"maxItems":2');
    expect(groupsOf(userText(model.doGenerateCalls[0]!)).size).toBe(3);

    expect(result.metrics.map((metric) => [metric.name, metric.supportingAspectIds])).toEqual([
      ['Button handling', ['asp_1', 'asp_2', 'asp_3']],
      ['Task fidelity', ['asp_4', 'asp_5', 'asp_6', 'asp_7']],
    ]);
    // Every aspect is assigned; the one the model skipped is reported.
    expect(Object.keys(result.assignment).sort()).toEqual(aspects.map((aspect) => aspect.id));
    expect(result.reassigned.map((entry) => [entry.aspectId, entry.metricId])).toEqual([['asp_2', result.metrics[0]!.id]]);
    const [buttons, fidelity] = result.metrics;
    expect(buttons!.goodExamples.map((example) => example.aspectId)).toEqual(['asp_3']);
    // The bad example id was unknown, so the most central negative member was used and a warning says so.
    expect(buttons!.badExamples.map((example) => example.aspectId)).toHaveLength(2);
    expect(result.warnings.join('\n')).toMatch(/not assigned by the model[\s\S]*chosen by similarity/);
    expect(fidelity).toMatchObject({ prevalence: 4 / 7, signBalance: { positive: 2, negative: 2 }, applicability: 'Always.', engine: 'llm' });
    expect(fidelity!.clusterIds).toHaveLength(2);
  });

  it('throws a TenetsInductionError with the raw reply when the model returns the wrong number of metrics', async () => {
    const model = scriptedModel(() => ({ metrics: [{ name: 'x', definition: 'y', applicability: 'z', clusterIds: [], aspectIds: [], goodExampleIds: [], badExampleIds: [] }] }));
    const failure = induceMetrics({ aspects, feedback, n: 2, embeddings, model, seed: 7, preClusters: 3 });
    await expect(failure).rejects.toBeInstanceOf(TenetsInductionError);
    await expect(failure).rejects.toMatchObject({ reason: 'parse_error', usage: { calls: 2 } });
    // One call plus one repair attempt.
    expect(model.doGenerateCalls).toHaveLength(2);
  });
});

describe('induceMetrics (offline)', () => {
  it('k-means into N groups, extractive metrics with provenance, deterministic for a seed', async () => {
    const first = await induceMetrics({ aspects, feedback, n: 3, embeddings, seed: 3 });
    const second = await induceMetrics({ aspects: [...aspects].reverse(), feedback, n: 3, embeddings, seed: 3 });
    expect(first.engine).toBe('offline');
    expect(first.metrics.map((metric) => metric.supportingAspectIds)).toEqual([['asp_1', 'asp_2', 'asp_3'], ['asp_4', 'asp_5'], ['asp_6', 'asp_7']]);
    expect(second.metrics).toEqual(first.metrics);
    expect(first.metrics[0]!.badExamples.map((example) => example.aspectId).sort()).toEqual(['asp_1', 'asp_2']);
    expect(first.metrics[0]!.goodExamples.map((example) => example.aspectId)).toEqual(['asp_3']);
  });

  it('induces fewer metrics than asked when there are fewer aspects, and says so', async () => {
    const result = await induceMetrics({ aspects: aspects.slice(0, 2), feedback, n: 5, embeddings, seed: 1 });
    expect(result.metrics.length).toBeLessThanOrEqual(2);
    expect(result.warnings[0]).toBe('Asked for 5 metrics but there are only 2 aspects; inducing 2.');
  });
});
