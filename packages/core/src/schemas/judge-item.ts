import { z } from 'zod';
import { feedbackContextSchema } from './feedback.ts';

/**
 * Anything the judge can rate: a feedback record (its context is the item) or a bare item with a context.
 * `critique` is only read by the offline lexical judge.
 */
export const judgeItemSchema = z.object({
  id: z.string().min(1),
  targetId: z.string().optional(),
  critique: z.string().optional(),
  context: feedbackContextSchema.optional(),
});
export type JudgeItem = z.infer<typeof judgeItemSchema>;

/** The id ratings are stored under: the target when the record names one, else the record itself. */
export function itemIdOf(item: { id: string; targetId?: string | undefined }): string {
  return item.targetId ?? item.id;
}
