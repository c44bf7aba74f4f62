import { describe, expect, it } from 'vitest';
import { roleModel } from '../__fixtures__/role-models.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import { deriveCheck } from './derive-check.ts';

const scope = (effect: string): PrincipleScope => ({ principleId: 'pri_1', principle: 'p', domain: 'support replies', effect, polarity: 'do', source: 'model' });

describe('deriveCheck', () => {
  it('uses the offline rules without a call when they find a check', async () => {
    const model = roleModel('generator-1', () => ({ json: {} }));
    const result = await deriveCheck({ scope: scope('use no emojis'), model });
    expect(result.check).toMatchObject({ source: 'offline', spec: { kind: 'regex', expect: 'no-match' } });
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it('asks the generator otherwise, and keeps a valid spec it returns', async () => {
    const model = roleModel('generator-1', () => ({ json: { checkable: true, check: { kind: 'starts-with', value: 'Hello', caseSensitive: false }, reason: 'a fixed greeting' } }));
    const result = await deriveCheck({ scope: scope('greet the customer by saying hello first'), model });
    expect(result.check).toEqual({ principleId: 'pri_1', spec: { kind: 'starts-with', value: 'Hello', caseSensitive: false }, description: 'starts with "Hello"', source: 'model' });
  });

  it('returns no check for effects that need judgement, and a counted failure for a spec it cannot interpret', async () => {
    const judgement = roleModel('generator-1', () => ({ json: { checkable: false, check: null, reason: 'tone needs judgement' } }));
    expect((await deriveCheck({ scope: scope('be warmer'), model: judgement })).check).toBeUndefined();
    const invalid = roleModel('generator-1', () => ({ json: { checkable: true, check: { kind: 'regex', pattern: '(unclosed', flags: '', expect: 'match' }, reason: 'r' } }));
    const result = await deriveCheck({ scope: scope('mention the order id'), model: invalid });
    expect(result.check).toBeUndefined();
    expect(result.failure).toMatchObject({ step: 'check', reason: 'parse_error' });
    expect(result.failure!.rawText).toContain('(unclosed');
  });
});
