import type { LanguageModel } from 'ai';
import type { ModelFailureReason } from '../../errors/tenets-model-error.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import { addUsage, type TokenUsage } from '../../schemas/usage.ts';
import { buildBatchGroundingPrompt, buildGroundingPrompt } from './build-grounding-prompt.ts';
import { BATCH_GROUNDING_INSTRUCTIONS, GROUNDING_INSTRUCTIONS, GROUNDING_PROMPT_VERSION } from './grounding-prompt.ts';
import {
  batchGroundingReplySchema,
  checkGroundingVerdict,
  groundingReplySchema,
  type GroundedBehaviourReply,
  type GroundingVerdict,
  type UngroundableReason,
} from './grounding-schema.ts';
import type { GroundingCall } from './plan-grounding-calls.ts';

export type GroundingOutcome =
  | { kind: 'grounded'; aspects: GroundedBehaviourReply[] }
  | { kind: 'ungroundable'; reason: UngroundableReason }
  | { kind: 'failed'; reason: ModelFailureReason; message: string; rawText: string | undefined };

export interface GroundCallOptions {
  call: GroundingCall;
  feedback: readonly Feedback[];
  /** Rendered context + critique per feedback index. */
  rendered: readonly string[];
  model: LanguageModel;
  abortSignal?: AbortSignal;
}

export interface GroundCallResult {
  /** One outcome per feedback index the call covered. */
  outcomes: Array<[number, GroundingOutcome]>;
  usage: TokenUsage;
  warnings: string[];
}

/**
 * Runs one planned grounding call. A batch answer is checked per critique: a missing, duplicated or
 * inconsistent answer sends that critique to a call of its own, and an unusable batch reply sends all of
 * them; only a provider error fails the whole batch at once (the model layer has already retried it).
 */
export async function groundCall(options: GroundCallOptions): Promise<GroundCallResult> {
  const { call } = options;
  if (call.kind === 'single') {
    const single = await groundOne(options, call.index);
    return { outcomes: [[call.index, single.outcome]], usage: single.usage, warnings: [] };
  }
  const critiqueIds = call.indices.map((_, position) => `c${position + 1}`) as [string, ...string[]];
  const reply = await generateStructured({
    model: options.model,
    schema: batchGroundingReplySchema(critiqueIds),
    schemaName: 'grounding_batch',
    instructions: BATCH_GROUNDING_INSTRUCTIONS,
    prompt: buildBatchGroundingPrompt(call.indices.map((index, position) => ({ critiqueId: critiqueIds[position]!, rendered: options.rendered[index]! }))),
    promptVersion: GROUNDING_PROMPT_VERSION,
    abortSignal: options.abortSignal,
  });
  let usage = reply.usage;
  const warnings: string[] = [];
  const outcomes: Array<[number, GroundingOutcome]> = [];
  if (!reply.success && reply.reason === 'api_error') {
    for (const index of call.indices) outcomes.push([index, { kind: 'failed', reason: reply.reason, message: reply.message, rawText: reply.rawText }]);
    return { outcomes, usage, warnings };
  }
  const retry: number[] = [];
  call.indices.forEach((index, position) => {
    const feedbackId = options.feedback[index]!.id;
    if (!reply.success) {
      retry.push(index);
      return;
    }
    const answers = reply.value.results.filter((result) => result.critiqueId === critiqueIds[position]);
    const problem = answers.length === 1 ? checkGroundingVerdict(answers[0]!) : answers.length === 0 ? 'no answer' : `${answers.length} answers`;
    if (problem) {
      warnings.push(`Feedback ${feedbackId}: batched grounding gave ${problem}; grounding it on its own.`);
      retry.push(index);
    } else {
      outcomes.push([index, toOutcome(answers[0]!)]);
    }
  });
  if (!reply.success) warnings.push(`A batch of ${call.indices.length} critiques failed (${reply.reason}: ${reply.message}); grounding each on its own.`);
  for (const index of retry) {
    const single = await groundOne(options, index);
    usage = addUsage(usage, single.usage);
    outcomes.push([index, single.outcome]);
  }
  return { outcomes, usage, warnings };
}

async function groundOne(options: GroundCallOptions, index: number): Promise<{ outcome: GroundingOutcome; usage: TokenUsage }> {
  const reply = await generateStructured({
    model: options.model,
    schema: groundingReplySchema,
    schemaName: 'grounding',
    instructions: GROUNDING_INSTRUCTIONS,
    prompt: buildGroundingPrompt(options.rendered[index]!),
    promptVersion: GROUNDING_PROMPT_VERSION,
    abortSignal: options.abortSignal,
  });
  if (!reply.success) return { outcome: { kind: 'failed', reason: reply.reason, message: reply.message, rawText: reply.rawText }, usage: reply.usage };
  return { outcome: toOutcome(reply.value), usage: reply.usage };
}

function toOutcome(verdict: GroundingVerdict): GroundingOutcome {
  if (verdict.verdict === 'grounded') return { kind: 'grounded', aspects: verdict.aspects };
  // checkGroundingVerdict guarantees a reason for every ungroundable verdict.
  return { kind: 'ungroundable', reason: verdict.ungroundableReason! };
}
