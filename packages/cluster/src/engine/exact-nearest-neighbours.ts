import { NeighbourTiles, mergeNeighbourLists, type NeighbourLists } from './dense-passes.js';
import { yieldToEventLoop, type DenseWorkers } from './dense-workers.ts';
import { neighbourTileSize, type VectorStore } from './vector-store.ts';

export interface ExactNearestNeighboursOptions {
  store: VectorStore;
  /** Nearest other points to keep per point; at most count − 1. */
  neighbours: number;
  workers?: DenseWorkers | undefined;
  abortSignal?: AbortSignal | undefined;
}

/**
 * Brute-force k nearest neighbours by cosine distance: every pair once, in cache-sized tiles of the upper
 * triangle, shared between the main thread and the workers. Lists are sorted by (distance, index), so the
 * result does not depend on how tiles were shared out.
 */
export async function exactNearestNeighbours({ store, neighbours, workers, abortSignal }: ExactNearestNeighboursOptions): Promise<NeighbourLists> {
  const { count, rowBytes } = store.layout;
  if (neighbours < 1 || neighbours > count - 1) throw new RangeError(`neighbours must be in [1, ${count - 1}], got ${neighbours}.`);
  const tileSize = neighbourTileSize(rowBytes);
  const tileCount = Math.ceil(count / tileSize);
  const tilePairs = new Int32Array(tileCount * (tileCount + 1));
  let pair = 0;
  for (let rowTile = 0; rowTile < tileCount; rowTile++) {
    for (let columnTile = rowTile; columnTile < tileCount; columnTile++) {
      tilePairs[pair++] = rowTile;
      tilePairs[pair++] = columnTile;
    }
  }
  const tileCounter = new Int32Array(new SharedArrayBuffer(4));
  const task = { neighbours, tileSize, tilePairs, tileCounter };
  const replies = Array.from({ length: workers?.count ?? 0 }, (_, index) => workers!.request(index + 1, { type: 'neighbours', task }));
  // Attach handlers now so a failing worker never surfaces as an unhandled rejection while the main thread works.
  const settled = Promise.allSettled(replies);

  const own = new NeighbourTiles({
    kernel: store.kernel,
    buffer: store.buffer,
    layout: store.layout,
    scratchOffset: store.scratchOffset(0),
    ...task,
  });
  while (!own.run(40)) {
    await yieldToEventLoop();
    abortSignal?.throwIfAborted();
  }
  const lists: NeighbourLists = { distances: own.distances, indices: own.indices };
  for (const reply of await settled) {
    if (reply.status === 'rejected') throw reply.reason;
    mergeNeighbourLists(lists, reply.value as unknown as NeighbourLists, count, neighbours);
  }
  return lists;
}
