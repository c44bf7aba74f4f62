import { TenetsModelError } from '@tenets/core';
import type { ModelEventListener } from '../events/model-event.ts';
import { emitModelEvent } from '../events/model-event.ts';
import type { CallLimiter } from '../limits/call-limiter.ts';
import { CallTimeoutError } from '../limits/classify-error.ts';
import { retryWithBackoff, type RetryPolicy } from '../limits/retry-with-backoff.ts';
import type { Sleep } from '../limits/sleep.ts';
import { currentCallScope } from '../meter/call-scope.ts';
import type { CallTokens, MeteredModel, UsageMeter } from '../meter/usage-meter.ts';
import { withTimeout } from './with-timeout.ts';

/** Everything between a cache miss and the provider: budget, limits, retries, timeout, metering. */
export interface CallControls {
  meter: UsageMeter;
  model: MeteredModel;
  /** Absent in batch mode: the batch queue does its own pacing. */
  limiter?: CallLimiter;
  retry: RetryPolicy;
  /** Per attempt. Absent: no timeout. */
  timeoutMs?: number;
  random?: () => number;
  sleep?: Sleep;
  onEvent?: ModelEventListener;
}

/**
 * One network call under the controls: reserve budget (may throw `TenetsBudgetError`), wait for a
 * limiter slot, attempt with a timeout, retry retryable failures, then book usage. A call that times
 * out on every attempt ends in `TenetsModelError`; other final errors are rethrown as they came.
 */
export async function runControlledCall<RESULT>(
  controls: CallControls,
  call: { estimate: CallTokens; signal: AbortSignal | undefined; run: (signal: AbortSignal | undefined) => PromiseLike<RESULT>; tokensOf: (result: RESULT) => CallTokens },
): Promise<RESULT> {
  const { meter, model, limiter } = controls;
  const reservation = meter.reserve(model, call.estimate);
  const estimatedTokens = call.estimate.inputTokens + call.estimate.outputTokens;
  let retries = 0;
  const attempt = async (): Promise<RESULT> => {
    const once = async (report?: (actual: number) => void) => {
      const result = await withTimeout(controls.timeoutMs, call.signal, call.run);
      const tokens = call.tokensOf(result);
      report?.(tokens.inputTokens + tokens.outputTokens);
      return result;
    };
    return limiter ? limiter.run({ tokens: estimatedTokens, signal: call.signal }, once) : once();
  };
  try {
    const result = await retryWithBackoff(attempt, {
      policy: controls.retry,
      signal: call.signal,
      random: controls.random,
      sleep: controls.sleep,
      onRetry: (event) => {
        retries += 1;
        if (event.errorClass.retryAfterMs !== undefined) limiter?.pauseUntil(Date.now() + event.delayMs);
        emitModelEvent(controls.onEvent, {
          type: 'model-retry',
          stage: currentCallScope().stage ?? 'unattributed',
          model: model.spec,
          attempt: event.attempt,
          delayMs: event.delayMs,
          reason: event.errorClass.kind,
          message: event.error instanceof Error ? event.error.message.slice(0, 300) : String(event.error).slice(0, 300),
        });
      },
    });
    meter.recordSuccess(reservation, call.tokensOf(result), retries);
    return result;
  } catch (error) {
    if (call.signal?.aborted) {
      meter.cancel(reservation);
      throw error;
    }
    meter.recordFailure(reservation, retries);
    if (error instanceof CallTimeoutError) {
      throw new TenetsModelError({
        reason: 'api_error',
        message: `${model.spec} gave no reply within ${error.timeoutMs} ms (${retries + 1} attempt${retries === 0 ? '' : 's'}).`,
        hint: 'Raise --timeout, lower --concurrency, or check that the server is not overloaded.',
        cause: error,
      });
    }
    throw error;
  }
}
