import type { LanguageModel } from 'ai';
import { TenetsError } from '../../errors/tenets-error.ts';
import type { ModelFailureReason } from '../../errors/tenets-model-error.ts';
import { notify } from '../../events/notify.ts';
import type { PipelineEventListener } from '../../events/pipeline-event.ts';
import type { Aspect } from '../../schemas/aspect.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import { buildGroundedAspects } from './build-grounded-aspects.ts';
import { renderGroundingItem } from './build-grounding-prompt.ts';
import { groundCall, type GroundingOutcome } from './ground-call.ts';
import { planGroundingCalls } from './plan-grounding-calls.ts';
import type { UngroundableReason } from './grounding-schema.ts';
import { positiveIntegerOption } from '../../llm/stage-option.ts';

export interface GroundFeedbackLlmOptions {
  feedback: readonly Feedback[];
  model: LanguageModel;
  /** Calls in flight at once. @default 8 */
  concurrency?: number;
  /** Let several short critiques share one call (saves the repeated instructions). @default true */
  batchShortCritiques?: boolean;
  /** A critique this long or shorter counts as short. @default 280 */
  shortCritiqueChars?: number;
  /** Most critiques in one batched call. @default 8 */
  maxPerBatch?: number;
  /** Most rendered characters (contexts and critiques) in one batched call. @default 16000 */
  maxBatchChars?: number;
  /** Longest a single context field may be before it is truncated. @default 6000 */
  maxFieldChars?: number;
  /** Rough budget for one critique's whole rendered context. @default 24000 */
  maxContextChars?: number;
  onEvent?: PipelineEventListener;
  abortSignal?: AbortSignal;
}

export interface GroundingFailure {
  feedbackId: string;
  reason: ModelFailureReason;
  message: string;
  rawText?: string;
}

export interface GroundFeedbackLlmResult {
  /** In feedback order, then in the order the model listed them. */
  aspects: Aspect[];
  ungroundable: Array<{ feedbackId: string; reason: UngroundableReason }>;
  failures: GroundingFailure[];
  usage: TokenUsage;
  warnings: string[];
}

/**
 * LLM grounding: each critique with its context becomes atomic aspects (behaviour, sign, evidence) or an
 * explicit ungroundable verdict. Quotes are verified in code; every critique ends grounded, ungroundable or
 * counted as failed (reported through `item-failed`).
 */
export async function groundFeedbackLlm(options: GroundFeedbackLlmOptions): Promise<GroundFeedbackLlmResult> {
  const { feedback, model, batchShortCritiques = true, onEvent, abortSignal } = options;
  const concurrency = positiveIntegerOption('concurrency', options.concurrency ?? 8);
  const plan = {
    batchShortCritiques,
    shortCritiqueChars: positiveIntegerOption('shortCritiqueChars', options.shortCritiqueChars ?? 280),
    maxPerBatch: positiveIntegerOption('maxPerBatch', options.maxPerBatch ?? 8),
    maxBatchChars: positiveIntegerOption('maxBatchChars', options.maxBatchChars ?? 16_000),
  };
  const started = Date.now();
  await notify(onEvent, { type: 'stage-start', stage: 'ground', total: feedback.length });
  const rendered = feedback.map((record) => renderGroundingItem(record, { maxFieldChars: options.maxFieldChars, maxContextChars: options.maxContextChars }));
  const calls = planGroundingCalls(
    feedback.map((record, index) => ({ critiqueLength: record.critique.length, renderedLength: rendered[index]!.length })),
    plan,
  );
  const outcomes = new Array<GroundingOutcome>(feedback.length);
  let completed = 0;

  // Warnings and usage are folded in call order afterwards, never in completion order.
  const callResults = await mapConcurrent(
    calls,
    concurrency,
    async (call) => {
      const result = await groundCall({ call, feedback, rendered, model, abortSignal });
      for (const [index, outcome] of result.outcomes) {
        outcomes[index] = outcome;
        if (outcome.kind === 'failed') {
          await notify(onEvent, { type: 'item-failed', stage: 'ground', itemId: feedback[index]!.id, reason: outcome.reason, message: outcome.message });
        }
      }
      completed += result.outcomes.length;
      await notify(onEvent, { type: 'stage-progress', stage: 'ground', completed, total: feedback.length });
      return { usage: result.usage, warnings: result.warnings };
    },
    { abortSignal },
  );
  const usage = callResults.reduce((total, result) => addUsage(total, result.usage), emptyUsage());
  const warnings = callResults.flatMap((result) => result.warnings);

  const result: GroundFeedbackLlmResult = { aspects: [], ungroundable: [], failures: [], usage, warnings };
  feedback.forEach((record, index) => {
    const outcome = outcomes[index];
    if (!outcome) throw new TenetsError({ message: `Grounding lost feedback ${record.id}: no outcome was recorded. This is a bug in Tenets.` });
    if (outcome.kind === 'grounded') {
      const built = buildGroundedAspects(record, outcome.aspects);
      result.aspects.push(...built.aspects);
      result.warnings.push(...built.warnings);
    } else if (outcome.kind === 'ungroundable') {
      result.ungroundable.push({ feedbackId: record.id, reason: outcome.reason });
    } else {
      result.failures.push({ feedbackId: record.id, reason: outcome.reason, message: outcome.message, ...(outcome.rawText === undefined ? {} : { rawText: outcome.rawText }) });
    }
  });
  for (const message of result.warnings) await notify(onEvent, { type: 'warning', stage: 'ground', message });
  const counts = { feedback: feedback.length, aspects: result.aspects.length, ungroundable: result.ungroundable.length, failed: result.failures.length, calls: calls.length };
  await notify(onEvent, { type: 'stage-end', stage: 'ground', durationMs: Date.now() - started, counts, usage });
  return result;
}
