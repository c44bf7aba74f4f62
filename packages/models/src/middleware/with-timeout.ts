import { CallTimeoutError } from '../limits/classify-error.ts';

/**
 * Runs `work` with a signal that aborts after `timeoutMs` or when `outer` aborts. A timeout surfaces as
 * `CallTimeoutError` (retryable); the caller's abort surfaces unchanged.
 */
export async function withTimeout<RESULT>(timeoutMs: number | undefined, outer: AbortSignal | undefined, work: (signal: AbortSignal | undefined) => PromiseLike<RESULT>): Promise<RESULT> {
  if (timeoutMs === undefined) return await work(outer);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new CallTimeoutError(timeoutMs)), timeoutMs);
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  try {
    return await work(signal);
  } catch (error) {
    if (controller.signal.aborted && !outer?.aborted) throw new CallTimeoutError(timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
