import { describe, expect, it } from 'vitest';
import { createThresholdClusterer } from '../test/index.ts';
import { plantedPairs } from './__fixtures__/planted-pairs.ts';
import { callText, reply, scriptedConstitutionModel } from './__fixtures__/scripted-constitution-model.ts';
import { induceConstitution } from './induce-constitution.ts';
import { planConstitutionCalls } from './plan-constitution-calls.ts';
import { agreementStatistics } from './reconstruct/agreement-statistics.ts';

describe('induceConstitution (offline engine)', () => {
  it('recovers the planted words, says it is the offline engine, counts ties, and is deterministic', async () => {
    const pairs = plantedPairs();
    const first = await induceConstitution({ pairs, seed: 3 });
    const { constitution } = first;
    expect(constitution.engine).toBe('offline');
    expect(constitution.limitations.join(' ')).toContain('cannot judge truthfulness, politeness');
    expect(constitution.principles.map((principle) => principle.text).sort()).toEqual(['Select the response that mentions "blue"', 'Select the response that mentions "cat"']);
    expect(constitution.pairs).toEqual({ total: 26, ties: 1, bothBad: 1, selection: 17, heldOut: 7 });
    expect(constitution.reconstruction.selection.withConstitution.agreement).toBe(1);
    expect(constitution.reconstruction.heldOut?.withConstitution.agreement).toBe(1);
    expect(constitution.reconstruction.heldOut?.withoutConstitution).toBeNull();
    expect(constitution.principles.every((principle) => principle.leaveOneOut!.selection > 0)).toBe(true);
    expect(first.votes.every((vote) => vote.pairId !== 'pair-tie' && vote.pairId !== 'pair-bad')).toBe(true);
    const again = await induceConstitution({ pairs: [...pairs].reverse(), seed: 3 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });
});

describe('induceConstitution (model path, scripted mock)', () => {
  it('recovers the planted rules, makes the planned calls, and reports with/without agreement on held-out pairs', async () => {
    const pairs = plantedPairs();
    const model = scriptedConstitutionModel({ plantedWords: ['cat', 'blue'] });
    const result = await induceConstitution({ pairs, model, seed: 3, clusterer: createThresholdClusterer({ threshold: 0.99 }) });
    const { constitution } = result;
    expect(constitution.engine).toBe('llm');
    expect(constitution.principles.map((principle) => [principle.text, principle.votes, principle.heldOut])).toMatchInlineSnapshot(`
      [
        [
          "Select the response that mentions "cat"",
          {
            "abstain": 7,
            "against": 0,
            "both": 0,
            "for": 10,
            "invalid": 0,
            "neither": 0,
          },
          {
            "accuracy": 1,
            "pairs": 7,
            "relevance": 0.285714,
            "strength": 0.285714,
          },
        ],
        [
          "Select the response that mentions "blue"",
          {
            "abstain": 10,
            "against": 0,
            "both": 0,
            "for": 7,
            "invalid": 0,
            "neither": 0,
          },
          {
            "accuracy": 1,
            "pairs": 7,
            "relevance": 0.714286,
            "strength": 0.714286,
          },
        ],
      ]
    `);
    expect(constitution.reconstruction.heldOut).toMatchInlineSnapshot(`
      {
        "withConstitution": {
          "agreement": 1,
          "kappa": 1,
          "lower": 1,
          "pairs": 7,
          "undecided": 0,
          "upper": 1,
        },
        "withoutConstitution": {
          "agreement": 0.428571,
          "kappa": -0.272727,
          "lower": 0.142857,
          "pairs": 7,
          "undecided": 0,
          "upper": 0.857143,
        },
      }
    `);
    const plan = planConstitutionCalls({ pairs, model: true });
    const byKind = { propose: 0, vote: 0, judge: 0 };
    for (const call of model.doGenerateCalls) {
      const { system } = callText(call);
      byKind[system.startsWith('You explain') ? 'propose' : system.startsWith('You test') ? 'vote' : 'judge']++;
    }
    // The plan is exact for proposal and judging and an upper bound for voting (made before de-duplication).
    expect(byKind.propose).toBe(plan.calls.propose);
    expect(byKind.judge).toBe(plan.calls.judgeWith + plan.calls.judgeWithout);
    expect(byKind.vote).toBeLessThanOrEqual(plan.calls.vote + plan.calls.voteHeldOut);
    expect(byKind.vote).toBe(constitution.pairs.selection * Math.ceil(result.candidates.length / 40) + constitution.pairs.heldOut);
    expect(constitution.counts.voteCalls).toBe(byKind.vote);
    expect(result.usage.calls).toBe(model.doGenerateCalls.length);
  });

  it('votes S times with S seeds and aggregates; the plan multiplies voting by S', async () => {
    const pairs = plantedPairs();
    const model = scriptedConstitutionModel({ plantedWords: ['cat', 'blue'] });
    const result = await induceConstitution({ pairs, model, seed: 3, voteSeeds: 3 });
    const votes = model.doGenerateCalls.filter((call) => callText(call).system.startsWith('You test')).length;
    expect(votes).toBe(3 * (result.constitution.pairs.selection * Math.ceil(result.candidates.length / 40) + result.constitution.pairs.heldOut));
    expect(result.constitution.counts.voteCalls).toBe(votes);
    // The scripted voter is consistent across orders, so unanimity keeps every vote.
    expect(result.constitution.principles.map((principle) => principle.text).sort()).toEqual(['Select the response that mentions "blue"', 'Select the response that mentions "cat"']);
    expect(planConstitutionCalls({ pairs, model: true, voteSeeds: 3 }).calls.vote).toBe(3 * planConstitutionCalls({ pairs, model: true }).calls.vote);
  });

  it('gives byte-identical results whatever the concurrency', async () => {
    const pairs = plantedPairs();
    const run = (concurrency: number) => induceConstitution({ pairs, model: scriptedConstitutionModel({ plantedWords: ['cat', 'blue'] }), seed: 5, concurrency });
    const [serial, parallel] = await Promise.all([run(1), run(6)]);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  });

  it('counts a proposal parse failure and a failed vote call, and goes on', async () => {
    const pairs = plantedPairs();
    const model = scriptedConstitutionModel({
      plantedWords: ['cat', 'blue'],
      override: (call) => {
        const { system, user } = callText(call);
        if (system.startsWith('You explain') && user.includes('A cat named Tom')) return reply('{"principles": 5}');
        if (system.startsWith('You test') && user.includes('My dog barked')) return reply('');
        return undefined;
      },
    });
    const result = await induceConstitution({ pairs, model, seed: 3 });
    // "A cat named Tom" is the preferred text of two selection pairs.
    expect(result.failures.map((failure) => failure.reason)).toEqual(['parse_error', 'parse_error']);
    expect(result.constitution.counts.proposalFailures).toBe(2);
    expect(result.constitution.counts.failedVoteCalls).toBeGreaterThan(0);
    expect(result.constitution.counts.invalidVotes).toBeGreaterThan(0);
    expect(result.constitution.principles.length).toBeGreaterThan(0);
  });
});

describe('agreementStatistics', () => {
  it('gives half credit to undecided predictions and computes Cohen’s κ (hand-computed)', () => {
    // 4 pairs: right, right, wrong, undecided → (1 + 1 + 0 + 0.5) / 4 = 0.625.
    // Labels a,a,b,b → p(label a) = 0.5; predictions a,a,a,½ → p(pred a) = 3.5/4 = 0.875;
    // p_e = 0.5·0.875 + 0.5·0.125 = 0.5 → κ = (0.625 − 0.5) / 0.5 = 0.25.
    const statistics = agreementStatistics(
      [
        { prediction: 'a', preferred: 'a' },
        { prediction: 'a', preferred: 'a' },
        { prediction: 'a', preferred: 'b' },
        { prediction: 'undecided', preferred: 'b' },
      ],
      1,
    );
    expect(statistics).toMatchObject({ pairs: 4, agreement: 0.625, kappa: 0.25, undecided: 1 });
    expect(statistics.lower!).toBeLessThanOrEqual(0.625);
    expect(statistics.upper!).toBeGreaterThanOrEqual(0.625);
    expect(agreementStatistics([], 1)).toEqual({ pairs: 0, agreement: null, lower: null, upper: null, kappa: null, undecided: 0 });
  });
});
