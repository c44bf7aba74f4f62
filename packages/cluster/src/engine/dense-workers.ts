import { Worker } from 'node:worker_threads';
import type { VectorStore } from './vector-store.ts';

/** Worker threads sharing a vector store's memory; rank r (1-based) owns the store's scratch area r. */
export interface DenseWorkers {
  count: number;
  /** Sends a task to the worker of `rank` and resolves with its reply; rejects if the worker fails. */
  request(rank: number, message: { type: string; task: unknown }): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * Starts `count` workers over the store's shared memory, or returns undefined when the store has no wasm memory
 * to share or threads cannot start here (callers then run everything on the main thread, with the same result).
 */
export function startDenseWorkers(store: VectorStore, count: number): DenseWorkers | undefined {
  const wanted = Math.min(count, store.threads - 1);
  if (wanted < 1 || store.wasm === undefined) return undefined;
  const workers: Worker[] = [];
  try {
    for (let rank = 1; rank <= wanted; rank++) {
      workers.push(
        new Worker(new URL('./dense-worker.js', import.meta.url), {
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
          if (reply.type === 'error') reject(new Error(`Clustering worker ${rank} failed: ${String(reply.message)}`));
          else resolve(reply);
        };
        const onError = (error: Error) => {
          cleanup();
          reject(error);
        };
        const onExit = (code: number) => {
          cleanup();
          reject(new Error(`Clustering worker ${rank} exited with code ${code}.`));
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
