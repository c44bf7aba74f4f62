import { z } from 'zod';
import { tokenUsageSchema } from '../../schemas/usage.ts';
import { derivedCheckSchema } from './check-spec.ts';
import { principleScopeSchema } from './principle-scope.ts';
import { scopeConflictSchema } from './scope-conflict.ts';
import { synthesisRoleSchema, synthesisScopeSchema } from './synthesis-record.ts';
import { synthesisCategorySchema } from './synthesis-prompt.ts';

/** The `synth` artefact: scopes, checks, conflicts, which model played which role, and the counts. */
export const synthesisSummarySchema = z.object({
  engine: z.enum(['llm', 'offline']),
  engineNote: z.string(),
  /** Which model played which role ("offline" / "log" for the offline engine). */
  models: z.partialRecord(synthesisRoleSchema, z.string()),
  embeddingModel: z.string().optional(),
  seed: z.number().int(),
  sizes: z.record(z.string(), z.number()),
  principles: z.array(z.object({ id: z.string(), text: z.string(), supportingFeedbackIds: z.array(z.string()), clusterId: z.string().optional() })),
  scopes: z.array(principleScopeSchema),
  checks: z.array(derivedCheckSchema),
  categories: z.array(synthesisCategorySchema),
  conflicts: z.array(scopeConflictSchema),
  counts: z.record(z.string(), z.number()),
  usage: z.object({ roles: z.partialRecord(synthesisRoleSchema, tokenUsageSchema), total: tokenUsageSchema }),
  warnings: z.array(z.string()),
});
export type SynthesisSummary = z.infer<typeof synthesisSummarySchema>;

export const synthesisFailureSchema = z.object({
  step: z.enum(['scope', 'check', 'categories', 'prompts', 'baseline', 'revision', 'verify-pair', 'verify-anchors', 'conflict', 'judge-output']),
  role: synthesisRoleSchema,
  itemId: z.string(),
  reason: z.enum(['parse_error', 'truncated', 'refusal', 'api_error', 'aborted']),
  message: z.string(),
  rawText: z.string().optional(),
});

const interval = z.object({ low: z.number(), high: z.number() }).nullable();

/** The `synth-eval` artefact: S_in, S_out, S_overall of a tuned model's outputs on the test prompts. */
export const synthesisScoresSchema = z.object({
  engine: z.enum(['llm', 'offline']),
  outputsFile: z.string(),
  judge: z.string().optional(),
  sIn: z.number().nullable(),
  sOut: z.number().nullable(),
  sNear: z.number().nullable(),
  sOutOfScope: z.number().nullable(),
  sOverall: z.number().nullable(),
  intervals: z.object({ sIn: interval, sOut: interval, sOverall: interval }),
  perPrinciple: z.array(z.object({ principleId: z.string(), sIn: z.number().nullable(), sOut: z.number().nullable(), sNear: z.number().nullable(), sOutOfScope: z.number().nullable(), scored: z.number().int(), unscored: z.number().int() })),
  items: z.array(z.object({ recordId: z.string(), principleId: z.string(), scope: synthesisScopeSchema, method: z.enum(['check', 'judge', 'none']), score: z.number().nullable(), reason: z.string().optional() })),
  unscored: z.number().int(),
  usage: tokenUsageSchema,
});
export type SynthesisScoresFile = z.infer<typeof synthesisScoresSchema>;
