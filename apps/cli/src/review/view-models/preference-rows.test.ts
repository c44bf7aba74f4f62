import { describe, expect, it } from 'vitest';
import { preferenceRows } from './preference-rows.ts';

describe('preferenceRows', () => {
  it('groups by principle then scope, applies edited scopes and marks dropped pairs', () => {
    const rows = preferenceRows({
      pairs: [
        { id: 'p3', principleId: 'pri-b', scope: 'email', chosen: 'Dear Ms Lee,', rejected: 'Hey! 😊' },
        { id: 'p1', principleId: 'pri-a', scope: 'support', chosen: 'x', rejected: 'y', verification: { passed: false, note: 'judge preferred B' } },
        { id: 'p2', principleId: 'pri-a', chosen: 'x', rejected: 'y', verification: { passed: true } },
      ],
      dropped: new Set(['p3']),
      scopes: new Map([['p2', 'billing']]),
    });
    expect(rows.map((row) => `${row.principleId} ${row.scope} ${row.id} ${row.verification}${row.dropped ? ' dropped' : ''}`)).toEqual([
      'pri-a billing p2 passed',
      'pri-a support p1 failed',
      'pri-b email p3 unverified dropped',
    ]);
  });
});
