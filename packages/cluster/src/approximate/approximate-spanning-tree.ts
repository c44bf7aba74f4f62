import { neighbourForest } from '../engine/neighbour-forest.ts';
import type { VectorStore } from '../engine/vector-store.ts';
import type { MinimumSpanningTree } from '../tree/tree-types.ts';
import { approximateNearestNeighbours, type ApproximateNeighbourOptions } from './approximate-nearest-neighbours.ts';
import { joinComponents } from './join-components.ts';
import { localityOrderedStore } from './locality-order.ts';

export interface ApproximateSpanningTreeOptions {
  store: VectorStore;
  /** Neighbours behind the core distance: minSamples − 1. */
  neighbours: number;
  seed: number;
  tuning: ApproximateNeighbourOptions | undefined;
  abortSignal: AbortSignal | undefined;
  /** Called after each phase with its name, for timings (and a chance to yield). */
  onPhase: (phase: string) => Promise<void>;
}

export interface ApproximateSpanningTree {
  coreDistances: Float64Array;
  spanningTree: MinimumSpanningTree;
  listedNeighbours: number;
  nnDescentRounds: number;
  /** Connected components of the neighbour graph before they were joined. */
  components: number;
}

/**
 * The approximate engine for large n: NN-descent neighbour lists and core distances, the minimum spanning forest
 * of that neighbour graph under mutual reachability (Borůvka over the listed edges), and its components joined by
 * estimated shortest edges. Memory O(n·k); time about linear in n.
 */
export async function approximateSpanningTree({ store: original, neighbours, seed, tuning, abortSignal, onPhase }: ApproximateSpanningTreeOptions): Promise<ApproximateSpanningTree> {
  const { store, order } = localityOrderedStore(original, seed);
  await onPhase('localityOrder');
  const graph = await approximateNearestNeighbours({ store, neighbours, seed, abortSignal, onPhase, ...tuning });
  const forest = neighbourForest({ lists: graph.lists, neighbours: graph.neighbours, coreDistances: graph.coreDistances, certify: false });
  const ordered = await joinComponents({ store, coreDistances: graph.coreDistances, forest });
  // Back to the caller's indices.
  const coreDistances = new Float64Array(order.length);
  for (let position = 0; position < order.length; position++) coreDistances[order[position]!] = graph.coreDistances[position]!;
  const spanningTree = {
    from: Int32Array.from(ordered.from, (position) => order[position]!),
    to: Int32Array.from(ordered.to, (position) => order[position]!),
    weight: ordered.weight,
  };
  await onPhase('spanningTree');
  return {
    coreDistances,
    spanningTree,
    listedNeighbours: graph.neighbours,
    nnDescentRounds: graph.rounds,
    components: forest.componentCount,
  };
}
