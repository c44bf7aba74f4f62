import { describe, expect, it } from 'vitest';
import type { PipelineEvent } from '../events/pipeline-event.ts';
import { feedbackSchema } from '../schemas/feedback.ts';
import { groundFeedback, setAsideTotals } from './ground-feedback.ts';

describe('groundFeedback (offline)', () => {
  it('counts the clauses that named no behaviour, by outcome and kind, and says why a critique is ungroundable', async () => {
    const feedback = [
      { id: 'fb-1', critique: 'Answered 12 instead of 11. The correct answer is 44/4=11. ft. Thanks!' },
      { id: 'fb-2', critique: 'My gaming chair stopped working after a week, which is annoying enough on its own.' },
    ].map((record) => feedbackSchema.parse(record));
    const events: PipelineEvent[] = [];
    const result = await groundFeedback({ feedback, onEvent: (event) => void events.push(event), now: () => 0 });
    expect(result.aspects.map((aspect) => aspect.behaviour)).toEqual(['answered 12 instead of 11']);
    expect(result.setAside).toEqual({ 'attached.critic-answer': 1, 'dropped.filler': 1, 'dropped.fragment': 1, 'dropped.own-problem': 1 });
    expect(result.ungroundable).toEqual([{ feedbackId: 'fb-2', reason: 'names no behaviour of the assistant (a product or life problem of the critic, or the prompt restated)' }]);
    expect(events.find((event) => event.type === 'stage-end')).toMatchObject({ counts: { aspects: 1, ungroundable: 1, attached: 1, dropped: 2 } });
  });

  it('leaves greetings and thanks out of the dropped total', () => {
    expect(setAsideTotals({ 'attached.own-story': 2, 'dropped.filler': 9, 'dropped.verdict': 1 })).toEqual({ attached: 2, dropped: 1 });
  });
});
