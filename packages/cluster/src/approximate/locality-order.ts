import { seededRandom } from '@tenets/core';
import { createVectorStore, type VectorStore } from '../engine/vector-store.ts';
import { randomProjectionLeaves } from './random-projection-leaves.ts';

/**
 * A copy of the store with rows reordered so that points close in angle sit close in memory: the leaf order of
 * one random-projection tree. Neighbour search reads rows at random otherwise, and at 100k × 384 those reads
 * (150 MB, far beyond cache) cost more than the arithmetic. `order[position]` is the original index of the row
 * now at `position`.
 */
export function localityOrderedStore(store: VectorStore, seed: number): { store: VectorStore; order: Int32Array } {
  const { count } = store.layout;
  const leaves = randomProjectionLeaves({ store, trees: 1, leafSize: 256, random: seededRandom(seed ^ 0x2545f491) });
  const order = new Int32Array(count);
  let position = 0;
  for (const leaf of leaves) for (const point of leaf) order[position++] = point;
  const { paddedDimensions, dimensions, rows } = store;
  const vectors = Array.from(order, (point) => rows.subarray(point * paddedDimensions, point * paddedDimensions + dimensions));
  return { store: createVectorStore({ vectors, dimensions, threads: 1, normalise: false, kernel: store.wasm === undefined ? 'js' : 'wasm' }), order };
}
