import type { Aspect } from '../../../schemas/aspect.ts';
import type { Cluster } from '../../../schemas/cluster.ts';
import type { Feedback } from '../../../schemas/feedback.ts';
import type { Metric, MetricExample } from '../../../schemas/metric.ts';
import { runFitSteps, type FitSteps } from '../../../util/fit-steps.ts';
import { contentId } from '../../../util/content-id.ts';
import { distinctivePhrases, hasWeakHead, type DistinctivePhrase } from '../../../text/distinctive-phrases.ts';
import { distinctiveTerms } from '../../../text/distinctive-terms.ts';
import { defineMetric } from './define-metric.ts';
import { nameFromTerms } from './name-from-terms.ts';
import { nameMetric, sharesStem } from './name-metric.ts';
import { rankMembers } from '../../../drafting/rank-members.ts';
import { representativeAspect } from '../../../drafting/representative-aspect.ts';
import { wordsUsedOnce } from '../../../drafting/words-used-once.ts';

export interface DraftMetricsOfflineOptions {
  clusters: readonly Cluster[];
  /** Every grounded aspect of the run (prevalence is a share of all of them). */
  aspects: readonly Aspect[];
  feedback: readonly Feedback[];
  /** Aspect id → unit embedding; examples are then the members closest to the cluster centroid. */
  embeddings?: ReadonlyMap<string, ArrayLike<number>>;
  /** Good and bad examples per metric, each. @default 3 */
  maxExamples?: number;
}

/**
 * Extractive metrics, one per cluster, with no language model: the name from the cluster's most distinctive
 * phrases and the verbs its members use ("Order Number Handling"), the definition from a central member read
 * as what the assistant did ("Whether the assistant ignored the user's order number"), good and bad examples
 * copied from real positive and negative members, prevalence = the cluster's share of all aspects. Sorted by
 * prevalence, then id.
 */
export function draftMetricsOffline(options: DraftMetricsOfflineOptions): Metric[] {
  return runFitSteps(draftMetricsOfflineSteps(options));
}

/**
 * The drafting as pausable steps (see `util/fit-steps.ts`): a pause after each corpus-wide phase and after each
 * cluster is named, one progress unit per cluster. The metrics stage runs it with event-loop turns between steps
 * so the progress view redraws and Ctrl-C is seen on large runs; the result is the same either way.
 */
export function* draftMetricsOfflineSteps(options: DraftMetricsOfflineOptions): FitSteps<Metric[]> {
  const { clusters, aspects, embeddings, maxExamples = 3 } = options;
  const aspectById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  const membersOf = (cluster: Cluster) => cluster.aspectIds.map((id) => aspectById.get(id)).filter((aspect): aspect is Aspect => aspect !== undefined);
  const groups = clusters.map((cluster) => membersOf(cluster).map((aspect) => aspect.behaviour));
  const clustered = new Set(clusters.flatMap((cluster) => cluster.aspectIds));
  const background = aspects.filter((aspect) => !clustered.has(aspect.id)).map((aspect) => aspect.behaviour);
  const computedTerms = distinctiveTerms({ groups, top: 8 });
  yield 0;
  const computedPhrases = distinctivePhrases({ groups, background, top: 40 });
  yield 0;
  const rareWords = wordsUsedOnce(aspects.map((aspect) => aspect.behaviour));
  // Names are given largest cluster first, so a clash renames the smaller one; the order of `clusters` does not matter.
  const order = clusters.map((_, index) => index).sort((left, right) => groups[right]!.length - groups[left]!.length || (clusters[left]!.id < clusters[right]!.id ? -1 : 1));
  const taken = new Set<string>();
  const names = new Map<number, string>();
  for (const index of order) {
    const phrases = computedPhrases[index]!;
    const terms = clusters[index]!.terms.length > 0 ? clusters[index]!.terms : computedTerms[index]!;
    const name = phrases.length > 0 ? nameMetric({ phrases, behaviours: groups[index]!, taken }) : nameFromTerms(terms, taken, groups[index]![0]?.split(/\s+/u).slice(0, 4).join(' '));
    taken.add(name);
    names.set(index, name);
    yield 1;
  }
  const metrics = clusters.map((cluster, index): Metric => {
    const members = membersOf(cluster);
    const terms = cluster.terms.length > 0 ? cluster.terms : computedTerms[index]!;
    const ranked = rankMembers(members, { terms, embeddings });
    const representative = representativeAspect(ranked, aspectById.get(cluster.medoidAspectId));
    const name = names.get(index)!;
    const positive = members.filter((aspect) => aspect.sign === 'positive').length;
    const negative = members.length - positive;
    const examples = (sign: Aspect['sign']) => distinctExamples(ranked.filter((aspect) => aspect.sign === sign), maxExamples);
    const topics = topicsOf(computedPhrases[index]!);
    const { definition, applicability } = defineMetric({ representative, ranked, topics: topics.length > 0 ? topics : terms.slice(0, 3), positive, negative, fallback: name, rareWords });
    return {
      id: contentId('met', cluster.id),
      name,
      definition,
      applicability,
      goodExamples: examples('positive'),
      badExamples: examples('negative'),
      supportingAspectIds: members.map((aspect) => aspect.id).sort(),
      clusterIds: [cluster.id],
      prevalence: aspects.length === 0 ? 0 : Math.min(1, members.length / aspects.length),
      signBalance: { positive, negative },
      engine: 'offline',
      version: 1,
    };
  });
  return metrics.sort((left, right) => right.prevalence - left.prevalence || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}

/** Up to three noun phrases that a tenth of the members use and that share no stem with an earlier one; the best always. */
function topicsOf(phrases: readonly DistinctivePhrase[]): string[] {
  const chosen: DistinctivePhrase[] = [];
  for (const phrase of phrases) {
    if (chosen.some((earlier) => sharesStem(earlier, phrase)) || (chosen.length > 0 && (phrase.coverage < 0.1 || hasWeakHead(phrase.text)))) continue;
    chosen.push(phrase);
    if (chosen.length >= 3) break;
  }
  return chosen.map((phrase) => phrase.text);
}

function distinctExamples(ranked: readonly Aspect[], limit: number): MetricExample[] {
  const seen = new Set<string>();
  const examples: MetricExample[] = [];
  for (const aspect of ranked) {
    const key = aspect.behaviour.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    examples.push({ aspectId: aspect.id, feedbackId: aspect.feedbackId, behaviour: aspect.behaviour });
    if (examples.length >= limit) break;
  }
  return examples;
}
