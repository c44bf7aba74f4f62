import { describe, expect, it } from 'vitest';
import { generateBlobs } from '../test/generate-blobs.ts';
import { exactNearestNeighbours } from './exact-nearest-neighbours.ts';
import { neighbourForest } from './neighbour-forest.ts';
import { createVectorStore } from './vector-store.ts';

describe('neighbourForest', () => {
  it('certifies only edges of the exact minimum spanning tree', async () => {
    // minSamples 1: mutual reachability is the plain distance, and random data has no ties, so the MST is unique.
    const { vectors } = generateBlobs({ count: 300, dimensions: 8, clusters: 3, spread: 1, backgroundShare: 0.1, seed: 12 });
    const store = createVectorStore({ vectors, dimensions: 8, threads: 1 });
    const neighbours = 10;
    const lists = await exactNearestNeighbours({ store, neighbours });
    const coreDistances = new Float64Array(300);
    const forest = neighbourForest({ lists, neighbours, coreDistances });
    expect(forest.from.length).toBeGreaterThan(250);
    expect(forest.componentCount).toBe(300 - forest.from.length);

    // Textbook Prim on the complete graph, with the same float32 dot products.
    const complete = await exactNearestNeighbours({ store, neighbours: 299 });
    const distance = (left: number, right: number) => {
      const slot = complete.indices.subarray(left * 299, left * 299 + 299).indexOf(right);
      return complete.distances[left * 299 + slot]!;
    };
    const mst = new Set<string>();
    const best = new Float64Array(300).fill(Infinity);
    const from = new Int32Array(300);
    const inTree = new Uint8Array(300);
    let added = 0;
    inTree[0] = 1;
    for (let edge = 0; edge < 299; edge++) {
      let next = -1;
      for (let vertex = 0; vertex < 300; vertex++) {
        if (inTree[vertex]) continue;
        if (distance(added, vertex) < best[vertex]!) {
          best[vertex] = distance(added, vertex);
          from[vertex] = added;
        }
        if (next === -1 || best[vertex]! < best[next]!) next = vertex;
      }
      mst.add(`${Math.min(from[next]!, next)}-${Math.max(from[next]!, next)}`);
      inTree[next] = 1;
      added = next;
    }
    for (let edge = 0; edge < forest.from.length; edge++) expect(mst.has(`${forest.from[edge]}-${forest.to[edge]}`)).toBe(true);
  });

  it('without certification spans each connected component of the neighbour graph', async () => {
    const { vectors } = generateBlobs({ count: 200, dimensions: 8, clusters: 4, spread: 0.05, seed: 13 });
    const store = createVectorStore({ vectors, dimensions: 8, threads: 1 });
    const lists = await exactNearestNeighbours({ store, neighbours: 5 });
    const forest = neighbourForest({ lists, neighbours: 5, coreDistances: new Float64Array(200), certify: false });
    expect(forest.componentCount).toBe(4);
    expect(forest.from.length).toBe(196);
  });
});
