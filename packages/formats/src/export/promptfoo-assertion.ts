import { z } from 'zod';

/** The shape of a promptfoo `llm-rubric` assertion as Tenets writes it (a subset of promptfoo's assertion). */
export const promptfooAssertionSchema = z.object({
  type: z.literal('llm-rubric'),
  /** The rubric text; promptfoo renders it with Nunjucks, so it must not contain template syntax. */
  value: z.string().min(1).refine((value) => !/\{\{|\{%|\{#/.test(value), 'must not contain Nunjucks syntax'),
  /** Name under which promptfoo aggregates the score. */
  metric: z.string().min(1),
  /** Pass when the grader's score (0–1) reaches this. */
  threshold: z.number().min(0).max(1).optional(),
  weight: z.number().nonnegative().optional(),
  provider: z.string().optional(),
});
export type PromptfooAssertion = z.infer<typeof promptfooAssertionSchema>;

/** What `renderPromptfooAssertions` writes: a `defaultTest` block with one assertion per metric. */
export const promptfooAssertionsFileSchema = z.object({
  defaultTest: z.object({ assert: z.array(promptfooAssertionSchema).min(1) }),
});
export type PromptfooAssertionsFile = z.infer<typeof promptfooAssertionsFileSchema>;
