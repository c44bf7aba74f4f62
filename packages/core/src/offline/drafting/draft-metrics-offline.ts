import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Metric, MetricExample } from '../../schemas/metric.ts';
import { contentId } from '../../util/content-id.ts';
import { distinctiveTerms } from '../terms/distinctive-terms.ts';
import { nameFromTerms } from './name-from-terms.ts';
import { rankMembers } from './rank-members.ts';
import { representativeAspect } from './representative-aspect.ts';

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
 * terms (c-TF-IDF), the definition from its medoid behaviour, good and bad examples copied from real positive
 * and negative members, prevalence = the cluster's share of all aspects. Sorted by prevalence, then id.
 */
export function draftMetricsOffline(options: DraftMetricsOfflineOptions): Metric[] {
  const { clusters, aspects, embeddings, maxExamples = 3 } = options;
  const aspectById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  const membersOf = (cluster: Cluster) => cluster.aspectIds.map((id) => aspectById.get(id)).filter((aspect): aspect is Aspect => aspect !== undefined);
  const computedTerms = distinctiveTerms({ groups: clusters.map((cluster) => membersOf(cluster).map((aspect) => aspect.behaviour)), top: 8 });
  const taken = new Set<string>();

  const metrics = clusters.map((cluster, index): Metric => {
    const members = membersOf(cluster);
    const terms = cluster.terms.length > 0 ? cluster.terms : computedTerms[index]!;
    const ranked = rankMembers(members, { terms, embeddings });
    const representative = representativeAspect(ranked, aspectById.get(cluster.medoidAspectId));
    const name = nameFromTerms(terms, taken, representative?.behaviour.split(/\s+/u).slice(0, 4).join(' '));
    taken.add(name);
    const positive = members.filter((aspect) => aspect.sign === 'positive').length;
    const negative = members.length - positive;
    const examples = (sign: Aspect['sign']) => distinctExamples(ranked.filter((aspect) => aspect.sign === sign), maxExamples);
    return {
      id: contentId('met', cluster.id),
      name,
      definition: defineMetric(representative?.behaviour ?? name, { count: members.length, positive, negative, terms }),
      applicability: `Applies when a reply involves ${listTerms(terms.slice(0, 3)) || 'this behaviour'}; otherwise rate it 0 (not applicable).`,
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

const verbLike =
  /^(?:(?!need|feed|speed|seed)\p{Ll}{2,}ed|uses|gives|asks|answers|replies|responds|keeps|makes|says|puts|sends|ignores|repeats|promises|pushes|sounds|feels|forgets|invents|quotes|offers|suggests|tries|remembers|escalates|transfers|explains|has|is|was|does|did|got|gave|made|told|said|kept|put|sent|took|knew|went|found|felt|forgot|never|always|kept)\b/u;

/** "Whether the assistant ignored the order number." when the representative reads as a verb phrase, else a quote. */
function defineMetric(behaviour: string, facts: { count: number; positive: number; negative: number; terms: readonly string[] }): string {
  const core = verbLike.test(behaviour)
    ? `Whether the assistant ${behaviour.replace(/[.!?]+$/u, '')}.`
    : `Whether the assistant's reply shows what users described as “${behaviour.replace(/[.!?]+$/u, '')}”.`;
  const terms = listTerms(facts.terms.slice(0, 5));
  return `${core} Grounded in ${facts.count} user comment${facts.count === 1 ? '' : 's'} (${facts.negative} negative, ${facts.positive} positive)${terms ? ` about ${terms}` : ''}.`;
}

function listTerms(terms: readonly string[]): string {
  if (terms.length <= 1) return terms.join('');
  return `${terms.slice(0, -1).join(', ')} and ${terms[terms.length - 1]}`;
}
