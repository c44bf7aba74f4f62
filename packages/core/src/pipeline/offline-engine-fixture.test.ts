import { readFileSync } from 'node:fs';
import { embedMany } from 'ai';
import { HDBSCAN } from 'hdbscan-ts';
import { describe, expect, it } from 'vitest';
import { reassignNoise } from '../cluster/reassign-noise.ts';
import { feedbackSchema } from '../schemas/feedback.ts';
import { offlineClusteringDefaults } from '../cluster/offline-clustering-defaults.ts';
import { createLexicalEmbeddingModel } from '../embed/lexical/create-lexical-embedding-model.ts';
import { clusteringAgreement } from '../cluster/evaluation/clustering-agreement.ts';
import { labelCritiques } from '../cluster/evaluation/label-critiques.ts';
import { groundOffline } from '../ground/offline/ground-offline.ts';

// The shared synthetic corpus, read (never written) from the repository's fixtures folder.
const fixture = new URL('../../../../fixtures/support-assistant/', import.meta.url);
const readLines = (name: string) => readFileSync(new URL(name, fixture), 'utf8').split('\n').filter((line) => line.trim().length > 0);
const feedback = readLines('feedback.jsonl').map((line) => feedbackSchema.parse(JSON.parse(line)));
const labels = new Map(readLines('labels.jsonl').map((line) => JSON.parse(line) as { id: string; behaviour: string; sign: string }).map((label) => [label.id, label]));

describe('the offline engine on the support-assistant fixture', () => {
  const aspects = feedback.flatMap((record) => groundOffline(record));

  it('grounds every critique with content and gets the sign of its first aspect mostly right', () => {
    const grounded = new Set(aspects.map((aspect) => aspect.feedbackId));
    const signAgreement = feedback.filter((record) => aspects.find((aspect) => aspect.feedbackId === record.id)?.sign === labels.get(record.id)!.sign).length / feedback.length;
    expect({ critiques: feedback.length, ungrounded: feedback.length - grounded.size, aspects: aspects.length }).toMatchInlineSnapshot(`
      {
        "aspects": 494,
        "critiques": 360,
        "ungrounded": 2,
      }
    `);
    expect(signAgreement).toBeGreaterThan(0.94);
  });

  it('recovers the labelled behaviours without being told how many there are (NMI/ARI floors measured in docs/offline-engine.md)', async () => {
    const model = createLexicalEmbeddingModel({ corpus: aspects.map((aspect) => aspect.behaviour), seed: 42 });
    const { embeddings } = await embedMany({ model, values: aspects.map((aspect) => aspect.behaviour) });
    const placeable = aspects.map((_, index) => index).filter((index) => embeddings[index]!.some((value) => value !== 0));
    const defaults = offlineClusteringDefaults(aspects.length);
    // hdbscan-ts (Euclidean on unit vectors, i.e. monotone in cosine) stands in for @tenets/cluster, which depends on core.
    const found = new HDBSCAN({ minClusterSize: defaults.minClusterSize, minSamples: defaults.minSamples }).fit(placeable.map((index) => embeddings[index]!));
    const vectors = placeable.map((index) => Float32Array.from(embeddings[index]!));
    const { labels: reassigned } = reassignNoise({ vectors, labels: Int32Array.from(found), threshold: defaults.reassignNoiseThreshold });

    const score = (clusterLabels: Int32Array) => {
      const clusterOf = new Map<string, string>();
      placeable.forEach((index, position) => {
        if (clusterLabels[position]! >= 0) clusterOf.set(aspects[index]!.id, String(clusterLabels[position]));
      });
      const predicted = labelCritiques(feedback.map((record) => record.id), aspects, clusterOf).map((label) => label ?? 'noise');
      return clusteringAgreement(feedback.map((record) => labels.get(record.id)!.behaviour), predicted);
    };
    const agreement = score(reassigned);
    // Measured 0.614 / 0.423 before issue 13 (seed 42, 8 SVD power iterations; no topic weighting here); the TF-IDF + k-means baseline given the true k scores 0.264 / 0.115.
    expect(agreement.normalizedMutualInformation).toBeGreaterThan(0.6);
    expect(agreement.adjustedRandIndex).toBeGreaterThan(0.41);
  });
});
