import { canonicalJson } from '../cache/canonical-json.ts';
import { sha256 } from '../cache/cache-key.ts';
import { emitModelEvent, type ModelEventListener } from '../events/model-event.ts';
import { abortReason, sleep as defaultSleep, type Sleep } from '../limits/sleep.ts';
import type { BatchJournal } from './batch-journal.ts';
import { safeParseBatchOutput, type BatchOutputLine } from './batch-line-schema.ts';
import { BatchNotFoundError, terminalBatchStatuses, unusableBatchStatuses, type BatchClient, type BatchStatus } from './batch-status.ts';

export interface BatchQueueOptions {
  client: BatchClient;
  journal: BatchJournal;
  /** Identifies the server in the journal. */
  baseURL: string;
  /** Submit once no request arrived for this long. @default 500 */
  idleMs?: number;
  /** Submit once this many distinct requests are waiting. @default 50000 */
  maxRequests?: number;
  /** @default 15000 */
  pollIntervalMs?: number;
  /** Non-chat requests go here. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  onEvent?: ModelEventListener;
  sleep?: Sleep;
}

interface Waiter {
  resolve: (response: Response) => void;
  reject: (reason: unknown) => void;
  detach: () => void;
}

interface LineResult {
  status: number;
  body: unknown;
}

/**
 * Turns interactive chat-completion calls into Batch API jobs behind a `fetch`. Give `queue.fetch` to
 * `createOpenAI({ fetch })`: the AI SDK still builds each request and parses each reply, but the
 * request body is parked, collected with others until the queue is idle (or full), submitted as one
 * batch, and answered with a synthetic `Response` built from its result line. Submitted batch ids and
 * request hashes go to the journal, so a restarted run polls the existing batch instead of paying twice.
 */
export class BatchQueue {
  readonly fetch: typeof globalThis.fetch;
  private readonly buffer = new Map<string, { body: unknown; waiters: Waiter[] }>();
  private readonly trackers = new Map<string, BatchTracker>();
  private readonly closed = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly options: Required<Omit<BatchQueueOptions, 'onEvent' | 'fetch'>> & Pick<BatchQueueOptions, 'onEvent' | 'fetch'>;

  constructor(options: BatchQueueOptions) {
    this.options = { idleMs: 500, maxRequests: 50_000, pollIntervalMs: 15_000, sleep: defaultSleep, ...options };
    this.fetch = (input, init) => this.handle(input, init);
  }

  /** Stops polling and rejects every waiting call. Submitted batches keep running server-side. */
  close(): void {
    clearTimeout(this.timer);
    this.closed.abort(new Error('The batch queue was closed.'));
    for (const entry of this.buffer.values()) for (const waiter of entry.waiters) waiter.reject(abortReason(this.closed.signal));
    this.buffer.clear();
  }

  private async handle(input: Parameters<typeof globalThis.fetch>[0], init: RequestInit | undefined): Promise<Response> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if ((init?.method ?? 'GET').toUpperCase() !== 'POST' || !/\/chat\/completions$/.test(new URL(url).pathname)) {
      return (this.options.fetch ?? globalThis.fetch)(input, init);
    }
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : await new Response(init?.body).text()) as { stream?: boolean };
    if (body.stream) return jsonResponse(400, { error: { message: 'Streaming is not available in batch mode.', type: 'invalid_request_error', code: null } });
    const hash = sha256(canonicalJson(body));
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      if (signal?.aborted) return reject(abortReason(signal));
      const waiter = createWaiter(resolve, reject, signal);
      const batchId = this.options.journal.findBatch(hash, this.options.baseURL);
      if (batchId) {
        this.tracker(batchId, true).add(hash, body, waiter);
        return;
      }
      this.enqueue(hash, body, waiter);
    });
  }

  private enqueue(hash: string, body: unknown, waiter: Waiter): void {
    const entry = this.buffer.get(hash) ?? { body, waiters: [] };
    entry.waiters.push(waiter);
    waiter.detach = chainDetach(waiter.detach, () => removeFrom(entry.waiters, waiter));
    this.buffer.set(hash, entry);
    clearTimeout(this.timer);
    if (this.buffer.size >= this.options.maxRequests) void this.flush();
    else this.timer = setTimeout(() => void this.flush(), this.options.idleMs);
  }

  private async flush(): Promise<void> {
    clearTimeout(this.timer);
    const entries = [...this.buffer].filter(([, entry]) => entry.waiters.length > 0);
    this.buffer.clear();
    if (entries.length === 0) return;
    const jsonl = entries.map(([hash, entry]) => JSON.stringify({ custom_id: hash, method: 'POST', url: '/v1/chat/completions', body: entry.body })).join('\n');
    try {
      const { batchId } = await this.options.client.submit(`${jsonl}\n`, { tool: 'tenets' });
      this.options.journal.recordSubmitted(
        batchId,
        this.options.baseURL,
        entries.map(([hash]) => hash),
      );
      emitModelEvent(this.options.onEvent, { type: 'batch-submitted', batchId, requests: entries.length });
      const tracker = this.tracker(batchId, false);
      for (const [hash, entry] of entries) for (const waiter of entry.waiters) tracker.add(hash, entry.body, waiter);
    } catch (error) {
      for (const [, entry] of entries) for (const waiter of entry.waiters) waiter.reject(error);
    }
  }

  private tracker(batchId: string, resumed: boolean): BatchTracker {
    const existing = this.trackers.get(batchId);
    if (existing && !existing.stopped) return existing;
    const tracker = new BatchTracker(batchId, this.options, this.closed.signal, {
      onStop: () => this.trackers.delete(batchId),
      // The server forgot the batch: submit its requests again rather than failing them.
      onLost: (requests) => {
        this.options.journal.updateStatus(batchId, 'expired');
        for (const request of requests) for (const waiter of request.waiters) this.enqueue(request.hash, request.body, waiter);
      },
    });
    this.trackers.set(batchId, tracker);
    if (resumed) emitModelEvent(this.options.onEvent, { type: 'batch-resumed', batchId });
    void tracker.run();
    return tracker;
  }
}

/** Polls one batch and answers the calls waiting on it; keeps the results for calls that arrive late. */
class BatchTracker {
  stopped = false;
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly bodies = new Map<string, unknown>();
  private results: Map<string, LineResult> | undefined;
  private fallback: LineResult | undefined;

  constructor(
    readonly batchId: string,
    private readonly options: BatchQueueOptions & { pollIntervalMs: number; sleep: Sleep },
    private readonly closed: AbortSignal,
    private readonly callbacks: { onStop: () => void; onLost: (requests: Array<{ hash: string; body: unknown; waiters: Waiter[] }>) => void },
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

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function createWaiter(resolve: (response: Response) => void, reject: (reason: unknown) => void, signal: AbortSignal | undefined): Waiter {
  const waiter: Waiter = { resolve, reject, detach: () => signal?.removeEventListener('abort', onAbort) };
  const onAbort = () => {
    waiter.detach();
    reject(abortReason(signal));
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  return waiter;
}

function chainDetach(first: () => void, second: () => void): () => void {
  return () => {
    first();
    second();
  };
}

function removeFrom<ITEM>(list: ITEM[], item: ITEM): void {
  const index = list.indexOf(item);
  if (index >= 0) list.splice(index, 1);
}
