import type { Aspect, CritiqueContext, CritiqueContextKind } from '../../schemas/aspect.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import { contentId } from '../../util/content-id.ts';
import { contentTokens, words } from '../../text/content-tokens.ts';
import { classifyClause, type ClauseKind } from './classify-clause.ts';
import { describeBehaviour } from './describe-behaviour.ts';
import { decideSigns } from './decide-signs.ts';
import { scoreSign } from './detect-sign.ts';
import { findResponseQuote } from './find-response-quote.ts';
import { splitClauses, type TextSpan } from './split-clauses.ts';
import { trimFiller } from './trim-filler.ts';

interface Clause {
  index: number;
  span: TextSpan;
  evidence: TextSpan;
  quote: string;
  contentWords: number;
  score: number;
  kind: ClauseKind;
}

/** A clause that did not become an aspect: attached to one as context, or dropped. */
export interface SetAsideClause {
  quote: string;
  start: number;
  end: number;
  kind: Exclude<ClauseKind, 'behaviour'>;
  outcome: 'attached' | 'dropped';
  /** The aspect it is attached to. */
  aspectId?: string;
}

export interface OfflineGrounding {
  aspects: Aspect[];
  /** Every clause that is not an aspect, in critique order. */
  setAside: SetAsideClause[];
}

const contextKinds: ReadonlySet<ClauseKind> = new Set<CritiqueContextKind>(['critic-answer', 'restated-fact', 'own-story', 'own-problem']);

/**
 * Rule-based grounding, the offline engine's first stage: one aspect per clause of the critique that names a
 * behaviour of the assistant (see `groundOfflineClauses`).
 */
export function groundOffline(feedback: Feedback): Aspect[] {
  return groundOfflineClauses(feedback).aspects;
}

/**
 * One aspect per clause that names a behaviour of the assistant, and what became of the other clauses. Filler,
 * verdicts ("Mixed run.") and fragments ("ft") are dropped; the critic's own answer ("the correct answer is 11"),
 * restated facts of the prompt, the critic's own story ("I ordered a blender last week") and own problem ("my
 * chair stopped working") are attached to the nearest behaviour of the same critique as
 * `evidence.critiqueContext`. When no clause names a behaviour, one aspect is kept from the critic's answer (the
 * critique still says the answer was wrong), else from the longest verdict or fragment, else from the critic's
 * account, else from a content-free clause ("no.", "wrong") — but none from a critique that only tells of a
 * product or life problem or restates the prompt (it is ungroundable). Behaviour text and evidence come from
 * the critique itself (`critique.slice(start, end) === quote`); quoted response text is verified against the
 * response.
 */
export function groundOfflineClauses(feedback: Feedback): OfflineGrounding {
  const critique = feedback.critique;
  const spans = splitClauses(critique);
  // Each text is scored once: the sign decision, its closing verdict and the clause classification read the same clauses.
  const scores = new Map<string, number>();
  const score = (text: string) => scores.get(text) ?? scores.set(text, scoreSign(text)).get(text)!;
  const signs = decideSigns({ critique, clauses: spans, rating: feedback.rating, scoreClause: score });
  const clauses: Clause[] = spans.map((span, index) => {
    const trimmed = trimFiller(critique, span);
    const onlyFiller = trimmed.start === trimmed.end;
    const evidence = onlyFiller ? span : trimmed;
    const quote = critique.slice(evidence.start, evidence.end);
    const contentWords = onlyFiller ? 0 : contentTokens(quote).length;
    const spanScore = score(critique.slice(span.start, span.end));
    // Classified on the clause without its filler: "starts at 9:15 am Try again" restates the prompt.
    const kind = classifyClause({ quote, onlyFiller, contentWords, signScore: onlyFiller ? spanScore : score(quote) }, feedback.context);
    return { index, span, evidence, quote, contentWords, score: spanScore, kind };
  });
  const kept = chooseKept(clauses);
  const keptIndexes = new Set(kept.map((clause) => clause.index));
  const ids = new Map(kept.map((clause) => [clause.index, contentId('asp', feedback.id, clause.index, clause.quote)]));
  const attached = new Map<number, CritiqueContext[]>();
  const setAside: SetAsideClause[] = [];
  for (const clause of clauses) {
    if (keptIndexes.has(clause.index) || clause.kind === 'behaviour') continue;
    const span = { quote: clause.quote, start: clause.evidence.start, end: clause.evidence.end };
    const target = contextKinds.has(clause.kind) ? nearest(kept, clause.index) : undefined;
    if (target) {
      attached.set(target.index, [...(attached.get(target.index) ?? []), { ...span, kind: clause.kind as CritiqueContextKind }]);
      setAside.push({ ...span, kind: clause.kind, outcome: 'attached', aspectId: ids.get(target.index)! });
    } else setAside.push({ ...span, kind: clause.kind as SetAsideClause['kind'], outcome: 'dropped' });
  }
  const aspects = kept.map((clause): Aspect => {
    const response = findResponseQuote(clause.quote, feedback.context);
    const critiqueContext = attached.get(clause.index);
    return {
      id: ids.get(clause.index)!,
      feedbackId: feedback.id,
      behaviour: describeBehaviour(clause.quote),
      sign: signs[clause.index]!,
      evidence: {
        critique: { quote: clause.quote, start: clause.evidence.start, end: clause.evidence.end },
        ...(response ? { response } : {}),
        ...(critiqueContext ? { critiqueContext } : {}),
      },
      engine: 'offline',
    };
  });
  return { aspects, setAside };
}

/** The clauses that become aspects: every behaviour, else the one clause that best stands for the critique. */
function chooseKept(clauses: readonly Clause[]): Clause[] {
  const behavioural = clauses.filter((clause) => clause.kind === 'behaviour');
  if (behavioural.length > 0) return behavioural;
  const longest = (candidates: readonly Clause[]) =>
    [...candidates].sort((left, right) => words(right.quote).length - words(left.quote).length || left.index - right.index).slice(0, 1);
  const answers = clauses.filter((clause) => clause.kind === 'critic-answer');
  if (answers.length > 0) return longest(answers);
  const graded = clauses.filter((clause) => (clause.kind === 'verdict' || clause.kind === 'fragment') && clause.contentWords > 0);
  if (graded.length > 0) return longest(graded);
  // The critic's own account often is the behaviour in the first person ("I changed the print statements to return").
  const accounts = clauses.filter((clause) => clause.kind === 'own-story');
  if (accounts.length > 0) return longest(accounts);
  // A product or life problem, or the prompt restated: nothing about the assistant to keep.
  if (clauses.some((clause) => clause.kind === 'own-problem' || clause.kind === 'restated-fact')) return [];
  return longest(clauses.filter((clause) => words(clause.quote).length > 0));
}

/** The kept clause nearest to `index` (the earlier one on a tie). */
function nearest(kept: readonly Clause[], index: number): Clause | undefined {
  let best: Clause | undefined;
  for (const clause of kept) {
    if (!best || Math.abs(clause.index - index) < Math.abs(best.index - index)) best = clause;
  }
  return best;
}
