import { z } from 'zod';

/**
 * Points at a cluster, metric or principle by the critiques behind it: the sorted ids of the feedback records
 * its members come from. Feedback ids come from the input, never from model-written text, so the anchor
 * finds the same group after a re-run with the same inputs, and the closest group (Jaccard ≥ 0.5) otherwise.
 */
export const groupAnchorSchema = z.object({
  feedbackIds: z.array(z.string().min(1)).min(1),
});
export type GroupAnchor = z.infer<typeof groupAnchorSchema>;

/** Points at one grounded behaviour: its feedback record and the verbatim quote of the critique it rests on. */
export const aspectAnchorSchema = z.object({
  feedbackId: z.string().min(1),
  quote: z.string(),
});
export type AspectAnchor = z.infer<typeof aspectAnchorSchema>;

/** Points at one preference pair (scoped preference data) by its id, which is a content hash of the pair. */
export const pairAnchorSchema = z.object({
  pairId: z.string().min(1),
});
export type PairAnchor = z.infer<typeof pairAnchorSchema>;
