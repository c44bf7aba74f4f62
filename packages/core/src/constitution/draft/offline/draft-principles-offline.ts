import type { Aspect, Sign } from '../../../schemas/aspect.ts';
import type { Cluster } from '../../../schemas/cluster.ts';
import type { Feedback } from '../../../schemas/feedback.ts';
import type { Metric } from '../../../schemas/metric.ts';
import type { Principle } from '../../../schemas/principle.ts';
import { contentId } from '../../../util/content-id.ts';
import { principleFromClause } from './principle-from-clause.ts';
import { rankMembers } from '../../../drafting/rank-members.ts';
import { carriesSign, readableOrder } from '../../../drafting/readable-order.ts';
import { wordsUsedOnce } from '../../../drafting/words-used-once.ts';
import { representativeAspect } from '../../../drafting/representative-aspect.ts';

export interface DraftPrinciplesOfflineOptions {
  clusters: readonly Cluster[];
  metrics: readonly Metric[];
  aspects: readonly Aspect[];
  feedback: readonly Feedback[];
  /** Aspect id → unit embedding; the representative critique is then the one closest to the centroid. */
  embeddings?: ReadonlyMap<string, ArrayLike<number>>;
  /** @default 3 */
  maxExampleCritiques?: number;
}

/** The representative and this many of the most central members of the majority sign are considered. */
const candidatesConsidered = 5;

/**
 * One principle per cluster, extractively: from the most readable of the most representative clauses of the
 * cluster's majority sign (closest to the centroid, preferring clauses that are the critic's own words over
 * quotes of the response; short, sign-bearing and typo-free first, see `readableOrder`),
 * rewritten into an imperative only where that is mechanical. Carries the supporting feedback ids, support
 * counts and up to three example critiques. Sorted by supporting feedback count, then id.
 */
export function draftPrinciplesOffline(options: DraftPrinciplesOfflineOptions): Principle[] {
  const { clusters, metrics, aspects, feedback, embeddings, maxExampleCritiques = 3 } = options;
  const aspectById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  const critiqueById = new Map(feedback.map((record) => [record.id, record.critique]));
  const rareWords = wordsUsedOnce(aspects.map((aspect) => aspect.behaviour));
  const principles = clusters.flatMap((cluster): Principle[] => {
    const members = cluster.aspectIds.map((id) => aspectById.get(id)).filter((aspect): aspect is Aspect => aspect !== undefined);
    if (members.length === 0) return [];
    const positive = members.filter((aspect) => aspect.sign === 'positive').length;
    const negative = members.length - positive;
    const majority: Sign = positive > negative ? 'positive' : 'negative';
    const ranked = rankMembers(members, { terms: cluster.terms, embeddings });
    const sameSign = ranked.filter((aspect) => aspect.sign === majority);
    const central = representativeAspect(ranked, aspectById.get(cluster.medoidAspectId), majority)!;
    // Among the most central clauses, else the first further one whose own words carry the majority sign.
    const signed = sameSign.find((aspect) => carriesSign(aspect));
    const pool = [central, ...sameSign.slice(0, candidatesConsidered)];
    const representative = readableOrder([...new Set(pool.some(carriesSign) || !signed ? pool : [...pool, signed])], { rareWords })[0]!;
    const supportingFeedbackIds = [...new Set(members.map((aspect) => aspect.feedbackId))].sort();
    const exampleIds = [...new Set([representative, ...sameSign, ...ranked].map((aspect) => aspect.feedbackId))].slice(0, maxExampleCritiques);
    const metric = metrics.find((candidate) => candidate.clusterIds.includes(cluster.id));
    return [
      {
        id: contentId('pri', cluster.id),
        text: principleFromClause(representative.evidence.critique.quote, majority),
        supportingFeedbackIds,
        support: { feedback: supportingFeedbackIds.length, aspects: members.length, positive, negative },
        exampleCritiques: exampleIds.map((feedbackId) => ({ feedbackId, critique: critiqueById.get(feedbackId) ?? '' })),
        clusterId: cluster.id,
        ...(metric ? { metricId: metric.id } : {}),
        engine: 'offline',
      },
    ];
  });
  return principles.sort((left, right) => right.support.feedback - left.support.feedback || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}
