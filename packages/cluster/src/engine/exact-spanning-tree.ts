import type { MinimumSpanningTree } from '../tree/tree-types.ts';
import { componentPrimSpanningTree } from './component-prim-spanning-tree.ts';
import type { DenseWorkers } from './dense-workers.ts';
import { exactNearestNeighbours } from './exact-nearest-neighbours.ts';
import { neighbourForest } from './neighbour-forest.ts';
import type { VectorStore } from './vector-store.ts';

export interface ExactSpanningTreeOptions {
  store: VectorStore;
  /** Neighbours behind the core distance: minSamples − 1 (0 gives core distance 0). */
  neighbours: number;
  /** Neighbours listed to certify edges (at least neighbours + 8). */
  certifyNeighbours: number;
  workers: DenseWorkers | undefined;
  abortSignal: AbortSignal | undefined;
  /** Called after each phase with its name, for timings (and a chance to yield). */
  onPhase: (phase: string) => Promise<void>;
}

export interface ExactSpanningTree {
  coreDistances: Float64Array;
  spanningTree: MinimumSpanningTree;
  listedNeighbours: number;
  certifiedComponents: number;
}

/**
 * The exact engine: one brute-force pass for k-nearest-neighbour lists (core distances), Borůvka over the listed
 * edges that can be certified, then Prim's algorithm over the remaining components. Both passes compute
 * distances on the fly in tiles, so memory stays O(n·k).
 */
export async function exactSpanningTree({ store, neighbours, certifyNeighbours, workers, abortSignal, onPhase }: ExactSpanningTreeOptions): Promise<ExactSpanningTree> {
  const count = store.layout.count;
  // A listed edge is certified only below the last listed distance, so list a few beyond the core neighbour.
  const listed = Math.min(count - 1, Math.max(neighbours + 8, certifyNeighbours));
  const lists = await exactNearestNeighbours({ store, neighbours: listed, workers, abortSignal });
  const coreDistances = new Float64Array(count);
  if (neighbours > 0) for (let point = 0; point < count; point++) coreDistances[point] = lists.distances[point * listed + neighbours - 1]!;
  await onPhase('coreDistances');
  const forest = neighbourForest({ lists, neighbours: listed, coreDistances });
  await onPhase('certifiedForest');
  const spanningTree = await componentPrimSpanningTree({ store, coreDistances, forest, workers, abortSignal });
  await onPhase('spanningTree');
  return { coreDistances, spanningTree, listedNeighbours: listed, certifiedComponents: forest.componentCount };
}
