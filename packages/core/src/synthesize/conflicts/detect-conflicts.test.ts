import { describe, expect, it } from 'vitest';
import { roleModel } from '../__fixtures__/role-models.ts';
import type { DerivedCheck } from '../schemas/check-spec.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import { detectConflicts } from './detect-conflicts.ts';

const scope = (principleId: string, domain: string, effect: string, polarity: 'do' | 'avoid'): PrincipleScope => ({ principleId, principle: `${domain}: ${effect}`, domain, effect, polarity, source: 'override' });
const emoji = (principleId: string, expect: 'match' | 'no-match'): DerivedCheck => ({ principleId, spec: { kind: 'regex', pattern: '\\p{Extended_Pictographic}', flags: 'u', expect }, description: '', source: 'offline' });

describe('detectConflicts', () => {
  const scopes = [
    scope('pri_a', 'emails to my boss', 'use no emojis', 'avoid'),
    scope('pri_b', 'emails to my boss about holidays', 'add a party emoji', 'do'),
    scope('pri_c', 'recipes', 'list ingredients first', 'do'),
  ];

  it('reports overlapping domains with contradicting checks, offline', async () => {
    const result = await detectConflicts({ scopes, checks: [emoji('pri_a', 'no-match'), emoji('pri_b', 'match')] });
    expect(result.conflicts).toEqual([
      { principleIds: ['pri_a', 'pri_b'], domainSimilarity: 2 / 3, kind: 'contradicting-checks', explanation: 'Derived checks contradict: one requires /\\p{Extended_Pictographic}/ and the other forbids it.', source: 'offline' },
    ]);
  });

  it('asks the model about overlapping pairs without a settling check, and skips disjoint domains', async () => {
    const model = roleModel('generator-1', () => ({ json: { overlap: true, opposed: true, explanation: 'Holiday emails to the boss fall under both.' } }));
    const result = await detectConflicts({ scopes, model });
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(result.conflicts).toMatchObject([{ principleIds: ['pri_a', 'pri_b'], kind: 'opposite-effects', source: 'model' }]);
  });

  it('without a model, flags opposite polarity on similarly worded effects', async () => {
    const result = await detectConflicts({ scopes: [scope('pri_x', 'every response', 'use emojis', 'do'), scope('pri_y', 'support replies', 'never use emojis', 'avoid')] });
    expect(result.conflicts).toMatchObject([{ principleIds: ['pri_x', 'pri_y'], kind: 'opposite-effects', domainSimilarity: null, source: 'offline' }]);
  });
});
