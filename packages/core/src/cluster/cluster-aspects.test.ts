import { describe, expect, it } from 'vitest';
import type { Aspect } from '../schemas/aspect.ts';
import { createThresholdClusterer } from '../test/index.ts';
import { clusterAspects } from './cluster-aspects.ts';

function aspect(id: string, behaviour: string, sign: 'positive' | 'negative' = 'negative'): Aspect {
  return { id, feedbackId: `fb-${id}`, behaviour, sign, evidence: { critique: { quote: behaviour, start: 0, end: behaviour.length } }, engine: 'offline' };
}

const axis = (index: number, noise = 0) => {
  const vector = new Float32Array(4);
  vector[index] = 1;
  vector[(index + 1) % 4] = noise;
  const norm = Math.hypot(1, noise);
  return vector.map((value) => value / norm);
};

describe('clusterAspects', () => {
  const aspects = [
    aspect('a1', 'uses emojis in a formal email'),
    aspect('a2', 'adds emojis to email'),
    aspect('a3', 'emoji in emails', 'positive'),
    aspect('b1', 'ignores the order number'),
    aspect('b2', 'ignored order number again'),
    aspect('b3', 'asks for the order number twice'),
    aspect('z1', 'a stray remark'),
  ];
  const embeddings = new Map<string, Float32Array>([
    ['a1', axis(0, 0.1)],
    ['a2', axis(0, 0.2)],
    ['a3', axis(0)],
    ['b1', axis(2, 0.1)],
    ['b2', axis(2)],
    ['b3', axis(2, 0.15)],
    ['z1', axis(1, 0.9)],
  ]);

  it('groups aspects, reports noise and counts signs, whatever the input order', async () => {
    const run = (input: Aspect[]) => clusterAspects({ aspects: input, embeddings, clusterer: createThresholdClusterer({ threshold: 0.9 }), engine: 'offline', seed: 1, minClusterSize: 3 });
    const forward = await run(aspects);
    const backward = await run([...aspects].reverse());
    expect(backward.clustering).toEqual(forward.clustering);
    expect(forward.clustering.clusters.map((cluster) => ({ members: cluster.aspectIds, sign: cluster.sign }))).toEqual([
      { members: ['a1', 'a2', 'a3'], sign: { positive: 1, negative: 2 } },
      { members: ['b1', 'b2', 'b3'], sign: { positive: 0, negative: 3 } },
    ]);
    expect(forward.clustering.noiseAspectIds).toEqual(['z1']);
    expect(forward.clustering.clusters[0]!.medoidAspectId).toBe('a1'); // a1 (tilt 0.1) sits between a3 (0) and a2 (0.2)
    expect(forward.clustering.clusters[1]!.terms).toContain('order');
  });

  it('reassigns noise above the threshold and marks it', async () => {
    const withNearNoise = new Map(embeddings);
    withNearNoise.set('z1', axis(2, 0.6));
    const { clustering } = await clusterAspects({ aspects, embeddings: withNearNoise, clusterer: createThresholdClusterer({ threshold: 0.99 }), engine: 'offline', seed: 1, minClusterSize: 2, reassignNoiseThreshold: 0.8 });
    const orderCluster = clustering.clusters.find((cluster) => cluster.aspectIds.includes('b2'))!;
    expect(clustering.reassigned.map((entry) => entry.aspectId)).toContain('z1');
    expect(orderCluster.reassignedAspectIds).toContain('z1');
    expect(clustering.noiseAspectIds).not.toContain('z1');
  });

  it('treats aspects with empty embeddings as noise with a warning instead of failing', async () => {
    const withZero = new Map(embeddings);
    withZero.set('z1', new Float32Array(4));
    const result = await clusterAspects({ aspects, embeddings: withZero, clusterer: createThresholdClusterer({ threshold: 0.9 }), engine: 'offline', seed: 1, minClusterSize: 3 });
    expect(result.clustering.noiseAspectIds).toEqual(['z1']);
    expect(result.warnings).toEqual(['1 aspect(s) had an empty embedding and were reported as noise.']);
  });

  it('handles no aspects at all', async () => {
    const result = await clusterAspects({ aspects: [], embeddings: new Map(), clusterer: createThresholdClusterer(), engine: 'offline', seed: 1 });
    expect(result.clustering.clusters).toEqual([]);
    expect(result.clustering.noiseAspectIds).toEqual([]);
  });
});
