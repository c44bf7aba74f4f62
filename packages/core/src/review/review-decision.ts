import { z } from 'zod';
import { aspectAnchorSchema, groupAnchorSchema, pairAnchorSchema } from './review-anchor.ts';

const cluster = groupAnchorSchema;
const note = z.string().optional();

/**
 * One review decision. Decisions are applied in order; a later one wins over an earlier one on the same target
 * (rename twice → the second name; reject then restore → restored). `note` is the reviewer's reason.
 */
export const reviewDecisionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cluster-rename'), cluster, name: z.string().trim().min(1), note }),
  z.object({ type: z.literal('cluster-merge'), clusters: z.array(cluster).min(2), name: z.string().trim().min(1).optional(), note }),
  /** Moves the given members out of their cluster into a new one. */
  z.object({ type: z.literal('cluster-split'), cluster, members: z.array(aspectAnchorSchema).min(1), name: z.string().trim().min(1).optional(), note }),
  /** Moves the given members (or, without members, the whole cluster) to noise. */
  z.object({ type: z.literal('cluster-noise'), cluster, members: z.array(aspectAnchorSchema).min(1).optional(), note }),
  z.object({ type: z.literal('cluster-accept'), cluster, note }),
  /** Not a behaviour worth a metric or principle: left out of the reviewed run, with its metrics and principles. */
  z.object({ type: z.literal('cluster-reject'), cluster, note }),
  /** The given clusters first, in this order; the rest keep their order after them. */
  z.object({ type: z.literal('cluster-reorder'), clusters: z.array(cluster).min(1), note }),
  z.object({ type: z.literal('metric-reject'), metric: groupAnchorSchema, note }),
  z.object({ type: z.literal('metric-restore'), metric: groupAnchorSchema, note }),
  z.object({
    type: z.literal('metric-edit'),
    metric: groupAnchorSchema,
    name: z.string().trim().min(1).optional(),
    definition: z.string().trim().min(1).optional(),
    applicability: z.string().trim().min(1).optional(),
    note,
  }),
  z.object({ type: z.literal('principle-accept'), principle: groupAnchorSchema, note }),
  z.object({ type: z.literal('principle-reject'), principle: groupAnchorSchema, note }),
  z.object({ type: z.literal('principle-edit'), principle: groupAnchorSchema, text: z.string().trim().min(1), note }),
  z.object({ type: z.literal('principle-reorder'), principles: z.array(groupAnchorSchema).min(1), note }),
  /** Preference data: leave a pair out of every export. */
  z.object({ type: z.literal('pair-drop'), pair: pairAnchorSchema, note }),
  /** Preference data: change the scope (where a principle applies) a pair was generated for. */
  z.object({ type: z.literal('pair-edit-scope'), pair: pairAnchorSchema, scope: z.string().trim().min(1), note }),
]);
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
export type ReviewDecisionType = ReviewDecision['type'];

export const reviewSchemaVersion = 1;

/** `review.json`: the reviewer's decisions, in the order they were made. */
export const reviewSchema = z.object({
  schemaVersion: z.literal(reviewSchemaVersion),
  decisions: z.array(reviewDecisionSchema),
});
export type Review = z.infer<typeof reviewSchema>;
