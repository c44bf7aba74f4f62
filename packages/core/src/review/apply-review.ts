import type { Aspect } from '../schemas/aspect.ts';
import type { Cluster, Clustering } from '../schemas/cluster.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Constitution, Principle } from '../schemas/principle.ts';
import { contentId } from '../util/content-id.ts';
import { feedbackIdsOf } from './anchor-of.ts';
import { matchGroup } from './match-group.ts';
import type { AspectAnchor, GroupAnchor } from './review-anchor.ts';
import type { Review, ReviewDecision } from './review-decision.ts';

/** A cluster after review: the reviewer's name for it and whether they accepted it. */
export interface ReviewedCluster extends Cluster {
  label?: string;
  accepted: boolean;
}

export interface ApplyReviewInput {
  /** The `clusters` artefact. */
  clusters: Clustering;
  aspects: readonly Aspect[];
  /** The metrics to review (the per-cluster `metrics` or an induced `metric-set`). */
  metrics?: readonly Metric[];
  constitution?: Constitution;
}

export interface UnmatchedDecision {
  /** Position in `review.decisions`. */
  index: number;
  decision: ReviewDecision;
  reason: string;
}

export interface ApplyReviewResult {
  clusters: Omit<Clustering, 'clusters'> & { clusters: ReviewedCluster[] };
  /** Metrics left after rejections, with edits applied (an edit raises `version`) and cluster links updated. */
  metrics: Metric[];
  /** Principles in review order, rejected ones left out, links to rejected metrics removed. */
  constitution: Constitution | undefined;
  rejected: { clusterIds: string[]; metricIds: string[]; principleIds: string[] };
  acceptedPrincipleIds: string[];
  /** Clusters made by a split that have no metric or principle yet (drafting them needs a model or the offline drafter). */
  undraftedClusterIds: string[];
  /** Preference-data decisions, for the synthesize capability to apply to its pairs. */
  pairs: { droppedPairIds: string[]; scopes: Record<string, string> };
  /** Decisions whose anchors name nothing in this run (e.g. after a re-run on other inputs). */
  unmatched: UnmatchedDecision[];
}

/**
 * Applies review decisions, in order, to a run's clusters, metrics and constitution. Pure: the inputs are not
 * changed. Anchors are matched on feedback ids (see `matchGroup`), so decisions survive a re-run.
 */
export function applyReview(input: ApplyReviewInput, review: Review): ApplyReviewResult {
  const aspectsById = new Map(input.aspects.map((aspect) => [aspect.id, aspect]));
  let clusters: ReviewedCluster[] = input.clusters.clusters.map((cluster) => ({ ...cluster, accepted: false }));
  const noise = new Set(input.clusters.noiseAspectIds);
  let metrics = (input.metrics ?? []).map((metric) => ({ ...metric, clusterIds: [...metric.clusterIds] }));
  let principles: Principle[] = (input.constitution?.principles ?? []).map((principle) => ({ ...principle }));
  const rejectedMetrics = new Set<string>();
  const rejectedPrinciples = new Set<string>();
  const rejectedClusters = new Set<string>();
  const acceptedPrinciples = new Set<string>();
  const undrafted = new Set<string>();
  const pairs: ApplyReviewResult['pairs'] = { droppedPairIds: [], scopes: {} };
  const unmatched: UnmatchedDecision[] = [];

  const clusterFeedback = (cluster: Cluster) => feedbackIdsOf(cluster.aspectIds, aspectsById);
  const findCluster = (anchor: GroupAnchor) => matchGroup(anchor, clusters, clusterFeedback);
  const findMetric = (anchor: GroupAnchor) => matchGroup(anchor, metrics, (metric) => feedbackIdsOf(metric.supportingAspectIds, aspectsById));
  const findPrinciple = (anchor: GroupAnchor) => matchGroup(anchor, principles, (principle) => principle.supportingFeedbackIds);
  const resolveMembers = (cluster: Cluster, members: readonly AspectAnchor[]) =>
    cluster.aspectIds.filter((aspectId) => {
      const aspect = aspectsById.get(aspectId);
      return aspect !== undefined && members.some((member) => member.feedbackId === aspect.feedbackId && member.quote === aspect.evidence.critique.quote);
    });
  /** Replaces clusters (by old id) with their successors, and keeps metric and principle links pointing at them. */
  const replace = (oldIds: readonly string[], replacements: readonly ReviewedCluster[]) => {
    const position = Math.min(...oldIds.map((id) => clusters.findIndex((cluster) => cluster.id === id)));
    const kept = clusters.filter((cluster) => !oldIds.includes(cluster.id));
    clusters = [...kept.slice(0, position), ...replacements, ...kept.slice(position)];
    const successorOf = (id: string) => (oldIds.includes(id) ? replacements[0]?.id : id);
    metrics = metrics.map((metric) => ({ ...metric, clusterIds: [...new Set(metric.clusterIds.map(successorOf).filter((id): id is string => id !== undefined))] }));
    principles = principles.map((principle) => (principle.clusterId === undefined ? principle : withClusterId(principle, successorOf(principle.clusterId))));
    // A metric or principle whose clusters are all gone goes with them.
    for (const metric of metrics) if (metric.clusterIds.length === 0 && (input.metrics ?? []).find((original) => original.id === metric.id)!.clusterIds.length > 0) rejectedMetrics.add(metric.id);
    for (const principle of principles) if (principle.clusterId === undefined && (input.constitution?.principles ?? []).find((original) => original.id === principle.id)?.clusterId !== undefined) rejectedPrinciples.add(principle.id);
  };
  const rebuilt = (base: ReviewedCluster, aspectIds: readonly string[]): ReviewedCluster => {
    const sorted = [...new Set(aspectIds)].sort();
    const sign = { positive: 0, negative: 0 };
    for (const id of sorted) sign[aspectsById.get(id)?.sign ?? 'negative'] += 1;
    return { ...base, id: contentId('clu', sorted), aspectIds: sorted, medoidAspectId: sorted.includes(base.medoidAspectId) ? base.medoidAspectId : sorted[0]!, reassignedAspectIds: base.reassignedAspectIds.filter((id) => sorted.includes(id)), sign };
  };
  const toNoise = (cluster: ReviewedCluster, aspectIds: readonly string[]) => {
    for (const id of aspectIds) noise.add(id);
    const rest = cluster.aspectIds.filter((id) => !aspectIds.includes(id));
    replace([cluster.id], rest.length > 0 ? [rebuilt(cluster, rest)] : []);
  };

  review.decisions.forEach((decision, index) => {
    const miss = (reason: string) => unmatched.push({ index, decision, reason });
    switch (decision.type) {
      case 'cluster-rename':
      case 'cluster-accept': {
        const cluster = findCluster(decision.cluster);
        if (!cluster) return miss('no cluster matches the anchor');
        if (decision.type === 'cluster-rename') cluster.label = decision.name;
        else cluster.accepted = true;
        return;
      }
      case 'cluster-merge': {
        const matched = [...new Set(decision.clusters.map(findCluster).filter((cluster): cluster is ReviewedCluster => cluster !== undefined))];
        if (matched.length < 2) return miss(`only ${matched.length} of ${decision.clusters.length} clusters match their anchors`);
        const [largest] = [...matched].sort((left, right) => right.aspectIds.length - left.aspectIds.length);
        const size = matched.reduce((total, cluster) => total + cluster.aspectIds.length, 0);
        const merged = rebuilt(
          { ...largest!, terms: [...new Set(matched.flatMap((cluster) => cluster.terms))], meanProbability: matched.reduce((total, cluster) => total + cluster.meanProbability * cluster.aspectIds.length, 0) / size, reassignedAspectIds: matched.flatMap((cluster) => cluster.reassignedAspectIds), label: decision.name ?? largest!.label, accepted: false },
          matched.flatMap((cluster) => cluster.aspectIds),
        );
        return replace(matched.map((cluster) => cluster.id), [merged]);
      }
      case 'cluster-split': {
        const cluster = findCluster(decision.cluster);
        if (!cluster) return miss('no cluster matches the anchor');
        const members = resolveMembers(cluster, decision.members);
        if (members.length === 0) return miss('none of the members is in the cluster');
        if (members.length === cluster.aspectIds.length) return miss('the split would take every member');
        const rest = rebuilt(cluster, cluster.aspectIds.filter((id) => !members.includes(id)));
        const split = rebuilt({ ...cluster, terms: [], label: decision.name, accepted: false }, members);
        undrafted.add(split.id);
        return replace([cluster.id], [rest, split]);
      }
      case 'cluster-noise': {
        const cluster = findCluster(decision.cluster);
        if (!cluster) return miss('no cluster matches the anchor');
        const members = decision.members ? resolveMembers(cluster, decision.members) : cluster.aspectIds;
        if (members.length === 0) return miss('none of the members is in the cluster');
        return toNoise(cluster, members);
      }
      case 'cluster-reject': {
        const cluster = findCluster(decision.cluster);
        if (!cluster) return miss('no cluster matches the anchor');
        rejectedClusters.add(cluster.id);
        return toNoise(cluster, cluster.aspectIds);
      }
      case 'cluster-reorder': {
        const matched = decision.clusters.map(findCluster).filter((cluster): cluster is ReviewedCluster => cluster !== undefined);
        if (matched.length === 0) return miss('no cluster matches the anchors');
        if (matched.length < decision.clusters.length) miss(`${decision.clusters.length - matched.length} of the clusters match no anchor; the others were reordered`);
        clusters = [...new Set([...matched, ...clusters])];
        return;
      }
      case 'metric-reject':
      case 'metric-restore':
      case 'metric-edit': {
        const metric = findMetric(decision.metric);
        if (!metric) return miss('no metric matches the anchor');
        if (decision.type === 'metric-reject') rejectedMetrics.add(metric.id);
        else if (decision.type === 'metric-restore') rejectedMetrics.delete(metric.id);
        else {
          metric.name = decision.name ?? metric.name;
          metric.definition = decision.definition ?? metric.definition;
          metric.applicability = decision.applicability ?? metric.applicability;
          metric.version += 1;
        }
        return;
      }
      case 'principle-accept':
      case 'principle-reject':
      case 'principle-edit': {
        const principle = findPrinciple(decision.principle);
        if (!principle) return miss('no principle matches the anchor');
        if (decision.type === 'principle-accept') {
          acceptedPrinciples.add(principle.id);
          rejectedPrinciples.delete(principle.id);
        } else if (decision.type === 'principle-reject') rejectedPrinciples.add(principle.id);
        else principle.text = decision.text;
        return;
      }
      case 'principle-reorder': {
        const matched = decision.principles.map(findPrinciple).filter((principle): principle is Principle => principle !== undefined);
        if (matched.length === 0) return miss('no principle matches the anchors');
        if (matched.length < decision.principles.length) miss(`${decision.principles.length - matched.length} of the principles match no anchor; the others were reordered`);
        principles = [...new Set([...matched, ...principles])];
        return;
      }
      case 'pair-drop':
        pairs.droppedPairIds.push(decision.pair.pairId);
        return;
      case 'pair-edit-scope':
        pairs.scopes[decision.pair.pairId] = decision.scope;
        return;
    }
  });

  const keptMetrics = metrics.filter((metric) => !rejectedMetrics.has(metric.id));
  const keptMetricIds = new Set(keptMetrics.map((metric) => metric.id));
  const keptPrinciples = principles
    .filter((principle) => !rejectedPrinciples.has(principle.id))
    .map((principle) => (principle.metricId === undefined || keptMetricIds.has(principle.metricId) ? principle : withoutMetricId(principle)));
  const clusterIds = new Set(clusters.map((cluster) => cluster.id));
  // A reassigned aspect stays reassigned in whichever cluster now holds it.
  const holder = new Map(clusters.flatMap((cluster) => cluster.reassignedAspectIds.map((aspectId) => [aspectId, cluster.id] as const)));
  const reassigned = input.clusters.reassigned.filter((entry) => holder.has(entry.aspectId)).map((entry) => ({ ...entry, clusterId: holder.get(entry.aspectId)! }));
  return {
    clusters: { ...input.clusters, clusters, noiseAspectIds: [...noise].sort(), reassigned },
    metrics: keptMetrics,
    constitution: input.constitution ? { ...input.constitution, principles: keptPrinciples } : undefined,
    rejected: { clusterIds: [...rejectedClusters].sort(), metricIds: [...rejectedMetrics].sort(), principleIds: [...rejectedPrinciples].sort() },
    acceptedPrincipleIds: [...acceptedPrinciples].filter((id) => !rejectedPrinciples.has(id)).sort(),
    undraftedClusterIds: [...undrafted].filter((id) => clusterIds.has(id)).sort(),
    pairs: { droppedPairIds: [...new Set(pairs.droppedPairIds)].sort(), scopes: Object.fromEntries(Object.entries(pairs.scopes).sort(([left], [right]) => left.localeCompare(right))) },
    unmatched,
  };
}

function withClusterId(principle: Principle, clusterId: string | undefined): Principle {
  const { clusterId: _previous, ...rest } = principle;
  return clusterId === undefined ? rest : { ...rest, clusterId };
}

function withoutMetricId(principle: Principle): Principle {
  const { metricId: _metricId, ...rest } = principle;
  return rest;
}
