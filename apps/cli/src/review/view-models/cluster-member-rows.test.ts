import type { Aspect, Feedback } from '@tenets/core';
import { describe, expect, it } from 'vitest';
import { clusterMemberRows } from './cluster-member-rows.ts';

describe('clusterMemberRows', () => {
  it('splits the critique around the evidence span and excerpts the response', () => {
    const critique = 'Honestly, it used emojis in a formal email to my boss. Please\u001B[31m stop.';
    const feedback: Feedback = { id: 'fb-1', critique, context: { response: 'Hi boss! 😊 Here is the report.' }, metadata: {} };
    const start = critique.indexOf('used');
    const aspect: Aspect = { id: 'asp-1', feedbackId: 'fb-1', behaviour: 'used emojis in a formal email', sign: 'negative', evidence: { critique: { quote: 'used emojis in a formal email', start, end: start + 29 } }, engine: 'offline' };
    const cluster = { id: 'clu', aspectIds: ['asp-1', 'asp-missing'], medoidAspectId: 'asp-1', terms: [], meanProbability: 1, reassignedAspectIds: [], sign: { positive: 0, negative: 1 } };
    const rows = clusterMemberRows({ cluster, aspectById: new Map([[aspect.id, aspect]]), feedbackById: new Map([[feedback.id, feedback]]), context: 13, responseLength: 12 });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.critique).toEqual({ before: 'Honestly, it ', span: 'used emojis in a formal email', after: ' to my boss.…' });
    expect(rows[0]!.responseExcerpt).toBe('Hi boss! 😊…');
  });
});
