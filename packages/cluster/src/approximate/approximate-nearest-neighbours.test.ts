import { describe, expect, it } from 'vitest';
import { seededRandom } from '@tenets/core';
import { exactNearestNeighbours } from '../engine/exact-nearest-neighbours.ts';
import { createVectorStore } from '../engine/vector-store.ts';
import { hdbscan } from '../hdbscan.ts';
import { adjustedRandIndex } from '../metrics/adjusted-rand-index.ts';
import { generateBlobs } from '../test/generate-blobs.ts';
import { approximateNearestNeighbours } from './approximate-nearest-neighbours.ts';
import { randomProjectionLeaves } from './random-projection-leaves.ts';

// Overlapping enough that neighbour search is not trivial, separated enough that the clustering is well posed
// (the exact engine recovers the generating labels with ARI ≈ 1; on ill-posed data any perturbation moves EOM).
const blobs = generateBlobs({ count: 3000, dimensions: 32, clusters: 8, spread: 0.6, backgroundShare: 0.05, skew: 0.5, seed: 2 });

describe('randomProjectionLeaves', () => {
  it('splits every tree into leaves that cover each point once and respect the leaf size', () => {
    const store = createVectorStore({ vectors: blobs.vectors.slice(0, 1000), dimensions: 32, threads: 1 });
    const leaves = randomProjectionLeaves({ store, trees: 3, leafSize: 40, random: seededRandom(1) });
    const seen = new Int32Array(1000);
    for (const leaf of leaves) {
      expect(leaf.length).toBeLessThanOrEqual(40);
      for (const point of leaf) seen[point]!++;
    }
    expect(Array.from(new Set(seen))).toEqual([3]);
  });

  it('halves at random when a split cannot separate anything (identical points)', () => {
    const same = Array.from({ length: 100 }, () => Float32Array.of(0.6, 0.8));
    const store = createVectorStore({ vectors: same, dimensions: 2, threads: 1 });
    const leaves = randomProjectionLeaves({ store, trees: 1, leafSize: 10, random: seededRandom(1) });
    expect(leaves.reduce((total, leaf) => total + leaf.length, 0)).toBe(100);
    expect(Math.max(...leaves.map((leaf) => leaf.length))).toBeLessThanOrEqual(10);
  });
});

describe('approximateNearestNeighbours', () => {
  it('finds most true neighbours and near-exact core distances, the same way every time', async () => {
    const store = createVectorStore({ vectors: blobs.vectors, dimensions: 32, threads: 1 });
    const graph = await approximateNearestNeighbours({ store, neighbours: 9, seed: 5 });
    const again = await approximateNearestNeighbours({ store, neighbours: 9, seed: 5 });
    expect(again.lists.indices).toEqual(graph.lists.indices);
    expect(graph.neighbours).toBe(16);
    expect(graph.rounds).toBeGreaterThan(0);
    const exact = await exactNearestNeighbours({ store, neighbours: 16 });
    let found = 0;
    for (let point = 0; point < 3000; point++) {
      const truth = new Set(exact.indices.subarray(point * 16, point * 16 + 16));
      for (const other of graph.lists.indices.subarray(point * 16, point * 16 + 16)) if (truth.has(other)) found++;
    }
    expect(found / (3000 * 16)).toBeGreaterThan(0.9);
    for (let point = 0; point < 3000; point++) {
      // Approximate lists can only miss neighbours, so core distances are never below the exact ones.
      expect(graph.coreDistances[point]).toBeGreaterThanOrEqual(exact.distances[point * 16 + 8]!);
    }
  });

  it('finds core distances beyond the list length by searching the graph', async () => {
    const store = createVectorStore({ vectors: blobs.vectors, dimensions: 32, threads: 1 });
    const graph = await approximateNearestNeighbours({ store, neighbours: 40, seed: 5 });
    expect(graph.neighbours).toBe(16);
    const exact = await exactNearestNeighbours({ store, neighbours: 40 });
    let relativeError = 0;
    for (let point = 0; point < 3000; point++) {
      const truth = exact.distances[point * 40 + 39]!;
      expect(graph.coreDistances[point]).toBeGreaterThanOrEqual(truth);
      relativeError += graph.coreDistances[point]! / truth - 1;
    }
    expect(relativeError / 3000).toBeLessThan(0.01);
  });
});

describe('hdbscan approximate engine', () => {
  it('agrees with the exact engine on a small sample (ARI ≥ 0.95)', async () => {
    const options = { vectors: blobs.vectors, minClusterSize: 25, seed: 3 };
    const exact = await hdbscan({ ...options, engine: 'exact' });
    const approximate = await hdbscan({ ...options, engine: 'approximate' });
    expect(approximate.engine).toBe('approximate');
    expect(adjustedRandIndex(approximate.labels, exact.labels)).toBeGreaterThan(0.95);
    expect(approximate.spanningTree.weight).toHaveLength(2999);
  });

  it('joins a neighbour graph that falls apart into components', async () => {
    // Three tight, far-apart groups: with 5 neighbours per point the graph cannot connect them.
    const groups = [0, 1, 2].map((seed) => generateBlobs({ count: 150, dimensions: 16, clusters: 1, spread: 0.05, seed: 40 + seed }).vectors);
    const vectors = groups.flat();
    const result = await hdbscan({ vectors, minClusterSize: 10, minSamples: 5, engine: 'approximate', approximate: { graphNeighbours: 5 } });
    expect(result.diagnostics.neighbourGraphComponents).toBeGreaterThanOrEqual(3);
    expect(result.warnings.some((warning) => warning.includes('components; they were joined'))).toBe(true);
    expect(result.spanningTree.weight).toHaveLength(449);
    expect(adjustedRandIndex(result.labels, Int32Array.from(vectors, (_, index) => Math.floor(index / 150)))).toBe(1);
  });
});
