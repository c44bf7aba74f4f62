import { APICallError } from '@ai-sdk/provider';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallLimiter } from './call-limiter.ts';
import { CallTimeoutError, classifyError } from './classify-error.ts';
import { parseRetryAfter } from './retry-after.ts';
import { retryWithBackoff, type RetryEvent } from './retry-with-backoff.ts';
import { Semaphore } from './semaphore.ts';
import { TokenBucket } from './token-bucket.ts';

function apiError(statusCode: number | undefined, headers: Record<string, string> = {}, isRetryable?: boolean): APICallError {
  return new APICallError({ message: `status ${statusCode}`, url: 'http://x/v1/chat/completions', requestBodyValues: {}, statusCode, responseHeaders: headers, isRetryable });
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Semaphore', () => {
  it('admits in FIFO order and lets a waiter abort', async () => {
    const semaphore = new Semaphore(1);
    const order: string[] = [];
    const releaseFirst = await semaphore.acquire();
    const controller = new AbortController();
    const second = semaphore.acquire(controller.signal).then(() => order.push('second'));
    const third = semaphore.acquire().then((release) => {
      order.push('third');
      release();
    });
    controller.abort(new Error('stop'));
    await expect(second).rejects.toThrow('stop');
    releaseFirst();
    releaseFirst();
    await third;
    expect(order).toEqual(['third']);
    expect(semaphore.activeCount).toBe(0);
    expect(semaphore.waitingCount).toBe(0);
  });
});

describe('TokenBucket', () => {
  it('spaces requests at the refill rate after the burst', async () => {
    const bucket = new TokenBucket({ perMinute: 60 }); // capacity 1, one per second
    const times: number[] = [];
    const takes = Array.from({ length: 4 }, () => bucket.take(1).then(() => times.push(Date.now())));
    await vi.advanceTimersByTimeAsync(5000);
    await Promise.all(takes);
    expect(times).toEqual([0, 1000, 2000, 3000]);
  });

  it('lets an oversized take through and makes the next one wait off the debt', async () => {
    const bucket = new TokenBucket({ perMinute: 6000 }); // capacity 100, 100 per second
    const times: number[] = [];
    void bucket.take(300).then(() => times.push(Date.now()));
    void bucket.take(50).then(() => times.push(Date.now()));
    await vi.advanceTimersByTimeAsync(10_000);
    // After 300 the level is -200; 50 more need 2.5 s of refill.
    expect(times).toEqual([0, 2500]);
    bucket.adjust(-1000);
    expect(bucket.available()).toBe(100);
  });
});

describe('CallLimiter', () => {
  it('never runs more than `concurrency` calls at once', async () => {
    const limiter = new CallLimiter({ concurrency: 3 });
    let running = 0;
    let peak = 0;
    const calls = Array.from({ length: 10 }, (_, index) =>
      limiter.run({ tokens: 1 }, async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 100 + index));
        running -= 1;
        return index;
      }),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(await Promise.all(calls)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });

  it('holds new calls while paused and releases them afterwards', async () => {
    const limiter = new CallLimiter({ concurrency: 4 });
    limiter.pauseUntil(Date.now() + 700);
    const started: number[] = [];
    const call = limiter.run({ tokens: 1 }, async () => started.push(Date.now()));
    await vi.advanceTimersByTimeAsync(1000);
    await call;
    expect(started).toEqual([700]);
  });

  it('applies RPM and TPM together', async () => {
    const limiter = new CallLimiter({ concurrency: 8, requestsPerMinute: 120, tokensPerMinute: 60_000 }); // 2 req/s; 1000 tok/s
    const started: number[] = [];
    const calls = [500, 500, 2000, 10].map((tokens) => limiter.run({ tokens }, async () => started.push(Date.now())));
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(calls);
    // Tokens: capacity 1000; 2000 waits for a full bucket (1 s) and leaves a debt of 1000, so 10 more wait 1010 ms.
    expect(started).toEqual([0, 0, 1000, 2010]);
  });
});

describe('parseRetryAfter', () => {
  it('reads retry-after-ms, seconds and HTTP dates', () => {
    expect(parseRetryAfter({ 'retry-after-ms': '250' })).toBe(250);
    expect(parseRetryAfter({ 'Retry-After': '2' })).toBe(2000);
    expect(parseRetryAfter({ 'retry-after': new Date(12_000).toUTCString() }, 2000)).toBe(10_000);
    expect(parseRetryAfter({ 'retry-after': 'soon' })).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('classifyError', () => {
  it('retries 408/409/429/5xx, timeouts and connection failures, nothing else', () => {
    const cases = [
      apiError(429, { 'retry-after': '3' }),
      apiError(503),
      apiError(408),
      apiError(400),
      apiError(401),
      apiError(404),
      apiError(undefined, {}, true),
      new CallTimeoutError(10),
      new TypeError('fetch failed'),
      new Error('boom'),
    ];
    expect(cases.map((error) => classifyError(error))).toMatchInlineSnapshot(`
      [
        {
          "kind": "rate-limit",
          "retryAfterMs": 3000,
          "retryable": true,
        },
        {
          "kind": "server",
          "retryable": true,
        },
        {
          "kind": "server",
          "retryable": true,
        },
        {
          "kind": "other",
          "retryable": false,
        },
        {
          "kind": "other",
          "retryable": false,
        },
        {
          "kind": "other",
          "retryable": false,
        },
        {
          "kind": "network",
          "retryable": true,
        },
        {
          "kind": "timeout",
          "retryable": true,
        },
        {
          "kind": "network",
          "retryable": true,
        },
        {
          "kind": "other",
          "retryable": false,
        },
      ]
    `);
  });
});

describe('retryWithBackoff', () => {
  const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000 };

  it('waits with full jitter, doubling the ceiling, and honours Retry-After', async () => {
    const errors = [apiError(500), apiError(500), apiError(429, { 'retry-after-ms': '1234' })];
    const events: RetryEvent[] = [];
    const result = retryWithBackoff(
      async (attempt) => {
        const error = errors[attempt - 1];
        if (error) throw error;
        return `ok after ${attempt}`;
      },
      { policy, random: () => 0.5, onRetry: (event) => events.push(event) },
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toBe('ok after 4');
    expect(events.map((event) => [event.attempt, event.delayMs, event.errorClass.kind])).toEqual([
      [1, 500, 'server'],
      [2, 1000, 'server'],
      [3, 1234, 'rate-limit'],
    ]);
  });

  it('gives up after maxAttempts with the last error, and at once on a non-retryable one', async () => {
    let attempts = 0;
    const exhausted = retryWithBackoff(
      async () => {
        attempts += 1;
        throw apiError(503);
      },
      { policy, random: () => 1 },
    );
    const assertion = expect(exhausted).rejects.toThrow('status 503');
    await vi.advanceTimersByTimeAsync(60_000);
    await assertion;
    expect(attempts).toBe(4);

    let unauthorizedAttempts = 0;
    await expect(
      retryWithBackoff(async () => {
        unauthorizedAttempts += 1;
        throw apiError(401);
      }, { policy }),
    ).rejects.toThrow('status 401');
    expect(unauthorizedAttempts).toBe(1);
  });

  it('caps Retry-After at maxDelayMs and stops waiting when aborted', async () => {
    const controller = new AbortController();
    const events: RetryEvent[] = [];
    const run = retryWithBackoff(
      async () => {
        throw apiError(429, { 'retry-after': '600' });
      },
      { policy, signal: controller.signal, onRetry: (event) => events.push(event) },
    );
    const assertion = expect(run).rejects.toThrow('cancelled');
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error('cancelled'));
    await assertion;
    expect(events.map((event) => event.delayMs)).toEqual([5000]);
  });
});
