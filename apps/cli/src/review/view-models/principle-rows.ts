import type { Principle } from '@tenets/core';
import type { ReviewPrincipleVotes } from '../review-artefacts.ts';
import type { ReviewStatus } from './metric-rows.ts';
import { terminalText } from './terminal-text.ts';

export interface PrincipleRow {
  id: string;
  text: string;
  /** "12 critiques (15 comments: 10−, 5+)". */
  sources: string;
  examples: { feedbackId: string; critique: string }[];
  /** "votes 30 agree / 4 disagree · strength 0.42", when the run has vote figures. */
  votes?: string;
  /** "agreement 0.81 with, 0.66 without", when known. */
  agreement?: string;
  status: ReviewStatus;
  searchText: string;
}

export interface PrincipleRowsOptions {
  /** Reviewed principles in their (possibly reordered) order. */
  principles: readonly Principle[];
  rejected?: readonly Principle[];
  accepted?: ReadonlySet<string>;
  edited?: ReadonlySet<string>;
  votes?: readonly ReviewPrincipleVotes[];
}

/** Principles as the Principles screen lists them, with vote figures and agreement when the run has them. */
export function principleRows({ principles, rejected = [], accepted, edited, votes }: PrincipleRowsOptions): PrincipleRow[] {
  const votesById = new Map((votes ?? []).map((entry) => [entry.principleId, entry]));
  const row = (principle: Principle, status: ReviewStatus): PrincipleRow => {
    const text = terminalText(principle.text);
    const { feedback, aspects, positive, negative } = principle.support;
    const figures = votesById.get(principle.id);
    const strength = figures?.strength === undefined ? '' : ` · strength ${figures.strength.toFixed(2)}`;
    const agreement =
      figures?.agreementWith === undefined && figures?.agreementWithout === undefined
        ? undefined
        : `agreement ${figures.agreementWith?.toFixed(2) ?? '—'} with, ${figures.agreementWithout?.toFixed(2) ?? '—'} without`;
    return {
      id: principle.id,
      text,
      sources: `${feedback} critique${feedback === 1 ? '' : 's'} (${aspects} comment${aspects === 1 ? '' : 's'}: ${negative}−, ${positive}+)`,
      examples: principle.exampleCritiques.map((example) => ({ feedbackId: terminalText(example.feedbackId, 40), critique: terminalText(example.critique, 160) })),
      ...(figures ? { votes: `votes ${figures.agree} agree / ${figures.disagree} disagree${strength}` } : {}),
      ...(agreement ? { agreement } : {}),
      status,
      searchText: text.toLowerCase(),
    };
  };
  return [...principles.map((principle) => row(principle, accepted?.has(principle.id) ? 'accepted' : edited?.has(principle.id) ? 'edited' : 'draft')), ...rejected.map((principle) => row(principle, 'rejected'))];
}
