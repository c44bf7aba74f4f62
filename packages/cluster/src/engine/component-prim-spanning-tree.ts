import type { MinimumSpanningTree } from '../tree/tree-types.ts';
import type { NeighbourForest } from './neighbour-forest.ts';
import { ComponentPrimPartition, primControl, waitForChange } from './dense-passes.js';
import { yieldToEventLoop, type DenseWorkers } from './dense-workers.ts';
import { neighbourTileSize, type VectorStore } from './vector-store.ts';

export interface ComponentPrimSpanningTreeOptions {
  store: VectorStore;
  /** Core distance per point (distance to its minSamples-th nearest point, the point itself included). */
  coreDistances: Float64Array;
  /** Edges already known to be in a minimum spanning tree, and the components they form. */
  forest: NeighbourForest;
  workers?: DenseWorkers | undefined;
  abortSignal?: AbortSignal | undefined;
  /** Vertices per round-robin block when the vertex set is split between threads. @default 64 */
  blockSize?: number;
}

/**
 * Completes a certified spanning forest into an exact minimum spanning tree of the complete mutual-reachability
 * graph, max(core(a), core(b), 1 − a·b): Prim's algorithm over the forest's components, starting from the one
 * holding point 0, computing distances on the fly (O(n) memory). Threads own disjoint vertex sets and meet once
 * per component through a shared control block (see dense-passes.js), so the tree is the same with or without
 * workers.
 */
export async function componentPrimSpanningTree({
  store,
  coreDistances,
  forest,
  workers,
  abortSignal,
  blockSize = 64,
}: ComponentPrimSpanningTreeOptions): Promise<MinimumSpanningTree> {
  const count = store.layout.count;
  const { componentCount, componentOf } = forest;
  const edgeCount = Math.max(0, count - 1);
  const tree: MinimumSpanningTree = { from: new Int32Array(edgeCount), to: new Int32Array(edgeCount), weight: new Float64Array(edgeCount) };
  tree.from.set(forest.from);
  tree.to.set(forest.to);
  tree.weight.set(forest.weight);
  let edge = forest.from.length;
  if (componentCount <= 1) return tree;

  const componentStart = new Int32Array(componentCount + 1);
  for (let point = 0; point < count; point++) componentStart[componentOf[point]! + 1]!++;
  for (let component = 0; component < componentCount; component++) componentStart[component + 1]! += componentStart[component]!;
  const componentMembers = new Int32Array(count);
  const fill = componentStart.slice(0, componentCount);
  for (let point = 0; point < count; point++) componentMembers[fill[componentOf[point]!]!++] = point;

  const workerCount = workers?.count ?? 0;
  const threads = 1 + workerCount;
  const tileSize = neighbourTileSize(store.layout.rowBytes);
  const control = new Int32Array(new SharedArrayBuffer(4 * primControl.words));
  const results = new Float64Array(new SharedArrayBuffer(8 * 3 * threads));
  const partitionOptions = { coreDistances, componentOf, componentStart, componentMembers, threads, tileSize, blockSize };
  const replies = Array.from({ length: workerCount }, (_, index) =>
    workers!.request(index + 1, { type: 'prim', task: { control, results, rank: index + 1, ...partitionOptions } }),
  );
  const settled = Promise.allSettled(replies);
  const own = new ComponentPrimPartition({
    kernel: store.kernel,
    buffer: store.buffer,
    layout: store.layout,
    scratchOffset: store.scratchOffset(0),
    rank: 0,
    ...partitionOptions,
  });

  try {
    let added = componentOf[0]!;
    let sliceStarted = performance.now();
    for (let step = 0; step < componentCount - 1; step++) {
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
      edge++;
      added = componentOf[lightest]!;

      if (performance.now() - sliceStarted > 40) {
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
