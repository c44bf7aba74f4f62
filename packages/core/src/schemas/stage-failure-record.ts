import { z } from 'zod';

/** A line of `failures.jsonl`: an item a stage could not process, with the model's raw reply when there was one. */
export const stageFailureRecordSchema = z.object({
  stage: z.string(),
  itemId: z.string(),
  reason: z.string(),
  message: z.string(),
  rawText: z.string().optional(),
});
export type StageFailureRecord = z.infer<typeof stageFailureRecordSchema>;
