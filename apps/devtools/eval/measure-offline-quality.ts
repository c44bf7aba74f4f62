import { createHdbscanClusterer } from '@tenets/cluster';
import { clusterAspects, clusteringAgreement, contentTokens, groundOffline, offlineClusteringDefaults, runPipeline, type Aspect, type Feedback, type Metric } from '@tenets/core';
import { critiqueClusters, withNoise } from './critique-clusters.ts';
import type { EvalDataset } from './datasets.ts';
import { definitionFit, isBehaviourPhrase, isRule } from './drafting-quality.ts';
import { scoreNames } from './metric-name-match.ts';
import { critiqueSign } from './quality-measures.ts';

/** What `npm run eval` reports per dataset (see docs/offline-engine.md, "Quality report"). Shares are 0–1. */
export interface OfflineQuality {
  dataset: string;
  split: string;
  critiques: number;
  aspects: number;
  aspectsPerCritique: number;
  /** Aspects whose behaviour has fewer than three content words ("ft", "till 11am"). */
  fragmentShare: number;
  /** The sign of each critique's first aspect against its (primary) label. */
  signFirstAspect?: number;
  /** The critique-level sign (majority of its aspects) against its label, overall and per labelled class. */
  signCritique?: number;
  signRecallPositive?: number;
  signRecallNegative?: number;
  /** The critique-level sign with each critique's rating removed first (the fixtures' ratings always agree with the label). */
  signCritiqueWithoutRating?: number;
  clusters: number;
  noiseCritiques: number;
  normalizedMutualInformation?: number;
  adjustedRandIndex?: number;
  /** Behaviours moved out of noise into their nearest cluster (the offline default, cosine ≥ 0.3). */
  reassigned: number;
  /** The same run without noise reassignment: how reassignment changes agreement with the labels. */
  withoutReassignment?: { normalizedMutualInformation: number; adjustedRandIndex: number; noiseCritiques: number };
  principles: number;
  ruleShare: number;
  /** Rules lexically closest to their own cluster (as `definitionFit`, with the clauses they were written from left out). */
  ruleFit: number;
  metrics: number;
  behaviourPhraseShare: number;
  /** Names sharing a word with the majority label of their members (labelled fixtures only). */
  nameFitShare?: number;
  /** Definitions lexically closest to their own cluster, with the members they were copied from left out. */
  definitionFit: number;
  examples: { principles: string[]; names: string[] };
}

const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

/** Runs the offline pipeline as `tenets run` does (defaults, seed 42) and measures it against the dataset's labels. */
export async function measureOfflineQuality(dataset: EvalDataset, seed = 42): Promise<OfflineQuality> {
  const result = await runPipeline({ feedback: dataset.feedback, clusterer: createHdbscanClusterer(), seed });
  const aspectsByFeedback = new Map<string, Aspect[]>();
  for (const aspect of result.aspects) aspectsByFeedback.set(aspect.feedbackId, [...(aspectsByFeedback.get(aspect.feedbackId) ?? []), aspect]);
  const { labels } = dataset;
  const principles = result.constitution.principles;
  const metrics = result.metrics;
  const quality: OfflineQuality = {
    dataset: dataset.name,
    split: dataset.split,
    critiques: dataset.feedback.length,
    aspects: result.aspects.length,
    aspectsPerCritique: share(result.aspects.length, dataset.feedback.length),
    fragmentShare: share(result.aspects.filter((aspect) => contentTokens(aspect.behaviour).length < 3).length, result.aspects.length),
    clusters: result.clustering.clusters.length,
    noiseCritiques: 0,
    reassigned: result.clustering.clusters.reduce((sum, cluster) => sum + cluster.reassignedAspectIds.length, 0),
    principles: principles.length,
    ruleShare: share(principles.filter((principle) => isRule(principle.text)).length, principles.length),
    ruleFit: definitionFit(
      principles.flatMap((principle) => (principle.clusterId ? [{ definition: principle.text, clusterIds: [principle.clusterId] } as unknown as Metric] : [])),
      result.clustering.clusters,
      result.aspects,
      { leaveSourceOut: true },
    ),
    metrics: metrics.length,
    behaviourPhraseShare: share(metrics.filter((metric) => isBehaviourPhrase(metric.name)).length, metrics.length),
    definitionFit: definitionFit(metrics, result.clustering.clusters, result.aspects, { leaveSourceOut: true }),
    examples: { principles: principles.slice(0, 5).map((principle) => principle.text), names: metrics.map((metric) => metric.name) },
  };
  const predicted = critiqueClusters(result.feedback, result.aspects, result.clustering);
  quality.noiseCritiques = predicted.filter((label) => label === undefined).length;
  if (!labels) return quality;

  const signed = dataset.feedback.map((record) => ({ label: labels.get(record.id)!.sign, aspects: aspectsByFeedback.get(record.id) ?? [] }));
  quality.signFirstAspect = share(signed.filter(({ label, aspects }) => aspects[0]?.sign === label).length, signed.length);
  quality.signCritique = share(signed.filter(({ label, aspects }) => critiqueSign(aspects) === label).length, signed.length);
  for (const sign of ['positive', 'negative'] as const) {
    const ofClass = signed.filter(({ label }) => label === sign);
    const recall = share(ofClass.filter(({ aspects }) => critiqueSign(aspects) === sign).length, ofClass.length);
    if (sign === 'positive') quality.signRecallPositive = recall;
    else quality.signRecallNegative = recall;
  }
  if (dataset.feedback.some((record) => record.rating !== undefined)) {
    const unrated = dataset.feedback.map((record) => ({ label: labels.get(record.id)!.sign, aspects: groundOffline(withoutRating(record)) }));
    quality.signCritiqueWithoutRating = share(unrated.filter(({ label, aspects }) => critiqueSign(aspects) === label).length, unrated.length);
  } else quality.signCritiqueWithoutRating = quality.signCritique;
  const truth = dataset.feedback.map((record) => labels.get(record.id)!.behaviour);
  if (truth.every((behaviour) => behaviour !== undefined)) {
    const agreement = clusteringAgreement(truth as string[], withNoise(predicted, 'one-label'));
    quality.normalizedMutualInformation = agreement.normalizedMutualInformation;
    quality.adjustedRandIndex = agreement.adjustedRandIndex;
    // The same behaviours and embeddings, clustered again with the offline defaults but no noise reassignment.
    const defaults = offlineClusteringDefaults(result.aspects.length);
    const strict = await clusterAspects({
      aspects: result.aspects,
      embeddings: result.embeddings,
      clusterer: createHdbscanClusterer(),
      engine: 'offline',
      seed,
      minClusterSize: defaults.minClusterSize,
      minSamples: defaults.minSamples,
    });
    const strictPredicted = critiqueClusters(result.feedback, result.aspects, strict.clustering);
    const strictAgreement = clusteringAgreement(truth as string[], withNoise(strictPredicted, 'one-label'));
    quality.withoutReassignment = {
      normalizedMutualInformation: strictAgreement.normalizedMutualInformation,
      adjustedRandIndex: strictAgreement.adjustedRandIndex,
      noiseCritiques: strictPredicted.filter((label) => label === undefined).length,
    };
    quality.nameFitShare = share(scoreNames(metrics, result.aspects, dataset).filter((named) => named.describedMatch).length, metrics.length);
  }
  return quality;
}

function withoutRating(record: Feedback): Feedback {
  const { rating: _rating, ...rest } = record;
  return rest;
}
