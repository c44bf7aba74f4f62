import type { Aspect, Feedback } from '@tenets/core';
import type { ReviewModel } from '../session/review-model.ts';
import { clusterMemberRows, type ClusterMemberRow } from './cluster-member-rows.ts';
import { clusterRows, type ClusterRow } from './cluster-rows.ts';
import { metricRows, type MetricRow } from './metric-rows.ts';
import { overviewRows, type OverviewSection } from './overview-rows.ts';
import { preferenceRows, type PreferenceRow } from './preference-rows.ts';
import { principleRows, type PrincipleRow } from './principle-rows.ts';

/** Every row every screen shows, from the reviewed model. Members are built per cluster on first look. */
export interface ReviewRows {
  overview: OverviewSection[];
  clusters: ClusterRow[];
  members(clusterId: string): ClusterMemberRow[];
  metrics: MetricRow[];
  principles: PrincipleRow[];
  /** Absent when the run has no preference data. */
  preferences?: PreferenceRow[];
}

export function reviewRows(model: ReviewModel, lookups: { aspectById: ReadonlyMap<string, Aspect>; feedbackById: ReadonlyMap<string, Feedback> } = indexArtefacts(model)): ReviewRows {
  const { artefacts } = model;
  const reviewed = {
    ...artefacts,
    clustering: { ...artefacts.clustering, clusters: model.clusters, noiseAspectIds: model.noiseAspectIds },
    metrics: model.metrics,
    ...(artefacts.constitution ? { constitution: { ...artefacts.constitution, principles: model.principles } } : {}),
  };
  const overview = overviewRows(reviewed);
  overview.push({
    title: 'Review',
    rows: [
      { label: 'decisions', value: String(model.decisions) },
      { label: 'unmatched', value: String(model.unmatched.length) },
      { label: 'redrafted', value: String(model.redraftedClusterIds.size) },
    ],
  });
  const memberCache = new Map<string, ClusterMemberRow[]>();
  const clusterById = new Map(model.clusters.map((cluster) => [cluster.id, cluster]));
  return {
    overview,
    clusters: clusterRows({ clusters: model.clusters, metrics: model.metrics, names: model.clusterNames }),
    members(clusterId) {
      const cached = memberCache.get(clusterId);
      if (cached) return cached;
      const cluster = clusterById.get(clusterId);
      const rows = cluster ? clusterMemberRows({ cluster, ...lookups }) : [];
      memberCache.set(clusterId, rows);
      return rows;
    },
    metrics: metricRows({ metrics: model.metrics, rejected: model.rejectedMetrics, edited: model.editedMetricIds }),
    principles: principleRows({ principles: model.principles, rejected: model.rejectedPrinciples, accepted: model.acceptedPrincipleIds, edited: model.editedPrincipleIds, ...(artefacts.votes ? { votes: artefacts.votes } : {}) }),
    ...(artefacts.preferences ? { preferences: preferenceRows({ pairs: artefacts.preferences, dropped: model.droppedPairIds, scopes: model.pairScopes }) } : {}),
  };
}

export function indexArtefacts({ artefacts }: Pick<ReviewModel, 'artefacts'>) {
  return { aspectById: new Map(artefacts.aspects.map((aspect) => [aspect.id, aspect])), feedbackById: new Map(artefacts.feedback.map((record) => [record.id, record])) };
}

/** Rows whose search text holds the query (case-insensitive); all rows for an empty query. */
export function filterRows<ROW extends { searchText: string }>(rows: readonly ROW[], query: string | undefined): readonly ROW[] {
  const needle = query?.trim().toLowerCase();
  return needle ? rows.filter((row) => row.searchText.includes(needle)) : rows;
}
