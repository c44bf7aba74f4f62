import { Semaphore } from './semaphore.ts';
import { sleep as defaultSleep, type Sleep } from './sleep.ts';
import { TokenBucket } from './token-bucket.ts';

export interface CallLimiterOptions {
  /** Calls in flight at once. @default 8 */
  concurrency?: number;
  /** Requests per minute; burst of one second's worth. */
  requestsPerMinute?: number;
  /** Tokens per minute (estimated before the call, corrected after). */
  tokensPerMinute?: number;
  now?: () => number;
  sleep?: Sleep;
}

export interface LimitedCall {
  /** Estimated tokens of the request, for the tokens-per-minute bucket. */
  tokens: number;
  signal?: AbortSignal;
}

/**
 * Admits calls under a concurrency limit and optional RPM/TPM token buckets. A 429 with Retry-After
 * can pause all new calls (`pauseUntil`), so one rate-limit reply does not turn into eight.
 */
export class CallLimiter {
  private readonly slots: Semaphore;
  private readonly requests: TokenBucket | undefined;
  private readonly tokens: TokenBucket | undefined;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private pausedUntil = 0;

  constructor(options: CallLimiterOptions = {}) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? defaultSleep;
    this.now = now;
    this.sleep = sleep;
    this.slots = new Semaphore(options.concurrency ?? 8);
    this.requests = options.requestsPerMinute ? new TokenBucket({ perMinute: options.requestsPerMinute, now, sleep }) : undefined;
    this.tokens = options.tokensPerMinute ? new TokenBucket({ perMinute: options.tokensPerMinute, now, sleep }) : undefined;
  }

  get activeCount(): number {
    return this.slots.activeCount;
  }

  /** Runs `work` once admitted; the slot is held until it settles. Returns a function to report actual tokens. */
  async run<RESULT>(call: LimitedCall, work: (reportTokens: (actual: number) => void) => Promise<RESULT>): Promise<RESULT> {
    const release = await this.slots.acquire(call.signal);
    try {
      await this.requests?.take(1, call.signal);
      await this.tokens?.take(call.tokens, call.signal);
      while (this.pausedUntil > this.now()) await this.sleep(this.pausedUntil - this.now(), call.signal);
      return await work((actual) => this.tokens?.adjust(actual - call.tokens));
    } finally {
      release();
    }
  }

  /** Holds back every call not yet started until `time` (ms since epoch). */
  pauseUntil(time: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, time);
  }
}
