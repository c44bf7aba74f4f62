import { APICallError } from '@ai-sdk/provider';
import { parseRetryAfter } from './retry-after.ts';

export interface ErrorClass {
  kind: 'rate-limit' | 'server' | 'timeout' | 'network' | 'other';
  retryable: boolean;
  /** From Retry-After / retry-after-ms, when the server sent one. */
  retryAfterMs?: number;
}

/** Marks an attempt our per-call timer cut off (as opposed to the caller aborting). */
export class CallTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`No reply within ${timeoutMs} ms.`);
    this.name = 'CallTimeoutError';
  }
}

/** Whether a failed attempt is worth repeating: 408/409/429/5xx, timeouts and connection failures are. */
export function classifyError(error: unknown, now = Date.now()): ErrorClass {
  if (error instanceof CallTimeoutError) return { kind: 'timeout', retryable: true };
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    const retryAfterMs = parseRetryAfter(error.responseHeaders, now);
    const extra = retryAfterMs === undefined ? {} : { retryAfterMs };
    if (status === 429) return { kind: 'rate-limit', retryable: true, ...extra };
    if (status !== undefined && (status === 408 || status === 409 || status >= 500)) return { kind: 'server', retryable: true, ...extra };
    if (status === undefined && error.isRetryable) return { kind: 'network', retryable: true };
    return { kind: 'other', retryable: false };
  }
  if (error instanceof TypeError && /fetch failed|failed to fetch/i.test(error.message)) return { kind: 'network', retryable: true };
  return { kind: 'other', retryable: false };
}
