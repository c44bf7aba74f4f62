import { z } from 'zod';
import { synthesisScopeSchema } from './synthesis-record.ts';

export const synthesisCategorySchema = z.object({
  principleId: z.string().min(1),
  name: z.string().min(1),
  description: z.string(),
});
export type SynthesisCategory = z.infer<typeof synthesisCategorySchema>;

/** A prompt before responses: generated, or taken from the log. */
export const synthesisPromptSchema = z.object({
  id: z.string().min(1),
  principleId: z.string().min(1),
  scope: synthesisScopeSchema,
  category: z.string().min(1),
  prompt: z.string().min(1),
  origin: z.object({ kind: z.enum(['generated', 'log']), feedbackIds: z.array(z.string()).default([]) }),
});
export type SynthesisPrompt = z.infer<typeof synthesisPromptSchema>;
export type SynthesisPromptInput = z.input<typeof synthesisPromptSchema>;
