import { describe, expect, it } from 'vitest';
import { blocks, reply, roleModel } from '../__fixtures__/role-models.ts';
import type { DerivedCheck } from '../schemas/check-spec.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import type { SynthesisRecord } from '../schemas/synthesis-record.ts';
import { scoreSynthesisOutputs } from './score-synthesis-outputs.ts';

const scope = (principleId: string): PrincipleScope => ({ principleId, principle: 'p', domain: 'd', effect: 'e', polarity: 'avoid', source: 'override' });
const record = (id: string, principleId: string, scope: 'in' | 'near' | 'out', baseline: string): SynthesisRecord => ({
  id,
  principleId,
  scope,
  category: 'c',
  prompt: `prompt ${id}`,
  baseline: { text: baseline, model: 'policy', finishReason: 'stop' },
  verification: { method: 'verifier', orders: [], passed: true },
  checks: {},
  split: 'test',
  models: {},
  origin: { kind: 'generated', feedbackIds: [] },
  needsGeneration: false,
});
const emojiCheck: DerivedCheck = { principleId: 'pri_check', spec: { kind: 'regex', pattern: '\\p{Extended_Pictographic}', flags: 'u', expect: 'no-match' }, description: '', source: 'offline' };

describe('scoreSynthesisOutputs', () => {
  it('scores checkable principles with h ∈ {+1, 0, −1} and computes S_in, S_out, S_overall', async () => {
    const records = [record('in1', 'pri_check', 'in', 'Hi 🙂'), record('in2', 'pri_check', 'in', 'Hi 🙂'), record('near1', 'pri_check', 'near', 'Yo 🎉'), record('out1', 'pri_check', 'out', 'Boil 7 min')];
    const outputs = new Map([
      ['in1', 'Hi'], // +1: only the new output passes
      ['in2', 'Hi 🙂'], // 0: neither passes
      ['near1', 'Yo'], // +1 change where nothing should change: |1|
      ['out1', 'Boil 7 min'], // 0
    ]);
    const result = await scoreSynthesisOutputs({ records, outputs, scopes: [scope('pri_check')], checks: [emojiCheck], model: null, bootstrapSamples: 50 });
    expect(result.items.map((item) => [item.recordId, item.method, item.score])).toEqual([['in1', 'check', 1], ['in2', 'check', 0], ['near1', 'check', 1], ['out1', 'check', 0]]);
    expect({ sIn: result.sIn, sOut: result.sOut, sNear: result.sNear, sOutOfScope: result.sOutOfScope, sOverall: result.sOverall }).toEqual({ sIn: 0.5, sOut: 0.5, sNear: 1, sOutOfScope: 0, sOverall: 0.5 });
    expect(result.intervals.sIn!.low).toBeLessThanOrEqual(0.5);
    expect(result.intervals.sIn!.high).toBeGreaterThanOrEqual(0.5);
  });

  it('judges qualitative principles in both orders, swapping and averaging; unusable readings are unscored', async () => {
    // The judge rates B much better (5) when B is the tuned output, and A better (1) when A is: consistent, g = +1.
    const model = roleModel('judge-1', ({ text }) => {
      const [, second = ''] = blocks(text, 'response');
      if (second === 'broken') return reply('five');
      return { json: { explanation: 'x', rating: second.startsWith('tuned') ? 5 : 1 } };
    });
    const records = [record('in1', 'pri_q', 'in', 'base'), record('in2', 'pri_q', 'in', 'base'), record('out1', 'pri_q', 'out', 'base'), record('in3', 'pri_q', 'in', 'base')];
    const outputs = new Map([['in1', 'tuned answer'], ['in2', 'broken'], ['out1', 'tuned answer']]);
    const result = await scoreSynthesisOutputs({ records, outputs, scopes: [scope('pri_q')], checks: [], model, concurrency: 1, bootstrapSamples: 20 });
    expect(result.items.map((item) => [item.recordId, item.method, item.score, item.reason ?? ''])).toEqual([
      ['in1', 'judge', 1, ''],
      ['in2', 'judge', null, 'judge reply unusable'],
      ['out1', 'judge', 1, ''],
      ['in3', 'none', null, 'no output for this prompt'],
    ]);
    expect({ sIn: result.sIn, sOut: result.sOut, sOverall: result.sOverall, unscored: result.unscored }).toEqual({ sIn: 1, sOut: 1, sOverall: 0.5, unscored: 2 });
    expect(result.failures).toMatchObject([{ step: 'judge-output', itemId: 'in2/output-second', rawText: 'five' }]);
  });
});
