import { sleep as defaultSleep, type Sleep } from './sleep.ts';

export interface TokenBucketOptions {
  /** Refill rate. */
  perMinute: number;
  /** Most tokens the bucket holds (the burst). @default one second's worth, at least 1 */
  capacity?: number;
  now?: () => number;
  sleep?: Sleep;
}

/**
 * A token bucket that refills continuously. `take(n)` waits until min(n, capacity) tokens are there and
 * then takes n, going into debt if n is larger, so one oversized request still goes and the ones after it
 * wait longer. Takers are served in order.
 */
export class TokenBucket {
  readonly perMinute: number;
  readonly capacity: number;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private level: number;
  private updatedAt: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(options: TokenBucketOptions) {
    if (!(options.perMinute > 0)) throw new RangeError(`perMinute must be positive, got ${options.perMinute}.`);
    this.perMinute = options.perMinute;
    this.capacity = options.capacity ?? Math.max(1, options.perMinute / 60);
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.level = this.capacity;
    this.updatedAt = this.now();
  }

  take(amount: number, signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitAndTake(amount, signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Corrects the level after the fact, e.g. by actual minus estimated tokens. */
  adjust(extraTaken: number): void {
    this.refill();
    this.level = Math.min(this.capacity, this.level - extraTaken);
  }

  /** Tokens available now (negative while in debt). */
  available(): number {
    this.refill();
    return this.level;
  }

  private async waitAndTake(amount: number, signal: AbortSignal | undefined): Promise<void> {
    const needed = Math.min(amount, this.capacity);
    for (;;) {
      this.refill();
      if (this.level >= needed) {
        this.level -= amount;
        return;
      }
      await this.sleep(Math.ceil(((needed - this.level) * 60_000) / this.perMinute), signal);
    }
  }

  private refill(): void {
    const time = this.now();
    this.level = Math.min(this.capacity, this.level + ((time - this.updatedAt) * this.perMinute) / 60_000);
    this.updatedAt = time;
  }
}
