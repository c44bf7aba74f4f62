import { neighbourForest } from '../engine/neighbour-forest.ts';
import type { VectorStore } from '../engine/vector-store.ts';
import type { MinimumSpanningTree } from '../tree/tree-types.ts';
import type { NeighbourGraph } from './approximate-nearest-neighbours.ts';
import { joinComponents } from './join-components.ts';

export interface NeighbourGraphSpanningTreeOptions {
  store: VectorStore;
  graph: NeighbourGraph;
}

/**
 * The approximate engine's spanning tree: the minimum spanning forest of the k-nearest-neighbour graph under
 * mutual reachability (Borůvka over the listed edges), with its components joined by estimated shortest edges.
 * Reports how many components the neighbour graph had, so callers can say so.
 */
export async function neighbourGraphSpanningTree({ store, graph }: NeighbourGraphSpanningTreeOptions): Promise<{ spanningTree: MinimumSpanningTree; components: number }> {
  const forest = neighbourForest({ lists: graph.lists, neighbours: graph.neighbours, coreDistances: graph.coreDistances, certify: false });
  const spanningTree = await joinComponents({ store, coreDistances: graph.coreDistances, forest });
  return { spanningTree, components: forest.componentCount };
}
