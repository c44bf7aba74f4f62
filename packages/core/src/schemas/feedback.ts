import { z } from 'zod';

export const feedbackSchemaVersion = 1;

export const messageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: z.string(),
});
export type Message = z.infer<typeof messageSchema>;

/** One step of an agent trajectory. Long fields are truncated by renderers, never here. */
export const trajectoryStepSchema = z.object({
  thought: z.string().optional(),
  action: z.string().optional(),
  observation: z.string().optional(),
});
export type TrajectoryStep = z.infer<typeof trajectoryStepSchema>;

/** What the critique is about. `prompt` doubles as the task of a trajectory. */
export const feedbackContextSchema = z.object({
  prompt: z.string().optional(),
  response: z.string().optional(),
  messages: z.array(messageSchema).optional(),
  trajectory: z.array(trajectoryStepSchema).optional(),
});
export type FeedbackContext = z.infer<typeof feedbackContextSchema>;

export const ratingSchema = z.union([z.number().finite(), z.enum(['up', 'down'])]);
export type Rating = z.infer<typeof ratingSchema>;

export const sourceLocationSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
});
export type SourceLocation = z.infer<typeof sourceLocationSchema>;

/** The canonical feedback record every input format is converted to. */
export const feedbackSchema = z.object({
  id: z.string().min(1),
  critique: z.string().trim().min(1, 'critique must be a non-empty string'),
  rating: ratingSchema.optional(),
  context: feedbackContextSchema.optional(),
  user: z.string().optional(),
  createdAt: z.string().optional(),
  /** Which system produced the record (`langfuse`, `langsmith`, or `file`). */
  sourceSystem: z.string().optional(),
  /** `machine` for LLM-as-judge feedback (Langfuse EVAL, LangSmith model); excluded from human statistics. */
  origin: z.enum(['human', 'machine']).optional(),
  /** The trace/run/observation the critique targets, when the source names one. */
  targetId: z.string().optional(),
  /** An improved output written by a person, when the source has one. */
  correction: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).default({}),
  source: sourceLocationSchema.optional(),
});
export type Feedback = z.infer<typeof feedbackSchema>;
export type FeedbackInput = z.input<typeof feedbackSchema>;
