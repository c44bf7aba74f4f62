import { canonicalJson } from '../cache/canonical-json.ts';
import { sha256 } from '../cache/cache-key.ts';
import { emitModelEvent, type ModelEventListener } from '../events/model-event.ts';
import { abortReason, sleep as defaultSleep, type Sleep } from '../limits/sleep.ts';
import type { BatchJournal } from './batch-journal.ts';
import type { BatchClient } from './batch-status.ts';
import { BatchTracker } from './batch-tracker.ts';
import { chainDetach, createWaiter, jsonResponse, removeFrom, type Waiter } from './batch-waiter.ts';

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
