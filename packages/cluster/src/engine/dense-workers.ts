import { Worker } from 'node:worker_threads';
import type { VectorStore } from './vector-store.ts';

/** Worker threads sharing a vector store's memory; rank r (1-based) owns the store's scratch area r. */
export interface DenseWorkers {
  count: number;
  /** Sends a task to the worker of `rank` and resolves with its reply; rejects if the worker fails. */
  request(rank: number, message: { type: string; task: unknown }): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** A worker thread failed or exited; the caller can redo the work on the main thread. */
export class WorkerFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkerFailure';
  }
}

const defaultWorkerUrl = new URL('./dense-worker.js', import.meta.url);

/**
 * Starts `count` workers over the store's shared memory, or returns undefined when the store has no wasm memory
 * to share or threads cannot start here (callers then run everything on the main thread, with the same result).
 */
export function startDenseWorkers(store: VectorStore, count: number, workerUrl: URL = defaultWorkerUrl): DenseWorkers | undefined {
  const wanted = Math.min(count, store.threads - 1);
  if (wanted < 1 || store.wasm === undefined) return undefined;
  const workers: Worker[] = [];
  try {
    for (let rank = 1; rank <= wanted; rank++) {
      workers.push(
        new Worker(workerUrl, {
          workerData: { module: store.wasm.module, memory: store.wasm.memory, layout: store.layout, scratchOffset: store.scratchOffset(rank) },
        }),
      );
    }
  } catch {
    for (const worker of workers) void worker.terminate();
    return undefined;
  }
  return {
    count: workers.length,
    request(rank, message) {
      const worker = workers[rank - 1]!;
      return new Promise((resolve, reject) => {
        const onMessage = (reply: Record<string, unknown>) => {
          cleanup();
          if (reply.type === 'error') reject(new WorkerFailure(`clustering worker ${rank} failed: ${String(reply.message)}`));
          else resolve(reply);
        };
        const onError = (error: Error) => {
          cleanup();
          reject(new WorkerFailure(`clustering worker ${rank} failed: ${error.message}`, { cause: error }));
        };
        const onExit = (code: number) => {
          cleanup();
          reject(new WorkerFailure(`clustering worker ${rank} exited with code ${code}`));
        };
        const cleanup = () => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage(message);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** Lets timers and abort signals run between slices of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
