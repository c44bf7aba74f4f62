import { generateText, type LanguageModel } from 'ai';
import { TenetsBudgetError } from '../../errors/tenets-budget-error.ts';
import { toTokenUsage } from '../../llm/generate-structured.ts';
import { emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { modelId } from '../model-id.ts';
import type { GeneratedResponse } from '../schemas/synthesis-record.ts';
import type { SynthesisFailure } from '../synthesis-failure.ts';

export interface GenerateBaselineOptions {
  promptId: string;
  prompt: string;
  /** The policy model: the model the data will train, answering the prompt alone. */
  model: LanguageModel;
  /** Recorded as `baseline.model`. @default provider/model */
  modelName?: string;
  /** @default 0.7 */
  temperature?: number;
  /** @default 600 */
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
}

export type GenerateBaselineResult = { response: GeneratedResponse; usage: TokenUsage } | { failure: SynthesisFailure; usage: TokenUsage };

/** The baseline y⁻: the policy model's answer to the prompt with no principle in sight. */
export async function generateBaseline(options: GenerateBaselineOptions): Promise<GenerateBaselineResult> {
  const { model, prompt, temperature = 0.7, maxOutputTokens = 600 } = options;
  try {
    const result = await generateText({ model, prompt, temperature, maxOutputTokens, maxRetries: 0, abortSignal: options.abortSignal });
    return { response: { text: result.text, model: options.modelName ?? modelId(model), finishReason: result.finishReason }, usage: toTokenUsage(result.usage) };
  } catch (error) {
    if (options.abortSignal?.aborted || error instanceof TenetsBudgetError || (error instanceof Error && error.cause instanceof TenetsBudgetError)) throw error;
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);
    return { failure: { step: 'baseline', role: 'policy', itemId: options.promptId, reason: 'api_error', message }, usage: { ...emptyUsage(), calls: 1, failedCalls: 1 } };
  }
}
