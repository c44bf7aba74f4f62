import { describe, expect, it } from 'vitest';
import type { Aspect } from '../../schemas/aspect.ts';
import { scriptedModel, userText } from '../__fixtures__/mock-model.ts';
import { testMetric } from '../__fixtures__/metrics.ts';
import { computeMetaMetrics } from '../coverage/compute-meta-metrics.ts';
import type { Trait } from '../../schemas/trait.ts';
import { matchAspects } from './match-aspects.ts';

const metrics = [
  testMetric('met_recovery', 'Error recovery', 'retried after the timeout', 'gave up after the first error'),
  testMetric('met_verify', 'Answer verification', 'checked the total before answering', 'answered without checking'),
  testMetric('met_variant', 'Variant selection', 'picked the requested size', 'picked the wrong colour'),
];
const feedback = [{ id: 'f1', targetId: 't1' }, { id: 'f2' }, { id: 'f3' }];
const aspect = (id: string, feedbackId: string, sign: 'positive' | 'negative', behaviour: string): Aspect => ({
  id,
  feedbackId,
  behaviour,
  sign,
  evidence: { critique: { quote: behaviour, start: 0, end: behaviour.length } },
  engine: 'llm',
});
const trait = (itemId: string, metricId: string, rating: -1 | 0 | 1): Trait => ({ itemId, metricId, engine: 'llm', status: 'scored', rating, reasoning: `${metricId} on ${itemId}` });
const traits: Trait[] = [
  trait('t1', 'met_recovery', -1), trait('t1', 'met_verify', -1), trait('t1', 'met_variant', 1),
  trait('f2', 'met_recovery', 0), trait('f2', 'met_verify', 0), trait('f2', 'met_variant', 0),
  ...metrics.map((metric): Trait => ({ itemId: 'f3', metricId: metric.id, engine: 'llm', status: 'unscored', reason: 'api_error' })),
];

/** The ids a match prompt offers, from its closing line. */
const offered = (text: string) => /Answer with one of: ([^.]+)\./.exec(text)![1]!.split(', ');

describe('matchAspects (model)', () => {
  it('offers only same-sign detected metrics, in the prompt text, and persists every decision', async () => {
    const model = scriptedModel((call) => {
      const text = userText(call);
      if (text.includes('never checked')) return { rationale: 'About verifying the answer.', metricId: 'm2' };
      return 'garbage';
    });
    const aspects = [
      aspect('a1', 'f1', 'negative', 'never checked the total'),
      aspect('a2', 'f2', 'negative', 'gave up'), // f2: everything N/A → no candidates, no call
      aspect('a3', 'f3', 'positive', 'anything'), // f3: the judge failed → unscored, no call
    ];
    const result = await matchAspects({ aspects, feedback, traits, metrics, model, checkSignConflicts: false });
    expect(model.doGenerateCalls).toHaveLength(1);
    const prompt = userText(model.doGenerateCalls[0]!);
    expect(offered(prompt)).toEqual(['m1', 'm2', 'none']);
    expect(prompt).toContain("[m2] Answer verification (judge's rating: -1, did badly)\nDefinition: Whether the agent handles answer verification well.\nJudge's reasoning:\n<reasoning>\nmet_verify on t1\n</reasoning>");
    expect(prompt).toContain("The feedback point (the user's view: negative):\n<behaviour>\nnever checked the total\n</behaviour>");
    expect(JSON.stringify(model.doGenerateCalls[0]!.responseFormat)).toContain('"enum":["none","m1","m2"]');
    expect(result.matches).toEqual([
      { itemId: 't1', aspectId: 'a1', sign: 'negative', engine: 'llm', metricId: 'met_verify', rationale: 'About verifying the answer.', candidateMetricIds: ['met_recovery', 'met_verify'], status: 'matched' },
      { itemId: 'f2', aspectId: 'a2', sign: 'negative', engine: 'llm', metricId: null, rationale: 'No metric was detected with this sign on this item, so no call was made.', candidateMetricIds: [], status: 'unmatched' },
      { itemId: 'f3', aspectId: 'a3', sign: 'positive', engine: 'llm', metricId: null, rationale: 'The judge could not score this item, so the aspect cannot be matched.', candidateMetricIds: [], status: 'unscored', reason: 'api_error' },
    ]);
  });

  it('records a sign conflict when the aspect would match an opposite-sign rating', async () => {
    const model = scriptedModel((call) => (offered(userText(call)).includes('m3') ? { rationale: 'no', metricId: 'none' } : { rationale: 'Same behaviour, opposite verdict.', metricId: 'm1' }));
    // a positive aspect on t1: the only positive trait is m3 → asked, says none; then m1/m2 (rated −1) → m1
    const result = await matchAspects({ aspects: [aspect('a4', 'f1', 'positive', 'recovered nicely from the error')], feedback, traits, metrics, model });
    expect(model.doGenerateCalls.map((call) => offered(userText(call)))).toEqual([['m3', 'none'], ['m1', 'm2', 'none']]);
    expect(result.matches).toEqual([
      expect.objectContaining({ metricId: null, status: 'unmatched', signConflict: true, conflictMetricId: 'met_recovery', rationale: 'no Sign conflict: Same behaviour, opposite verdict.' }),
    ]);
  });

  it('stores several matches for one aspect when allowed, and coverage counts the aspect once', async () => {
    const model = scriptedModel(() => ({ rationale: 'Both.', metricIds: ['m1', 'm2'] }));
    const aspects = [aspect('a5', 'f1', 'negative', 'gave up instead of checking')];
    const result = await matchAspects({ aspects, feedback, traits, metrics, model, maxMatchesPerAspect: 2 });
    expect(result.matches.map((match) => match.metricId)).toEqual(['met_recovery', 'met_verify']);
    expect(JSON.stringify(model.doGenerateCalls[0]!.responseFormat)).toContain('"maxItems":2');
    const meta = computeMetaMetrics({ itemIds: ['t1'], metricIds: metrics.map((metric) => metric.id), aspects: [{ id: 'a5', itemId: 't1', sign: 'negative' }], traits, matches: result.matches });
    // 1 aspect, covered → 1; detected on t1: recovery, verify, variant; matched: recovery, verify → 1/3
    expect([meta.coverage, meta.redundancy]).toEqual([1, 1 / 3]);
  });

  it('marks an aspect unscored when the matcher reply is unusable', async () => {
    const model = scriptedModel(() => 'not json at all');
    const result = await matchAspects({ aspects: [aspect('a6', 'f1', 'negative', 'x')], feedback, traits, metrics, model });
    expect(result.matches).toEqual([expect.objectContaining({ metricId: null, status: 'unscored', reason: 'parse_error', rawText: 'not json at all' })]);
    expect(result.failures).toHaveLength(1);
  });
});

describe('matchAspects (offline lexical matcher)', () => {
  it('matches by similarity to same-sign examples and flags sign conflicts', async () => {
    const lexicalTraits: Trait[] = [trait('t1', 'met_recovery', -1), trait('t1', 'met_verify', 1), trait('t1', 'met_variant', 0)];
    const aspects = [
      aspect('a1', 'f1', 'negative', 'gave up after the first error'),
      aspect('a2', 'f1', 'positive', 'checked the total before answering'),
      aspect('a3', 'f1', 'negative', 'answered without checking'),
    ];
    const result = await matchAspects({ aspects, feedback, traits: lexicalTraits, metrics });
    expect(result.engine).toBe('offline-lexical');
    expect(result.matches.map((match) => [match.aspectId, match.metricId, match.signConflict ?? false])).toEqual([
      ['a1', 'met_recovery', false],
      ['a2', 'met_verify', false],
      // Negative, but the judge rated verification +1 on this item: uncovered, with a sign conflict.
      ['a3', null, true],
    ]);
    expect(result.matches[2]!.conflictMetricId).toBe('met_verify');
    expect(result.matches[0]!.rationale).toMatch(/^Offline lexical matcher: m1 \(similarity 1\.00 to the example "gave up after the first error"\)/);
  });
});
