import { generateText, NoObjectGeneratedError, Output, type LanguageModel, type LanguageModelUsage, type ModelMessage } from 'ai';
import type { SharedV4ProviderOptions } from '@ai-sdk/provider';
import type { z } from 'zod';
import { TenetsBudgetError } from '../errors/tenets-budget-error.ts';
import type { ModelFailureReason } from '../errors/tenets-model-error.ts';
import { emptyUsage, type TokenUsage } from '../schemas/usage.ts';

export interface GenerateStructuredOptions<SCHEMA extends z.ZodType> {
  model: LanguageModel;
  schema: SCHEMA;
  /** Name of the output shape, sent to providers that support named JSON schemas. */
  schemaName?: string;
  /** The fixed task description. User text never goes here. */
  instructions: string;
  /** The per-item prompt, with user text inside delimiters (see `delimit`). */
  prompt: string;
  abortSignal?: AbortSignal;
  /** Transport retries handled by the AI SDK. Rate-limit aware retries live in the model layer. @default 0 */
  maxRetries?: number;
  /** One repair attempt when the reply fails its schema or is truncated. @default true */
  repair?: boolean;
  /** @default 0 */
  temperature?: number;
  maxOutputTokens?: number;
  /**
   * Version of the prompt text (e.g. `ground-v1`). Sent as `providerOptions.tenets.promptVersion`, which
   * providers ignore and the model layer's cache keys on.
   */
  promptVersion?: string;
  /** Passed through to the provider; merged with the prompt version. */
  providerOptions?: SharedV4ProviderOptions;
}

export type GenerateStructuredResult<VALUE> =
  | { success: true; value: VALUE; usage: TokenUsage; attempts: number }
  | { success: false; reason: ModelFailureReason; message: string; rawText: string | undefined; usage: TokenUsage; attempts: number };

export function toTokenUsage(usage: LanguageModelUsage | undefined, calls = 1): TokenUsage {
  const inputTokens = usage?.inputTokens ?? 0;
  const outputTokens = usage?.outputTokens ?? 0;
  return { ...emptyUsage(), calls, inputTokens, outputTokens, totalTokens: usage?.totalTokens ?? inputTokens + outputTokens };
}

/**
 * One structured LLM call: `generateText` + `Output.object`, one bounded repair attempt, and a typed
 * failure (with the raw reply) instead of a silent default. Never throws for bad replies; rethrows aborts.
 */
export async function generateStructured<SCHEMA extends z.ZodType>(
  options: GenerateStructuredOptions<SCHEMA>,
): Promise<GenerateStructuredResult<z.infer<SCHEMA>>> {
  const { model, schema, schemaName, instructions, prompt, abortSignal, maxRetries = 0, repair = true, temperature = 0, maxOutputTokens, promptVersion } = options;
  const providerOptions = promptVersion
    ? { ...options.providerOptions, tenets: { ...options.providerOptions?.tenets, promptVersion } }
    : options.providerOptions;
  const messages: ModelMessage[] = [{ role: 'user', content: prompt }];
  let usage = emptyUsage();
  const maxAttempts = repair ? 2 : 1;
  let last: { reason: ModelFailureReason; message: string; rawText: string | undefined } | undefined;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const result = await generateText({
        model,
        instructions,
        messages,
        output: Output.object({ schema, ...(schemaName ? { name: schemaName } : {}) }),
        temperature,
        maxRetries,
        abortSignal,
        ...(maxOutputTokens ? { maxOutputTokens } : {}),
        ...(providerOptions ? { providerOptions } : {}),
      });
      usage = addCallUsage(usage, result.usage);
      if (result.finishReason === 'length') {
        last = { reason: 'truncated', message: 'The reply was cut off (finish reason "length").', rawText: result.text };
      } else {
        return { success: true, value: result.output as z.infer<SCHEMA>, usage, attempts: attempt };
      }
    } catch (error) {
      // Aborts and budget stops end the run; they are not a bad reply to record.
      if (abortSignal?.aborted || isBudgetError(error)) throw error;
      if (NoObjectGeneratedError.isInstance(error)) {
        usage = addCallUsage(usage, error.usage);
        last = describeBadReply(error);
      } else {
        usage = { ...usage, calls: usage.calls + 1 };
        return { success: false, reason: 'api_error', message: describe(error), rawText: undefined, usage: { ...usage, failedCalls: usage.failedCalls + 1 }, attempts: attempt };
      }
    }
    if (attempt < maxAttempts && last) {
      messages.push({ role: 'assistant', content: last.rawText ?? '' });
      messages.push({
        role: 'user',
        content: `${last.message}\nAnswer the original request again, completely, as JSON that matches the schema exactly. Be concise.`,
      });
    }
  }
  const failure = last ?? { reason: 'parse_error' as const, message: 'No reply.', rawText: undefined };
  return { success: false, ...failure, usage: { ...usage, failedCalls: usage.failedCalls + 1 }, attempts: maxAttempts };
}

function addCallUsage(total: TokenUsage, usage: LanguageModelUsage | undefined): TokenUsage {
  const call = toTokenUsage(usage);
  return {
    ...total,
    calls: total.calls + 1,
    inputTokens: total.inputTokens + call.inputTokens,
    outputTokens: total.outputTokens + call.outputTokens,
    totalTokens: total.totalTokens + call.totalTokens,
  };
}

function describeBadReply(error: NoObjectGeneratedError): { reason: ModelFailureReason; message: string; rawText: string | undefined } {
  if (error.finishReason === 'length') return { reason: 'truncated', message: 'The reply was cut off (finish reason "length").', rawText: error.text };
  if (error.finishReason === 'content-filter') return { reason: 'refusal', message: 'The provider filtered the reply (finish reason "content-filter").', rawText: error.text };
  return { reason: 'parse_error', message: `The reply did not match its schema: ${describe(error.cause ?? error)}`, rawText: error.text };
}

function isBudgetError(error: unknown): boolean {
  return error instanceof TenetsBudgetError || (error instanceof Error && error.cause instanceof TenetsBudgetError);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.slice(0, 500);
  return String(error).slice(0, 500);
}
