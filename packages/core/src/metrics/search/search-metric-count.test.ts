import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import { testAspect } from '../__fixtures__/aspects.ts';
import { scriptedModel, systemText, userText } from '../__fixtures__/mock-model.ts';
import { searchMetricCount } from './search-metric-count.ts';

// Six behaviour types. Item i shows type i % 6 (and, every third item, type (i + 2) % 6 too).
const types = ['disabled button', 'wrong variant', 'gave up early', 'looped page', 'error recovery', 'verified answer'];
const feedback: Feedback[] = [];
const aspects: Aspect[] = [];
for (let item = 0; item < 30; item++) {
  const shown = item % 3 === 0 ? [item % 6, (item + 2) % 6] : [item % 6];
  const signs = shown.map((type): Aspect['sign'] => ((item + type) % 2 === 0 ? 'negative' : 'positive'));
  feedback.push({
    id: `f${item}`,
    critique: `critique ${item}`,
    context: { prompt: `task ${item}`, trajectory: shown.map((type, index) => ({ action: `step showing <${types[type]}> done ${signs[index]}` })) },
    metadata: {},
  });
  shown.forEach((type, index) => aspects.push(testAspect(`asp_${item}_${type}`, `f${item}`, signs[index]!, `${types[type]} handled ${signs[index] === 'positive' ? 'well' : 'badly'} in run ${item}`)));
}

/**
 * A scripted model for all three operators. Induction: with N ≥ 6, one metric per type plus N − 6 "Filler"
 * metrics; with N < 6, N − 1 type metrics and one vague "Misc" metric for the rest. Judge: a type metric is
 * rated by the item's sign for that type, 0 when absent; Misc is always 0; Filler is always −1 (detected,
 * but nobody asked). Matcher: the candidate named after the aspect's type, else none. So coverage is 1 from
 * N = 6 on and lower below it, and redundancy grows past 6: the search must settle on N* = 6.
 */
function script(call: LanguageModelV4CallOptions): unknown {
  const system = systemText(call);
  const text = userText(call);
  if (system.includes('into evaluation metrics')) {
    const n = Number(/Produce exactly (\d+) metrics/.exec(system)![1]);
    const members = [...text.matchAll(/^(a\d+) \((?:positive|negative)\): <behaviour> (.*) <\/behaviour>$/gm)].map((match) => ({ id: match[1]!, behaviour: match[2]! }));
    const ofType = (type: number) => members.filter((member) => member.behaviour.startsWith(types[type]!)).map((member) => member.id);
    const metric = (name: string, aspectIds: string[]) => ({ name, definition: `About ${name}.`, applicability: 'Always.', clusterIds: [], aspectIds, goodExampleIds: [], badExampleIds: [] });
    const typed = Math.min(6, n) - (n < 6 ? 1 : 0);
    const pools = types.map((_, type) => ofType(type));
    // Each filler takes one behaviour (rotating over the types, from the end) so it has provenance.
    const fillers = Array.from({ length: Math.max(0, n - 6) }, (_, filler) => pools[filler % 6]!.pop()!);
    const metrics = types.slice(0, typed).map((name, type) => metric(`Type ${name}`, pools[type]!));
    if (n < 6) metrics.push(metric('Misc', pools.slice(typed).flat()));
    fillers.forEach((aspectId, filler) => metrics.push(metric(`Filler ${filler}`, [aspectId])));
    return { metrics };
  }
  if (system.includes('You are an evaluator')) {
    const ids = [...text.matchAll(/^\[(m\d+)\] (.*)$/gm)].map((match) => ({ id: match[1]!, name: match[2]! }));
    return {
      ratings: ids.map(({ id, name }) => {
        const type = types.findIndex((candidate) => name === `Type ${candidate}`);
        const shown = type >= 0 ? new RegExp(`<${types[type]}> done (positive|negative)`).exec(text) : null;
        const rating = name.startsWith('Filler') ? -1 : shown ? (shown[1] === 'positive' ? 1 : -1) : 0;
        return { metricId: id, reasoning: `${name}: ${rating}`, rating };
      }),
    };
  }
  const behaviour = /<behaviour>\n(.*)\n<\/behaviour>/.exec(text)![1]!;
  const candidate = [...text.matchAll(/^\[(m\d+)\] Type (.*) \(judge's rating/gm)].find((match) => behaviour.startsWith(match[2]!));
  return { rationale: candidate ? 'Same behaviour.' : 'Nothing matches.', metricId: candidate?.[1] ?? 'none' };
}

describe('searchMetricCount', () => {
  it('keeps the sets within a point of the best coverage, picks the lowest redundancy, re-centres and stops when N* is stable', async () => {
    const model = scriptedModel(script);
    const info: string[] = [];
    const result = await searchMetricCount({ feedback, aspects, model, seed: 11, bootstrapSamples: 200, onEvent: (event) => void (event.type === 'info' && info.push(event.message)) });

    expect(result.split.trainItemIds).toHaveLength(24);
    expect(result.split.heldOutItemIds).toHaveLength(6);
    expect(result.rounds).toBe(2);
    expect(result.stopReason).toBe('stable');
    expect(result.chosen!.row).toMatchObject({ n: 6, round: 1, coverage: 1, redundancy: 0, chosen: true, kept: true });
    // Round 1: N = 4..13 × 2 seeds; round 2: N* ± 2 = 4..8 × 2 new seeds.
    expect(result.table.map((row) => `${row.round}:${row.n}`)).toEqual([
      ...[4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13].map((n) => `1:${n}`),
      ...[4, 4, 5, 5, 6, 6, 7, 7, 8, 8].map((n) => `2:${n}`),
    ]);
    const byN = (n: number) => result.table.filter((row) => row.n === n);
    for (const n of [6, 7, 8, 13]) expect(byN(n).every((row) => row.coverage === 1)).toBe(true);
    for (const n of [4, 5]) expect(byN(n).every((row) => row.coverage! < 1)).toBe(true);
    // Fillers are detected on every held-out item and never matched: redundancy rises with N.
    const redundancy = [6, 7, 8, 9, 10].map((n) => byN(n)[0]!.redundancy!);
    expect(redundancy).toEqual([...redundancy].sort((left, right) => left - right));
    expect(redundancy[0]).toBe(0);
    expect(redundancy[1]).toBeGreaterThan(0);
    // Only the N ≥ 6 sets are within one point of the best coverage.
    expect(new Set(result.table.filter((row) => row.kept).map((row) => row.n)).size).toBe(8);
    expect(result.table.filter((row) => row.kept).every((row) => row.n >= 6)).toBe(true);

    expect(result.decisions.map((decision) => `${decision.round}:${decision.kind}`).filter((entry) => !entry.endsWith('candidate'))).toEqual([
      '0:split', '1:range', '1:select', '2:range', '2:select', '2:stop',
    ]);
    expect(result.decisions.find((decision) => decision.kind === 'select')!.message).toBe(
      'Best coverage so far 100.0%; 16 set(s) within 1.0% of it (N = 6, 7, 8, 9, 10, 11, 12, 13); lowest redundancy 0.0% → N* = 6 (seed ' + result.chosen!.row.seed + ').',
    );
    expect(result.decisions.at(-1)!.message).toBe('N* = 6 is unchanged from the previous round; stopping.');
    expect(info).toHaveLength(result.decisions.length);

    // The scripted induction ignores the seed, so every N = 6 set is the same: perfectly stable, and the
    // second seed's judge calls all come from the cache.
    expect(result.stability).toEqual({ n: 6, sets: 4, pairs: 6, meanOverlap: 1, minOverlap: 1 });
    expect(byN(6).slice(1).every((row) => row.cachedItems === 6)).toBe(true);
    expect(result.chosen!.evaluation!.evaluation.intervals).toMatchObject({ samples: 200, coverage: { low: 1, high: 1 } });
    expect(result.usage.calls).toBe(result.table.reduce((sum, row) => sum + row.calls, 0));
  });

  it('stops before the call budget would be exceeded and still chooses among what it measured', async () => {
    const model = scriptedModel(script);
    const result = await searchMetricCount({ feedback, aspects, model, seed: 11, callBudget: 120, bootstrapSamples: 0 });
    expect(result.stopReason).toBe('budget');
    expect(result.usage.calls).toBeLessThanOrEqual(120);
    expect(result.table.length).toBeGreaterThan(0);
    expect(result.decisions.filter((decision) => decision.kind === 'budget')).toHaveLength(1);
    expect(result.chosen).not.toBeNull();
    expect(result.table.map((row) => row.n)).toContain(result.chosen!.row.n);
  });

  it('never lets held-out aspects reach induction', async () => {
    const model = scriptedModel(script);
    const result = await searchMetricCount({ feedback, aspects, model, seed: 11, nRange: [6, 6], seedsPerN: 1, maxRounds: 1, bootstrapSamples: 0 });
    const heldOut = new Set(result.split.heldOutItemIds);
    const inductionPrompts = model.doGenerateCalls.filter((call) => systemText(call).includes('into evaluation metrics')).map(userText);
    for (const aspect of aspects.filter((candidate) => heldOut.has(candidate.feedbackId))) {
      for (const prompt of inductionPrompts) expect(prompt).not.toContain(aspect.behaviour);
    }
    expect(result.chosen!.induction!.metrics.flatMap((metric) => metric.supportingAspectIds).every((id) => !heldOut.has(`f${id.split('_')[1]}`))).toBe(true);
  });
});
