import type { MinimumSpanningTree } from '../tree/tree-types.ts';
import { PrimPartition, primControl, waitForChange } from './dense-passes.js';
import { yieldToEventLoop, type DenseWorkers } from './dense-workers.ts';
import type { VectorStore } from './vector-store.ts';

export interface PrimMinimumSpanningTreeOptions {
  store: VectorStore;
  /** Core distance per point (distance to its minSamples-th nearest point, the point itself included). */
  coreDistances: Float64Array;
  workers?: DenseWorkers | undefined;
  abortSignal?: AbortSignal | undefined;
  /** Vertices per round-robin block when the vertex set is split between threads. @default 64 */
  blockSize?: number;
}

/**
 * Prim's algorithm on the complete mutual-reachability graph, max(core(a), core(b), 1 − a·b), computing distances
 * on the fly: O(n) memory, O(n²·d) time. Starts from point 0; each step adds the lightest vertex outside the tree
 * (ties to the lower index), so the tree is the same with or without workers. Threads advance in lockstep through
 * a shared control block (see dense-passes.js).
 */
export async function primMinimumSpanningTree({
  store,
  coreDistances,
  workers,
  abortSignal,
  blockSize = 64,
}: PrimMinimumSpanningTreeOptions): Promise<MinimumSpanningTree> {
  const count = store.layout.count;
  const edgeCount = Math.max(0, count - 1);
  const tree: MinimumSpanningTree = { from: new Int32Array(edgeCount), to: new Int32Array(edgeCount), weight: new Float64Array(edgeCount) };
  if (edgeCount === 0) return tree;
  const workerCount = workers?.count ?? 0;
  const threads = 1 + workerCount;
  const control = new Int32Array(new SharedArrayBuffer(4 * primControl.words));
  const results = new Float64Array(new SharedArrayBuffer(8 * 3 * threads));
  const replies = Array.from({ length: workerCount }, (_, index) =>
    workers!.request(index + 1, { type: 'prim', task: { control, results, coreDistances, rank: index + 1, threads, blockSize } }),
  );
  const settled = Promise.allSettled(replies);
  const own = new PrimPartition({
    kernel: store.kernel,
    buffer: store.buffer,
    layout: store.layout,
    scratchOffset: store.scratchOffset(0),
    coreDistances,
    rank: 0,
    threads,
    blockSize,
  });

  try {
    let added = 0;
    let sliceStarted = performance.now();
    for (let edge = 0; edge < edgeCount; edge++) {
      if (workerCount > 0) {
        Atomics.store(control, primControl.added, added);
        Atomics.store(control, primControl.done, 0);
        Atomics.add(control, primControl.generation, 1);
        Atomics.notify(control, primControl.generation);
      }
      own.step(added);
      results.set(own.result, 0);
      for (;;) {
        const done = Atomics.load(control, primControl.done);
        if (done >= workerCount) break;
        waitForChange(control, primControl.done, done);
      }
      if (Atomics.load(control, primControl.stop) === 2) break;

      let lightest = -1;
      let lightestWeight = Infinity;
      let lightestFrom = -1;
      for (let rank = 0; rank < threads; rank++) {
        const vertex = results[3 * rank + 1]!;
        if (vertex === -1) continue;
        const weight = results[3 * rank]!;
        if (lightest === -1 || weight < lightestWeight || (weight === lightestWeight && vertex < lightest)) {
          lightest = vertex;
          lightestWeight = weight;
          lightestFrom = results[3 * rank + 2]!;
        }
      }
      tree.from[edge] = lightestFrom;
      tree.to[edge] = lightest;
      tree.weight[edge] = lightestWeight;
      added = lightest;

      if ((edge & 255) === 255 && performance.now() - sliceStarted > 40) {
        await yieldToEventLoop();
        abortSignal?.throwIfAborted();
        sliceStarted = performance.now();
      }
    }
  } finally {
    if (workerCount > 0) {
      Atomics.store(control, primControl.stop, Math.max(1, Atomics.load(control, primControl.stop)));
      Atomics.add(control, primControl.generation, 1);
      Atomics.notify(control, primControl.generation);
    }
  }
  for (const reply of await settled) if (reply.status === 'rejected') throw reply.reason;
  return tree;
}
