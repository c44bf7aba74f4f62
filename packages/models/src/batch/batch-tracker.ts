import type { ModelEventListener } from '../events/model-event.ts';
import { emitModelEvent } from '../events/model-event.ts';
import { abortReason, type Sleep } from '../limits/sleep.ts';
import type { BatchJournal } from './batch-journal.ts';
import { safeParseBatchOutput, type BatchOutputLine } from './batch-line-schema.ts';
import { BatchNotFoundError, terminalBatchStatuses, unusableBatchStatuses, type BatchClient, type BatchStatus } from './batch-status.ts';
import { chainDetach, jsonResponse, removeFrom, type Waiter } from './batch-waiter.ts';

interface LineResult {
  status: number;
  body: unknown;
}

export interface BatchTrackerOptions {
  client: BatchClient;
  journal: BatchJournal;
  pollIntervalMs: number;
  sleep: Sleep;
  onEvent?: ModelEventListener;
}

export interface BatchTrackerCallbacks {
  onStop: () => void;
  /** The server forgot the batch; these requests need a new one. */
  onLost: (requests: Array<{ hash: string; body: unknown; waiters: Waiter[] }>) => void;
}

/** Polls one batch and answers the calls waiting on it; keeps the results for calls that arrive late. */
export class BatchTracker {
  stopped = false;
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly bodies = new Map<string, unknown>();
  private results: Map<string, LineResult> | undefined;
  private fallback: LineResult | undefined;

  constructor(
    readonly batchId: string,
    private readonly options: BatchTrackerOptions,
    private readonly closed: AbortSignal,
    private readonly callbacks: BatchTrackerCallbacks,
  ) {}

  add(hash: string, body: unknown, waiter: Waiter): void {
    if (this.results) return this.answer(hash, [waiter]);
    this.bodies.set(hash, body);
    const list = this.waiters.get(hash) ?? [];
    list.push(waiter);
    waiter.detach = chainDetach(waiter.detach, () => removeFrom(list, waiter));
    this.waiters.set(hash, list);
  }

  async run(): Promise<void> {
    let failures = 0;
    for (;;) {
      let status: BatchStatus;
      try {
        status = await this.options.client.retrieve(this.batchId, this.closed);
        failures = 0;
      } catch (error) {
        if (error instanceof BatchNotFoundError && !this.closed.aborted) return this.lose();
        failures += 1;
        if (this.closed.aborted || failures >= 5) return this.stop(error);
        await this.pause();
        continue;
      }
      this.options.journal.updateStatus(this.batchId, status.status);
      emitModelEvent(this.options.onEvent, { type: 'batch-progress', batchId: this.batchId, status: status.status, completed: status.completed, failed: status.failed, total: status.total });
      if (terminalBatchStatuses.has(status.status)) {
        try {
          await this.finish(status);
        } catch (error) {
          this.stop(error);
        }
        return;
      }
      if (this.liveWaiters() === 0) return this.stop(undefined);
      if (!(await this.pause())) return this.stop(abortReason(this.closed));
    }
  }

  private async finish(status: BatchStatus): Promise<void> {
    const results = new Map<string, LineResult>();
    let unreadable = 0;
    for (const fileId of [status.outputFileId, status.errorFileId]) {
      if (!fileId) continue;
      const parsed = safeParseBatchOutput(await this.options.client.download(fileId, this.closed));
      unreadable += parsed.unreadable;
      for (const line of parsed.lines) results.set(line.custom_id, toLineResult(line));
    }
    const reason =
      status.status === 'completed'
        ? unreadable > 0
          ? `its result line was missing or unreadable (${unreadable} unreadable line${unreadable === 1 ? '' : 's'})`
          : 'its result line was missing'
        : `the batch ended "${status.status}"${status.errors.length ? `: ${status.errors.join('; ')}` : ''}`;
    this.fallback = { status: 500, body: { error: { message: `Batch ${this.batchId}: no result for this request, ${reason}.`, type: 'batch_error', code: status.status } } };
    this.results = results;
    const failed: string[] = [];
    for (const [hash, list] of this.waiters) {
      if ((results.get(hash)?.status ?? 500) !== 200) failed.push(hash);
      this.answer(hash, [...list]);
    }
    this.waiters.clear();
    if (!unusableBatchStatuses.has(status.status)) this.options.journal.forget(this.batchId, failed);
    const succeeded = [...results.values()].filter((result) => result.status === 200).length;
    emitModelEvent(this.options.onEvent, { type: 'batch-finished', batchId: this.batchId, status: status.status, succeeded, failed: status.total - succeeded });
  }

  private answer(hash: string, waiters: Waiter[]): void {
    const result = this.results?.get(hash) ?? this.fallback ?? { status: 500, body: { error: { message: 'No batch result.' } } };
    for (const waiter of waiters) {
      waiter.detach();
      waiter.resolve(jsonResponse(result.status, result.body));
    }
  }

  private liveWaiters(): number {
    let count = 0;
    for (const list of this.waiters.values()) count += list.length;
    return count;
  }

  private async pause(): Promise<boolean> {
    try {
      await this.options.sleep(this.options.pollIntervalMs, this.closed);
      return true;
    } catch {
      return false;
    }
  }

  private lose(): void {
    this.stopped = true;
    this.callbacks.onStop();
    // Waiters keep their abort listeners: they move to the queue's buffer as they are.
    const requests = [...this.waiters].map(([hash, list]) => ({ hash, body: this.bodies.get(hash), waiters: [...list] }));
    this.waiters.clear();
    this.callbacks.onLost(requests);
  }

  private stop(error: unknown): void {
    this.stopped = true;
    this.callbacks.onStop();
    for (const list of this.waiters.values()) {
      for (const waiter of [...list]) {
        waiter.detach();
        waiter.reject(error ?? new Error(`Stopped polling batch ${this.batchId}.`));
      }
    }
    this.waiters.clear();
  }
}

function toLineResult(line: BatchOutputLine): LineResult {
  if (line.response) return { status: line.response.status_code, body: line.response.body };
  return { status: 500, body: { error: { message: line.error?.message ?? 'The batch request failed.', type: 'batch_error', code: line.error?.code ?? null } } };
}
