import { z } from 'zod';

const id = z.string().min(1);
const text = z.string().trim().min(1);

/**
 * What a screen asks for, by the ids it shows; also the shape of `tenets review --apply decisions.json`.
 * Strict: a decisions file is user input, so a typo in a field is an error, not a silent no-op.
 */
export const reviewActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('rename-cluster'), clusterId: id, name: text }),
  /** Merge `sourceId` into `targetId`. */
  z.strictObject({ type: z.literal('merge-clusters'), targetId: id, sourceId: id }),
  z.strictObject({ type: z.literal('split-cluster'), clusterId: id, aspectIds: z.array(id).min(1) }),
  z.strictObject({ type: z.literal('mark-noise'), clusterId: id }),
  z.strictObject({ type: z.literal('edit-metric'), metricId: id, field: z.enum(['name', 'definition', 'applicability']), value: text }),
  z.strictObject({ type: z.literal('reject-metric'), metricId: id }),
  z.strictObject({ type: z.literal('restore-metric'), metricId: id }),
  z.strictObject({ type: z.literal('accept-principle'), principleId: id }),
  z.strictObject({ type: z.literal('reject-principle'), principleId: id }),
  z.strictObject({ type: z.literal('restore-principle'), principleId: id }),
  z.strictObject({ type: z.literal('edit-principle'), principleId: id, text }),
  z.strictObject({ type: z.literal('move-principle'), principleId: id, offset: z.union([z.literal(-1), z.literal(1)]) }),
  z.strictObject({ type: z.literal('drop-pair'), pairId: id }),
  z.strictObject({ type: z.literal('edit-scope'), pairId: id, scope: text }),
]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;
export type ReviewActionType = ReviewAction['type'];

