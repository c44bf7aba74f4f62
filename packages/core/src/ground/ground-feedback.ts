import type { LanguageModel } from 'ai';
import { yieldToEventLoop } from '../util/yield-to-event-loop.ts';
import { notify } from '../events/notify.ts';
import type { PipelineEventListener } from '../events/pipeline-event.ts';
import { groundFeedbackLlm } from './llm/ground-feedback-llm.ts';
import { groundOfflineClauses } from './offline/ground-offline.ts';
import type { Aspect } from '../schemas/aspect.ts';
import type { Feedback } from '../schemas/feedback.ts';
import type { TokenUsage } from '../schemas/usage.ts';
import type { StageFailure } from '../events/stage-failure.ts';

export interface GroundFeedbackOptions {
  feedback: readonly Feedback[];
  /** Absent → the offline rule-based grounding. */
  model?: LanguageModel;
  /** @default 8 */
  concurrency?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
  now?: () => number;
}

export interface GroundFeedbackResult {
  /** Unique by id, in feedback order. */
  aspects: Aspect[];
  ungroundable: Array<{ feedbackId: string; reason: string }>;
  failures: StageFailure[];
  /** Model usage; undefined offline. */
  usage: TokenUsage | undefined;
  /**
   * Offline only: clauses that named no behaviour, by outcome and kind (`attached.critic-answer`,
   * `dropped.fragment`, `dropped.filler` …). Empty with a model.
   */
  setAside: Record<string, number>;
}

/** Stage-end counts of the clauses set aside: attached as context, and dropped (greetings and thanks not counted). */
export function setAsideTotals(setAside: Readonly<Record<string, number>>): { attached: number; dropped: number } {
  let attached = 0;
  let dropped = 0;
  for (const [key, count] of Object.entries(setAside)) {
    if (key.startsWith('attached.')) attached += count;
    else if (key.startsWith('dropped.') && key !== 'dropped.filler') dropped += count;
  }
  return { attached, dropped };
}

/** Critiques → grounded aspects, with a language model when one is given, else with the offline rules. */
export async function groundFeedback(options: GroundFeedbackOptions): Promise<GroundFeedbackResult> {
  const { feedback, model, concurrency = 8, abortSignal, onEvent, now = Date.now } = options;
  if (model) {
    const result = await groundFeedbackLlm({ feedback, model, concurrency, onEvent, abortSignal });
    return {
      aspects: dedupeById(result.aspects),
      ungroundable: result.ungroundable,
      failures: result.failures.map((failure) => ({ stage: 'ground', itemId: failure.feedbackId, reason: failure.reason, message: failure.message, rawText: failure.rawText })),
      usage: result.usage,
      setAside: {},
    };
  }
  const started = now();
  await notify(onEvent, { type: 'stage-start', stage: 'ground', total: feedback.length });
  const aspects: Aspect[] = [];
  const ungroundable: Array<{ feedbackId: string; reason: string }> = [];
  const setAside: Record<string, number> = {};
  for (const [index, record] of feedback.entries()) {
    const found = groundOfflineClauses(record);
    if (found.aspects.length === 0) ungroundable.push({ feedbackId: record.id, reason: ungroundableReason(found.setAside) });
    aspects.push(...found.aspects);
    for (const clause of found.setAside) setAside[`${clause.outcome}.${clause.kind}`] = (setAside[`${clause.outcome}.${clause.kind}`] ?? 0) + 1;
    if ((index + 1) % 200 === 0) {
      await notify(onEvent, { type: 'stage-progress', stage: 'ground', completed: index + 1, total: feedback.length });
      // A macrotask turn: the progress view redraws and a Ctrl-C is seen while a large log is grounded.
      await yieldToEventLoop();
      abortSignal?.throwIfAborted();
    }
  }
  const unique = dedupeById(aspects);
  const sorted = Object.fromEntries(Object.entries(setAside).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
  await notify(onEvent, { type: 'stage-end', stage: 'ground', durationMs: now() - started, counts: { aspects: unique.length, ungroundable: ungroundable.length, ...setAsideTotals(sorted) } });
  return { aspects: unique, ungroundable, failures: [], usage: undefined, setAside: sorted };
}

function ungroundableReason(setAside: ReadonlyArray<{ kind: string }>): string {
  if (setAside.some((clause) => clause.kind === 'own-problem' || clause.kind === 'restated-fact')) return 'names no behaviour of the assistant (a product or life problem of the critic, or the prompt restated)';
  return 'no behavioural content found';
}

function dedupeById(aspects: readonly Aspect[]): Aspect[] {
  const seen = new Set<string>();
  return aspects.filter((aspect) => (seen.has(aspect.id) ? false : (seen.add(aspect.id), true)));
}
