import type { Cluster, Metric, Principle } from '@tenets/core';
import type { ReviewArtefacts } from '../review-artefacts.ts';

/** The run as reviewed: what the screens draw after every decision so far has been applied. */
export interface ReviewModel {
  artefacts: ReviewArtefacts;
  clusters: Cluster[];
  noiseAspectIds: string[];
  clusterNames: Map<string, string>;
  metrics: Metric[];
  rejectedMetrics: Metric[];
  editedMetricIds: Set<string>;
  principles: Principle[];
  rejectedPrinciples: Principle[];
  acceptedPrincipleIds: Set<string>;
  editedPrincipleIds: Set<string>;
  droppedPairIds: Set<string>;
  pairScopes: Map<string, string>;
  /** Clusters whose metric and principle were redrafted offline after a structural change. */
  redraftedClusterIds: Set<string>;
  /** Of those, the ones redrafted with a model on request (cluster id → model). */
  modelDraftedClusterIds: Map<string, string>;
  decisions: number;
  /** Decisions whose target no longer exists (e.g. after a re-run), with why. */
  unmatched: { index: number; reason: string }[];
}
