/**
 * Sign agreement of the offline grounding with labelled signs: on the synthetic support fixture (per critique and
 * per aspect) and on FeedbackQA, real crowd-written critiques of answers whose ratings stand in for the sign
 * (Excellent / Acceptable → positive, Bad → negative, "Could be Improved" left out). The critique is what the
 * grounding reads; the rating is the label and never reaches it.
 */
import { dirname } from 'node:path';
import { critiqueSign, groundOffline, type Aspect, type Feedback, type Sign } from '@tenets/core';
import { readFeedbackQa as readFeedbackQaDataset } from './datasets.ts';
import type { FixtureLabel } from './read-support-fixture.ts';

export interface SignedFeedback {
  feedback: Feedback;
  expected: Sign;
}

/**
 * FeedbackQA critiques as canonical feedback (critique = one rater's feedback text, context.prompt = the question,
 * context.response = the passage's section content; no rating) with the sign their rating implies, read by
 * `eval/datasets.ts`. `feedbackQaDirectory` is the `feedbackqa/` folder; DEV = WHO's train file and every valid file,
 * REPORT = every test file.
 */
export function readFeedbackQa(split: 'dev' | 'report', feedbackQaDirectory: string): SignedFeedback[] {
  const dataset = readFeedbackQaDataset(split, dirname(feedbackQaDirectory));
  return dataset.feedback.map((feedback) => ({ feedback, expected: dataset.labels!.get(feedback.id)!.sign }));
}

export interface ClassAgreement {
  /** Items whose expected sign is this class. */
  total: number;
  agreed: number;
  /** agreed / total (the class's recall); 0 when the class is empty. */
  recall: number;
}

export interface SignAgreement {
  total: number;
  agreed: number;
  /** agreed / total; 0 when there is nothing to score. */
  agreement: number;
  /** Mean of the two classes' recalls, for unbalanced data. */
  balancedAgreement: number;
  positive: ClassAgreement;
  negative: ClassAgreement;
  /** Items with no predicted sign (a critique that produced no aspect); they count as disagreements. */
  undecided: number;
}

/** Agreement of predicted with expected signs, overall and per expected class. */
export function signAgreement(pairs: ReadonlyArray<{ predicted: Sign | undefined; expected: Sign }>): SignAgreement {
  const perClass = (sign: Sign): ClassAgreement => {
    const members = pairs.filter((pair) => pair.expected === sign);
    const agreed = members.filter((pair) => pair.predicted === sign).length;
    return { total: members.length, agreed, recall: members.length === 0 ? 0 : agreed / members.length };
  };
  const positive = perClass('positive');
  const negative = perClass('negative');
  const agreed = positive.agreed + negative.agreed;
  return {
    total: pairs.length,
    agreed,
    agreement: pairs.length === 0 ? 0 : agreed / pairs.length,
    balancedAgreement: (positive.recall + negative.recall) / 2,
    positive,
    negative,
    undecided: pairs.filter((pair) => pair.predicted === undefined).length,
  };
}

export type Ground = (feedback: Feedback) => Aspect[];

/** Critique-level sign agreement (`critiqueSign` of the grounded aspects) on signed feedback such as FeedbackQA. */
export function critiqueSignAgreement(records: readonly SignedFeedback[], ground: Ground = groundOffline): SignAgreement {
  return signAgreement(records.map((record) => ({ predicted: critiqueSign(ground(record.feedback)), expected: record.expected })));
}

export interface SupportSignAgreement {
  /** The first aspect's sign against the primary label (what `npm run eval` has printed). */
  firstAspect: SignAgreement;
  /** `critiqueSign` of all aspects against the primary label. */
  critique: SignAgreement;
  /**
   * Each aspect against the label of the behaviour it is about. When every labelled behaviour of a critique has
   * one sign, every aspect is expected to have it. When a two-behaviour critique mixes signs, the first aspect is
   * matched to the first behaviour and the last aspect (if there are two or more) to the second; the aspects
   * between are left out, since nothing says which behaviour they belong to.
   */
  perAspect: SignAgreement;
}

/** Sign agreement on a labelled fixture whose labels give a primary sign and each behaviour's sign (`readSupportFixture`). */
export function supportSignAgreement(
  feedback: readonly Feedback[],
  labels: ReadonlyMap<string, Pick<FixtureLabel, 'sign' | 'behaviours'>>,
  ground: Ground = groundOffline,
): SupportSignAgreement {
  const first: Array<{ predicted: Sign | undefined; expected: Sign }> = [];
  const critique: Array<{ predicted: Sign | undefined; expected: Sign }> = [];
  const perAspect: Array<{ predicted: Sign | undefined; expected: Sign }> = [];
  for (const record of feedback) {
    const label = labels.get(record.id);
    if (!label) continue;
    const aspects = ground(record);
    first.push({ predicted: aspects[0]?.sign, expected: label.sign });
    critique.push({ predicted: critiqueSign(aspects), expected: label.sign });
    const signs = new Set(label.behaviours.map((behaviour) => behaviour.sign));
    if (signs.size === 1) {
      for (const aspect of aspects) perAspect.push({ predicted: aspect.sign, expected: label.sign });
    } else if (aspects.length > 0) {
      perAspect.push({ predicted: aspects[0]!.sign, expected: label.behaviours[0]!.sign });
      if (aspects.length > 1) perAspect.push({ predicted: aspects.at(-1)!.sign, expected: label.behaviours.at(-1)!.sign });
    }
  }
  return { firstAspect: signAgreement(first), critique: signAgreement(critique), perAspect: signAgreement(perAspect) };
}

/** One line: "91.7% (330/360; positive recall 88.5% of 130, negative 93.5% of 230)". */
export function formatSignAgreement(result: SignAgreement): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  return `${percent(result.agreement)} (${result.agreed}/${result.total}; positive recall ${percent(result.positive.recall)} of ${result.positive.total}, negative ${percent(result.negative.recall)} of ${result.negative.total}; balanced ${percent(result.balancedAgreement)})`;
}
