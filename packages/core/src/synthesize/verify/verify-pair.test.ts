import { describe, expect, it } from 'vitest';
import { blocks, reply, roleModel, userTextOf } from '../__fixtures__/role-models.ts';
import type { DerivedCheck } from '../schemas/check-spec.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import { verifyPair } from './verify-pair.ts';

const scope: PrincipleScope = { principleId: 'pri_1', principle: 'No emojis in emails to my boss.', domain: 'emails to the boss', effect: 'use no emojis', polarity: 'avoid', source: 'model' };
const check: DerivedCheck = { principleId: 'pri_1', spec: { kind: 'regex', pattern: '\\p{Extended_Pictographic}', flags: 'u', expect: 'no-match' }, description: 'no emoji', source: 'offline' };
const pair = { scope, pairId: 'spr_1', prompt: 'Email my boss about the delay.', baseline: 'Hi boss 🙂 the report is late.', revised: 'Hi boss, the report is late.' };

/** A verifier that judges by emoji, except in `lyingOrder`, where it says both responses follow. */
function verifier(lyingOrder?: 'revised-first' | 'baseline-first') {
  return roleModel('verifier-1', ({ text }) => {
    const [first = '', second = ''] = blocks(text, 'response');
    const order = first === pair.revised ? 'revised-first' : 'baseline-first';
    if (order === lyingOrder) return { json: { reasoning: 'Both look fine.', aFollows: true, bFollows: true } };
    return { json: { reasoning: 'Looked for emojis.', aFollows: !/🙂/.test(first), bFollows: !/🙂/.test(second) } };
  });
}

describe('verifyPair', () => {
  it('passes a pair confirmed in both presentation orders, with the check agreeing', async () => {
    const model = verifier();
    const result = await verifyPair({ ...pair, check, model });
    expect(result.passed).toBe(true);
    expect(result.orders.map(({ order, revisedFollows, baselineFollows }) => ({ order, revisedFollows, baselineFollows }))).toEqual([
      { order: 'revised-first', revisedFollows: true, baselineFollows: false },
      { order: 'baseline-first', revisedFollows: true, baselineFollows: false },
    ]);
    expect(result.checks).toEqual({ baseline: { passed: false, detail: '1 match of /\\p{Extended_Pictographic}/u' }, revised: { passed: true, detail: '0 matches of /\\p{Extended_Pictographic}/u' } });
    expect(model.doGenerateCalls.map((call) => blocks(userTextOf(call), 'response'))).toEqual([
      [pair.revised, pair.baseline],
      [pair.baseline, pair.revised],
    ]);
  });

  it('drops the pair when the verifier disagrees in the revised-first order only', async () => {
    const result = await verifyPair({ ...pair, model: verifier('revised-first') });
    expect(result).toMatchObject({ passed: false, reason: 'baseline-already-follows' });
  });

  it('drops the pair when the verifier disagrees in the baseline-first order only', async () => {
    const result = await verifyPair({ ...pair, model: verifier('baseline-first') });
    expect(result).toMatchObject({ passed: false, reason: 'baseline-already-follows' });
    expect(result.orders[1]).toMatchObject({ order: 'baseline-first', baselineFollows: true });
  });

  it('drops a pair whose revision does not follow the principle in one order', async () => {
    const model = roleModel('verifier-1', ({ index }) => ({ json: { reasoning: 'r', aFollows: index === 0, bFollows: false } }));
    expect(await verifyPair({ ...pair, model })).toMatchObject({ passed: false, reason: 'revised-does-not-follow' });
  });

  it('drops without a model call when the derived check disagrees', async () => {
    const model = verifier();
    const stillEmoji = await verifyPair({ ...pair, revised: 'Hi boss 🎉 done.', check, model });
    expect(stillEmoji).toMatchObject({ passed: false, reason: 'check-revised-fails' });
    const cleanBaseline = await verifyPair({ ...pair, baseline: 'Hi boss, it is late.', check, model });
    expect(cleanBaseline).toMatchObject({ passed: false, reason: 'check-baseline-passes' });
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it('counts an unusable verdict as unscored, never as a pass', async () => {
    const model = roleModel('verifier-1', ({ text }) => (blocks(text, 'response')[0] === pair.revised ? reply('A is better') : { json: { reasoning: 'r', aFollows: false, bFollows: true } }));
    const result = await verifyPair({ ...pair, model });
    expect(result).toMatchObject({ passed: false, reason: 'verifier-unscored' });
    expect(result.failures).toMatchObject([{ step: 'verify-pair', role: 'verifier', rawText: 'A is better' }]);
  });
});
