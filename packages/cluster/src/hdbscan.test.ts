import { describe, expect, it } from 'vitest';
import { TenetsConfigError, TenetsInvalidInputError } from '@tenets/core';
import { hdbscan } from './hdbscan.ts';
import { adjustedRandIndex } from './metrics/adjusted-rand-index.ts';
import { generateBlobs } from './test/generate-blobs.ts';
import { clusterStabilities } from './tree/cluster-stabilities.ts';
import { condenseTree } from './tree/condense-tree.ts';
import { labelPoints } from './tree/label-points.ts';
import { selectClusters } from './tree/select-clusters.ts';
import { singleLinkageTree } from './tree/single-linkage-tree.ts';
import type { MinimumSpanningTree } from './tree/tree-types.ts';

const unit = (degrees: number) => Float32Array.of(Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180));
const gap = (degrees: number) => 1 - Math.cos((degrees * Math.PI) / 180);

/** Full distance matrix and textbook Prim: O(n²) memory, float64 throughout. The oracle for the fast engine. */
function naiveSpanningTree(vectors: Float32Array[], minSamples: number): { tree: MinimumSpanningTree; core: Float64Array } {
  const count = vectors.length;
  const rows = vectors.map((vector) => {
    const norm = Math.hypot(...vector);
    return Array.from(vector, (value) => value / norm);
  });
  const distance = rows.map((left) => rows.map((right) => Math.max(0, 1 - left.reduce((sum, value, index) => sum + value * right[index]!, 0))));
  const core = Float64Array.from(distance, (row) => [...row].sort((left, right) => left - right)[minSamples - 1]!);
  const reach = (left: number, right: number) => Math.max(distance[left]![right]!, core[left]!, core[right]!);
  const inTree = new Uint8Array(count);
  const best = new Float64Array(count).fill(Infinity);
  const from = new Int32Array(count);
  const tree: MinimumSpanningTree = { from: new Int32Array(count - 1), to: new Int32Array(count - 1), weight: new Float64Array(count - 1) };
  let added = 0;
  inTree[0] = 1;
  for (let edge = 0; edge < count - 1; edge++) {
    let next = -1;
    for (let vertex = 0; vertex < count; vertex++) {
      if (inTree[vertex]) continue;
      if (reach(added, vertex) < best[vertex]!) {
        best[vertex] = reach(added, vertex);
        from[vertex] = added;
      }
      if (next === -1 || best[vertex]! < best[next]!) next = vertex;
    }
    tree.from[edge] = from[next]!;
    tree.to[edge] = next;
    tree.weight[edge] = best[next]!;
    inTree[next] = 1;
    added = next;
  }
  return { tree, core };
}

function naiveLabels(tree: MinimumSpanningTree, count: number, minClusterSize: number): Int32Array {
  const condensed = condenseTree(singleLinkageTree(tree, count), minClusterSize);
  const selected = selectClusters({ tree: condensed, stabilities: clusterStabilities(condensed), method: 'eom', epsilon: 0, allowSingleCluster: false });
  return labelPoints({ tree: condensed, selected, allowSingleCluster: false, epsilon: 0 }).labels;
}

const sorted = (values: Float64Array) => Array.from(values).sort((left, right) => left - right);

describe('hdbscan (exact engine)', () => {
  /*
   * Eight points on the unit circle, minSamples 1 (core distance 0, so mutual reachability is plain cosine
   * distance f(θ) = 1 − cos θ). A = 0°, 10°, 30°, 60° (gaps 10, 20, 30) at indices 0, 2, 4, 6;
   * B = 140°, 180°, 230°, 290° (gaps 40, 50, 60) at indices 1, 3, 5, 7. A and B are 80° apart one way round and
   * 70° (290° → 360°) the other, so they join at f(70°). Spanning-tree edges run from the lower to the higher
   * index, so the last merge is (A via point 0, B via point 7) and, with minClusterSize 2, the root 8 splits into
   * A = 9 and B = 10 at λ = 1/f(70°). Breadth first: A drops 60° at 1/f(30°) and keeps {0°, 10°, 30°}; B drops
   * 290° at 1/f(60°) and keeps three; A drops 30° at 1/f(20°); B drops 230° at 1/f(50°); A's last pair (0, 2)
   * leaves at 1/f(10°), B's last pair (1, 3) at 1/f(40°).
   * Neither cluster ever splits into two of size ≥ 2, so EOM selects A and B. Probability = λ / λ_max of the
   * cluster: 60° gets f(10°)/f(30°), 30° gets f(10°)/f(20°); 290° gets f(40°)/f(60°), 230° gets f(40°)/f(50°).
   */
  it('reproduces the condensed tree worked out by hand for points on a circle', async () => {
    const vectors = [0, 140, 10, 180, 30, 230, 60, 290].map(unit);
    const result = await hdbscan({ vectors, minClusterSize: 2, minSamples: 1 });
    const tree = result.condensedTree;
    expect(Array.from(tree.parent)).toEqual([8, 8, 9, 10, 9, 10, 9, 9, 10, 10]);
    expect(Array.from(tree.child)).toEqual([9, 10, 6, 7, 4, 5, 0, 2, 1, 3]);
    expect(Array.from(tree.childSize)).toEqual([4, 4, 1, 1, 1, 1, 1, 1, 1, 1]);
    const expectedLambdas = [70, 70, 30, 60, 20, 50, 10, 10, 40, 40].map((degrees) => 1 / gap(degrees));
    Array.from(tree.lambda).forEach((lambda, row) => expect(lambda / expectedLambdas[row]!).toBeCloseTo(1, 5));
    expect(Array.from(result.labels)).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    const expectedProbabilities = [1, 1, 1, 1, gap(10) / gap(20), gap(40) / gap(50), gap(10) / gap(30), gap(40) / gap(60)];
    Array.from(result.probabilities).forEach((probability, index) => expect(probability).toBeCloseTo(expectedProbabilities[index]!, 5));
    Array.from(result.outlierScores).forEach((score, index) => expect(score).toBeCloseTo(1 - expectedProbabilities[index]!, 5));
    expect(Array.from(result.coreDistances)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts the point itself in minSamples: minSamples 2 gives the nearest other point', async () => {
    const vectors = [0, 140, 10, 180, 30, 230, 60, 290].map(unit);
    const result = await hdbscan({ vectors, minClusterSize: 2, minSamples: 2 });
    const expected = [10, 40, 10, 40, 20, 50, 30, 60].map(gap);
    Array.from(result.coreDistances).forEach((core, index) => expect(core).toBeCloseTo(expected[index]!, 6));
  });

  it('matches a naive dense HDBSCAN* (same spanning-tree weights) on overlapping blobs, for several minSamples', async () => {
    const { vectors } = generateBlobs({ count: 240, dimensions: 12, clusters: 4, spread: 1.2, backgroundShare: 0.1, seed: 3 });
    for (const minSamples of [1, 3, 7]) {
      const result = await hdbscan({ vectors, minClusterSize: 8, minSamples });
      const naive = naiveSpanningTree(vectors, minSamples);
      Array.from(result.coreDistances).forEach((core, index) => expect(core).toBeCloseTo(naive.core[index]!, 6));
      const ours = sorted(result.spanningTree.weight);
      sorted(naive.tree.weight).forEach((weight, index) => expect(ours[index]).toBeCloseTo(weight, 6));
      // Mutual reachability ties whenever an edge weighs a core distance, so with minSamples > 1 equally valid
      // trees can hang a boundary point on either of two clusters; with minSamples 1 there are no ties.
      const naiveResult = naiveLabels(naive.tree, vectors.length, 8);
      if (minSamples === 1) expect(Array.from(result.labels)).toEqual(Array.from(naiveResult));
      else expect(adjustedRandIndex(result.labels, naiveResult)).toBeGreaterThan(0.97);
    }
  });

  it('gives the same bits with workers, without workers and with the plain-JavaScript kernel', async () => {
    const { vectors } = generateBlobs({ count: 700, dimensions: 24, clusters: 5, spread: 1, backgroundShare: 0.05, seed: 9 });
    const options = { vectors, minClusterSize: 10, workerThreshold: 0 };
    const single = await hdbscan({ ...options, workers: 0 });
    const threaded = await hdbscan({ ...options, workers: 1 });
    const javascript = await hdbscan({ ...options, workers: 0, _kernel: 'js' });
    expect(threaded.diagnostics.workers).toBe(1);
    for (const other of [threaded, javascript]) {
      expect(other.labels).toEqual(single.labels);
      expect(other.probabilities).toEqual(single.probabilities);
      expect(other.outlierScores).toEqual(single.outlierScores);
      expect(other.spanningTree).toEqual(single.spanningTree);
    }
  });

  it('falls back to one thread, with a warning, when a worker cannot start', async () => {
    const { vectors } = generateBlobs({ count: 300, dimensions: 8, clusters: 3, spread: 1, seed: 10 });
    const options = { vectors, minClusterSize: 10, workerThreshold: 0, workers: 1 };
    const broken = await hdbscan({ ...options, _workerUrl: new URL('./engine/no-such-worker.js', import.meta.url) });
    const single = await hdbscan({ ...options, workers: 0 });
    expect(broken.labels).toEqual(single.labels);
    expect(broken.diagnostics.workers).toBe(0);
    expect(broken.warnings).toHaveLength(1);
    expect(broken.warnings[0]).toMatch(/^Worker threads failed \(clustering worker 1 failed: .*\); clustering ran on one thread\.$/);
  });

  it('is deterministic from run to run', async () => {
    const { vectors } = generateBlobs({ count: 400, dimensions: 16, clusters: 4, spread: 1.1, backgroundShare: 0.1, seed: 5 });
    const first = await hdbscan({ vectors, minClusterSize: 10 });
    const second = await hdbscan({ vectors, minClusterSize: 10 });
    expect(second.labels).toEqual(first.labels);
    expect(second.probabilities).toEqual(first.probabilities);
    expect(second.condensedTree).toEqual(first.condensedTree);
  });

  it('labels clusters 0..k−1 in order of their first member and finds well-separated blobs exactly', async () => {
    const blobs = generateBlobs({ count: 300, dimensions: 32, clusters: 4, spread: 0.5, seed: 11 });
    const { labels, probabilities } = await hdbscan({ vectors: blobs.vectors, minClusterSize: 10 });
    expect(adjustedRandIndex(labels, blobs.labels)).toBe(1);
    const firstSeen: number[] = [];
    for (const label of labels) if (label >= 0 && !firstSeen.includes(label)) firstSeen.push(label);
    expect(firstSeen).toEqual([0, 1, 2, 3]);
    expect(probabilities.every((probability) => probability > 0 && probability <= 1)).toBe(true);
  });

  it('supports leaf selection and clusterSelectionEpsilon', async () => {
    // Two pairs of close blobs: EOM or leaf may split each pair; a large ε merges each pair back.
    const near = generateBlobs({ count: 200, dimensions: 8, clusters: 2, spread: 0.15, centreSimilarity: 0.9, seed: 21 });
    const far = generateBlobs({ count: 200, dimensions: 8, clusters: 2, spread: 0.15, centreSimilarity: 0.9, seed: 22 });
    const vectors = [...near.vectors, ...far.vectors];
    const leaf = await hdbscan({ vectors, minClusterSize: 10, clusterSelectionMethod: 'leaf' });
    const merged = await hdbscan({ vectors, minClusterSize: 10, clusterSelectionMethod: 'leaf', clusterSelectionEpsilon: 0.5 });
    expect(leaf.clusterIds.length).toBeGreaterThanOrEqual(4);
    expect(merged.clusterIds.length).toBe(2);
    expect(adjustedRandIndex(merged.labels, Int32Array.from(vectors, (_, index) => (index < 200 ? 0 : 1)))).toBeGreaterThan(0.95);
  });
});

describe('hdbscan edge cases', () => {
  it('handles n = 0, 1 and 2', async () => {
    const empty = await hdbscan({ vectors: [], minClusterSize: 5 });
    expect(empty.labels).toEqual(new Int32Array(0));
    expect(empty.probabilities).toEqual(new Float64Array(0));
    const one = await hdbscan({ vectors: [unit(10)], minClusterSize: 2 });
    expect(Array.from(one.labels)).toEqual([-1]);
    expect(Array.from(one.outlierScores)).toEqual([0]);
    const two = await hdbscan({ vectors: [unit(10), unit(11)], minClusterSize: 2 });
    expect(Array.from(two.labels)).toEqual([-1, -1]);
    const twoSingle = await hdbscan({ vectors: [unit(10), unit(11)], minClusterSize: 2, allowSingleCluster: true });
    expect(Array.from(twoSingle.labels)).toEqual([0, 0]);
  });

  it('returns all noise with a warning when n < minClusterSize', async () => {
    const result = await hdbscan({ vectors: [0, 1, 2, 3].map(unit), minClusterSize: 5 });
    expect(Array.from(result.labels)).toEqual([-1, -1, -1, -1]);
    expect(result.warnings).toEqual([
      'minSamples (5) is larger than the 4 points; core distances use all of them.',
      'Only 4 points, fewer than minClusterSize (5): all are noise.',
    ]);
  });

  it('does not crash on identical points', async () => {
    const vectors = Array.from({ length: 30 }, () => unit(42));
    const result = await hdbscan({ vectors, minClusterSize: 5 });
    expect(result.labels).toHaveLength(30);
    expect(result.spanningTree.weight.every((weight) => weight === 0)).toBe(true);
    expect(Array.from(result.probabilities).every(Number.isFinite)).toBe(true);
    const single = await hdbscan({ vectors, minClusterSize: 5, allowSingleCluster: true });
    expect(new Set(single.labels)).toEqual(new Set([0]));
  });

  it('normalises vectors that are not unit length, with a warning', async () => {
    const vectors = [0, 1, 2, 90, 91, 92].map((degrees, index) => Float32Array.from(unit(degrees), (value) => value * (index + 1)));
    const result = await hdbscan({ vectors, minClusterSize: 3 });
    expect(Array.from(result.labels)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(result.warnings).toContain('5 of 6 vectors were not unit length and were normalised.');
  });

  it('rejects NaN, infinite and zero vectors, naming the row', async () => {
    const base = [unit(0), unit(1), unit(2)];
    await expect(hdbscan({ vectors: [...base, Float32Array.of(Number.NaN, 1)], minClusterSize: 2 })).rejects.toThrow(
      'Cannot cluster: row 3 has a non-finite value (NaN) at dimension 0.',
    );
    await expect(hdbscan({ vectors: [unit(0), Float32Array.of(1, Number.POSITIVE_INFINITY)], minClusterSize: 2 })).rejects.toThrow('row 1 has a non-finite value');
    await expect(hdbscan({ vectors: [...base, Float32Array.of(0, 0)], minClusterSize: 2 })).rejects.toThrow(
      'row 3 is a zero vector, which has no cosine distance to anything.',
    );
    await expect(hdbscan({ vectors: [...base, Float32Array.of(1, 0, 0)], minClusterSize: 2 })).rejects.toThrow('row 3 has 3 dimensions, but row 0 has 2');
    await expect(hdbscan({ vectors: [Float32Array.of(0, 0)], minClusterSize: 2 })).rejects.toBeInstanceOf(TenetsInvalidInputError);
  });

  it('rejects bad options with a config error', async () => {
    await expect(hdbscan({ vectors: [unit(0)], minClusterSize: 1 })).rejects.toBeInstanceOf(TenetsConfigError);
    await expect(hdbscan({ vectors: [unit(0)], minClusterSize: 5, minSamples: 0 })).rejects.toThrow('minSamples must be an integer ≥ 1, got 0');
    await expect(hdbscan({ vectors: [unit(0)], minClusterSize: 5, clusterSelectionEpsilon: -1 })).rejects.toThrow('clusterSelectionEpsilon');
    await expect(hdbscan({ vectors: [unit(0)], minClusterSize: 5, pcaComponents: 0 })).rejects.toThrow('pcaComponents');
  });

  it('stops when aborted', async () => {
    const { vectors } = generateBlobs({ count: 3000, dimensions: 64, clusters: 5, spread: 1, seed: 1 });
    await expect(hdbscan({ vectors, minClusterSize: 10, abortSignal: AbortSignal.abort() })).rejects.toThrow('aborted');
    // Aborts as soon as the engine first lets the event loop run, whatever the machine's speed.
    const controller = new AbortController();
    const running = hdbscan({ vectors, minClusterSize: 10, workers: 0, abortSignal: controller.signal });
    setImmediate(() => controller.abort(new Error('stop now')));
    await expect(running).rejects.toThrow('stop now');
    const threaded = new AbortController();
    const withWorkers = hdbscan({ vectors, minClusterSize: 10, workers: 1, workerThreshold: 0, abortSignal: threaded.signal });
    setTimeout(() => threaded.abort(new Error('stop the workers')), 1);
    await expect(withWorkers).rejects.toThrow('stop the workers');
  });
});
