import type { LanguageModel } from 'ai';
import { z } from 'zod';
import { delimit } from '../../llm/delimit.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import type { TokenUsage } from '../../schemas/usage.ts';
import { modelId } from '../model-id.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import type { GeneratedResponse } from '../schemas/synthesis-record.ts';
import { renderScope } from '../scope/render-scope.ts';
import { toSynthesisFailure, type SynthesisFailure } from '../synthesis-failure.ts';
import { reviseInstructions, synthesisPromptVersions } from '../synthesis-prompts.ts';

export interface ReviseResponseOptions {
  scope: PrincipleScope;
  promptId: string;
  prompt: string;
  baseline: string;
  /** The reviser model. */
  model: LanguageModel;
  /** Recorded as `revised.model`. @default provider/model */
  modelName?: string;
  /** @default 0.7 */
  temperature?: number;
  /** @default 1500 */
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
}

export type ReviseResponseResult =
  | { revised: GeneratedResponse & { explanation: string }; usage: TokenUsage }
  | { failure: SynthesisFailure; usage: TokenUsage };

const reviseReplySchema = z.object({ explanation: z.string().trim(), revised: z.string().trim().min(1) });

/**
 * The revision y⁺ of an in-scope baseline: explanation and revised text are separate fields, so an
 * explanation can never leak into the response; a cut-off reply is a failure (`truncated`), not a revision.
 */
export async function reviseResponse(options: ReviseResponseOptions): Promise<ReviseResponseResult> {
  const { scope, model, temperature = 0.7, maxOutputTokens = 1500 } = options;
  const reply = await generateStructured({
    model,
    schema: reviseReplySchema,
    schemaName: 'revision',
    instructions: reviseInstructions,
    prompt: `${renderScope(scope)}\n\nUser prompt:\n${delimit('prompt', options.prompt)}\n\nResponse to improve:\n${delimit('response', options.baseline)}`,
    promptVersion: synthesisPromptVersions.revise,
    temperature,
    maxOutputTokens,
    abortSignal: options.abortSignal,
  });
  if (!reply.success) return { failure: toSynthesisFailure('revision', 'reviser', options.promptId, reply), usage: reply.usage };
  return { revised: { text: reply.value.revised, explanation: reply.value.explanation, model: options.modelName ?? modelId(model), finishReason: 'stop' }, usage: reply.usage };
}
