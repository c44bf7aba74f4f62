import { z } from 'zod';
import { engineSchema } from './aspect.ts';

/** A constitution principle with the critiques that support it. */
export const principleSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  supportingFeedbackIds: z.array(z.string()),
  support: z.object({
    feedback: z.number().int().nonnegative(),
    aspects: z.number().int().nonnegative(),
    positive: z.number().int().nonnegative(),
    negative: z.number().int().nonnegative(),
  }),
  exampleCritiques: z.array(z.object({ feedbackId: z.string(), critique: z.string() })),
  /** Offline engine: the critique clauses the rule was written from, verbatim (evidence beneath the rule). */
  sourceClauses: z.array(z.object({ feedbackId: z.string(), aspectId: z.string(), clause: z.string() })).optional(),
  clusterId: z.string().optional(),
  metricId: z.string().optional(),
  engine: engineSchema,
});
export type Principle = z.infer<typeof principleSchema>;

export const constitutionSchema = z.object({
  engine: engineSchema,
  principles: z.array(principleSchema),
});
export type Constitution = z.infer<typeof constitutionSchema>;

// ——— Tested constitutions (Inverse Constitutional AI): candidates, votes, figures ———

/** How one principle, as an annotator, judged one pair, relative to the label (after un-flipping). */
export const principleVoteValueSchema = z.enum(['for', 'against', 'abstain', 'both', 'neither', 'invalid']);
export type PrincipleVoteValue = z.infer<typeof principleVoteValueSchema>;

/** One line of `votes.jsonl`. `choice` is the side the principle selects in the original (un-flipped) order. */
export const principleVoteSchema = z.object({
  pairId: z.string(),
  principleId: z.string(),
  choice: z.enum(['a', 'b', 'none', 'both', 'neither', 'invalid']),
  vote: principleVoteValueSchema,
  /** The pair was shown as B/A (a seeded coin) and the answer un-flipped. */
  flipped: z.boolean(),
  split: z.enum(['selection', 'held-out']),
  /** Why the vote is invalid (parse error, failed call, …). */
  reason: z.string().optional(),
});
export type PrincipleVote = z.infer<typeof principleVoteSchema>;

export const voteCountsSchema = z.object({
  for: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
  both: z.number().int().nonnegative(),
  neither: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
});
export type VoteCounts = z.infer<typeof voteCountsSchema>;

/** One line of `candidates.jsonl`: a proposed principle after de-duplication. */
export const candidatePrincipleSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  engine: engineSchema,
  /** `pairs`: proposed from preference pairs; `critiques`: drafted from a critique cluster. */
  origin: z.enum(['pairs', 'critiques']),
  sourcePairIds: z.array(z.string()),
  sourceFeedbackIds: z.array(z.string()),
  clusterId: z.string().optional(),
  /** Offline engine: the word stems the principle checks for (a side "mentions" it when it holds one). */
  terms: z.array(z.string()).optional(),
  /** Proposals merged into this candidate (de-duplication), its own text first. */
  members: z.array(z.string()),
  /** Number of proposals merged (ICAI's cluster size). */
  prevalence: z.number().int().positive(),
});
export type CandidatePrinciple = z.infer<typeof candidatePrincipleSchema>;

/** Feedback Forensics' per-annotator figures against the label, on one split. */
export const principleFiguresSchema = z.object({
  /** Decisive pairs the principle was tested on. */
  pairs: z.number().int().nonnegative(),
  /** (for + against) / pairs. */
  relevance: z.number(),
  /** for / (for + against); 0.5 when never relevant. */
  accuracy: z.number(),
  /** 2 · (accuracy − 0.5) · relevance, in [−1, 1]. */
  strength: z.number(),
});
export type PrincipleFigures = z.infer<typeof principleFiguresSchema>;

export const testedPrincipleSchema = candidatePrincipleSchema.extend({
  /** Votes on the selection split. */
  votes: voteCountsSchema,
  selection: principleFiguresSchema,
  /** Votes and figures on the held-out split; null when nothing was held out. */
  heldOutVotes: voteCountsSchema.nullable(),
  heldOut: principleFiguresSchema.nullable(),
  /**
   * Leave-one-out attribution (by net vote): agreement of the whole constitution minus agreement without this
   * principle, on each split. Near 0 → redundant given the others.
   */
  leaveOneOut: z.object({ selection: z.number(), heldOut: z.number().nullable() }).optional(),
  /** How it was tested: on pairs, on critiques, or not at all (said so in constitution.md). */
  tested: z.enum(['pairs', 'critiques', 'untested']),
  /** When tested on critiques (a run without pairs): how the judge's ratings agree with held-out critiques. */
  critiqueTest: z
    .object({
      /** Held-out critiqued responses the judge rated against the principle. */
      items: z.number().int().nonnegative(),
      /** Items whose critique complains about the principle's behaviour (a negative aspect in its cluster). */
      complaints: z.number().int().nonnegative(),
      /** …of which the judge rated −1 (violates the principle). */
      caught: z.number().int().nonnegative(),
      /** Items whose critique praises the principle's behaviour. */
      praised: z.number().int().nonnegative(),
      /** …of which the judge rated +1. */
      praiseAgreed: z.number().int().nonnegative(),
      /** Items whose critique is about something else. */
      others: z.number().int().nonnegative(),
      /** …of which the judge rated −1 anyway (it fires where nobody complained). */
      falseFires: z.number().int().nonnegative(),
      /** Unusable judge replies, excluded from every figure. */
      unscored: z.number().int().nonnegative(),
      /** (caught + praiseAgreed) / (complaints + praised), unscored left out; null when neither occurs. */
      agreement: z.number().nullable(),
      /** falseFires / others; null when there are no others. */
      falseFireRate: z.number().nullable(),
    })
    .optional(),
});
export type TestedPrinciple = z.infer<typeof testedPrincipleSchema>;

/** Agreement of a predictor with the labels on one split; ties and "cannot tell" earn half credit. */
export const agreementSchema = z.object({
  /** Decisive pairs (ties are never in the denominator). */
  pairs: z.number().int().nonnegative(),
  agreement: z.number().nullable(),
  /** Bootstrap 95 % interval (seeded). */
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  /** Cohen's κ of predictions against labels (half credit split evenly). */
  kappa: z.number().nullable(),
  /** Pairs the predictor could not decide (half credit). */
  undecided: z.number().int().nonnegative(),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const reconstructionSchema = z.object({
  withConstitution: agreementSchema,
  /** The judge without a constitution; null for the offline engine, which has no judge of its own (chance = 0.5). */
  withoutConstitution: agreementSchema.nullable(),
});
export type Reconstruction = z.infer<typeof reconstructionSchema>;

export const filterThresholdsSchema = z.object({
  majorityTrue: z.boolean(),
  minRelevance: z.number(),
  minSupport: z.number(),
  majorityValid: z.boolean(),
});
export type FilterThresholds = z.infer<typeof filterThresholdsSchema>;

/** `constitution.json` of `tenets constitution`: a tested, jointly selected constitution. */
export const testedConstitutionSchema = z.object({
  engine: engineSchema,
  /** What this engine cannot judge (the offline engine says so). */
  limitations: z.array(z.string()),
  /** `none`: no pairs, so nothing to select on (critique-tested principles are all kept, with their figures). */
  selectionMethod: z.enum(['greedy', 'votes', 'none']),
  size: z.number().int().nonnegative(),
  seed: z.number().int(),
  pairs: z.object({
    total: z.number().int().nonnegative(),
    ties: z.number().int().nonnegative(),
    bothBad: z.number().int().nonnegative(),
    selection: z.number().int().nonnegative(),
    heldOut: z.number().int().nonnegative(),
  }),
  thresholds: filterThresholdsSchema,
  counts: z.object({
    proposals: z.number().int().nonnegative(),
    proposalFailures: z.number().int().nonnegative(),
    candidates: z.number().int().nonnegative(),
    survivedFilters: z.number().int().nonnegative(),
    voteCalls: z.number().int().nonnegative(),
    failedVoteCalls: z.number().int().nonnegative(),
    invalidVotes: z.number().int().nonnegative(),
  }),
  principles: z.array(testedPrincipleSchema),
  reconstruction: z.object({ selection: reconstructionSchema, heldOut: reconstructionSchema.nullable() }),
});
export type TestedConstitution = z.infer<typeof testedConstitutionSchema>;

/** `constitution-segments.json` of `tenets constitution --split-by <field>`: each segment's constitution on every segment. */
export const constitutionSegmentsSchema = z.object({
  field: z.string(),
  segments: z.array(z.object({ segment: z.string(), dir: z.string(), pairs: z.number().int().nonnegative(), principles: z.array(z.string()) })),
  /**
   * `matrix[i][j]`: agreement of segment i's constitution (net vote of its principles) on segment j — its
   * held-out pairs when i = j, all its decisive pairs otherwise.
   */
  matrix: z.array(z.array(agreementSchema)),
});
export type ConstitutionSegments = z.infer<typeof constitutionSegmentsSchema>;

/**
 * What the `constitution` artefact holds: drafted per cluster by `tenets run` (untested), or tested by
 * `tenets constitution`. The two are told apart by `selectionMethod`, which only a tested one has.
 */
export type AnyConstitution = Constitution | TestedConstitution;
export type AnyPrinciple = Principle | TestedPrinciple;

export function isTestedConstitution(constitution: AnyConstitution): constitution is TestedConstitution {
  return 'selectionMethod' in constitution;
}

/**
 * The evidence a principle rests on, as review anchors: its critiques' feedback ids, and for a principle
 * proposed from preference pairs its pair ids prefixed `pair:` (pair and feedback ids share no namespace).
 */
export function principleEvidenceIds(principle: AnyPrinciple): string[] {
  const ids = 'supportingFeedbackIds' in principle ? principle.supportingFeedbackIds : [...principle.sourceFeedbackIds, ...principle.sourcePairIds.map((pairId) => `pair:${pairId}`)];
  return [...new Set(ids)].sort();
}
