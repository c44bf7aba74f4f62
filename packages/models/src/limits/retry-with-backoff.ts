import { classifyError, type ErrorClass } from './classify-error.ts';
import { sleep as defaultSleep, type Sleep } from './sleep.ts';

export interface RetryPolicy {
  /** Attempts in total (1 = no retry). */
  maxAttempts: number;
  /** Ceiling of the first backoff; doubles per attempt. */
  baseDelayMs: number;
  /** Longest wait, also the cap on Retry-After. */
  maxDelayMs: number;
}

export interface RetryEvent {
  attempt: number;
  delayMs: number;
  error: unknown;
  errorClass: ErrorClass;
}

export interface RetryWithBackoffOptions {
  policy: RetryPolicy;
  signal?: AbortSignal;
  /** Uniform in [0, 1). Inject a seeded one in tests. @default Math.random */
  random?: () => number;
  sleep?: Sleep;
  now?: () => number;
  /** Called before each wait; e.g. to pause a limiter on 429. */
  onRetry?: (event: RetryEvent) => void;
}

/**
 * Runs `attempt` until it succeeds, fails with a non-retryable error, or `maxAttempts` is used up (then
 * the last error is thrown). Waits Retry-After when the server sent it, else exponential backoff with
 * full jitter: uniform(0, min(maxDelay, base · 2^(n−1))). Aborting the signal stops at once.
 */
export async function retryWithBackoff<RESULT>(attempt: (attemptNumber: number) => Promise<RESULT>, options: RetryWithBackoffOptions): Promise<RESULT> {
  const { policy, signal, random = Math.random, sleep = defaultSleep, now = Date.now } = options;
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      if (signal?.aborted) throw error;
      const errorClass = classifyError(error, now());
      if (!errorClass.retryable || attemptNumber >= policy.maxAttempts) throw error;
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptNumber - 1));
      const delayMs = Math.round(errorClass.retryAfterMs === undefined ? random() * ceiling : Math.min(errorClass.retryAfterMs, policy.maxDelayMs));
      options.onRetry?.({ attempt: attemptNumber, delayMs, error, errorClass });
      await sleep(delayMs, signal);
    }
  }
}
