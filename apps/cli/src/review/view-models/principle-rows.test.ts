import { describe, expect, it } from 'vitest';
import { syntheticReviewArtefacts } from '../__fixtures__/synthetic-review-artefacts.ts';
import { principleRows } from './principle-rows.ts';

describe('principleRows', () => {
  it('shows sources, vote figures and agreement when present, and lists rejected principles last', () => {
    const [first, second, ...rest] = syntheticReviewArtefacts({ critiques: 40 }).constitution!.principles;
    const rows = principleRows({
      principles: [first!, ...rest],
      rejected: [second!],
      accepted: new Set([first!.id]),
      votes: [{ principleId: first!.id, agree: 30, disagree: 4, strength: 0.42, agreementWith: 0.81, agreementWithout: 0.66 }],
    });
    expect(rows.map((row) => [row.id, row.status, row.sources, row.votes ?? '', row.agreement ?? ''].join(' | '))).toMatchInlineSnapshot(`
      [
        "pri-0 | accepted | 10 critiques (10 comments: 2−, 8+) | votes 30 agree / 4 disagree · strength 0.42 | agreement 0.81 with, 0.66 without",
        "pri-2 | draft | 10 critiques (10 comments: 9−, 1+) |  | ",
        "pri-3 | draft | 8 critiques (8 comments: 2−, 6+) |  | ",
        "pri-1 | rejected | 8 critiques (8 comments: 7−, 1+) |  | ",
      ]
    `);
  });
});
