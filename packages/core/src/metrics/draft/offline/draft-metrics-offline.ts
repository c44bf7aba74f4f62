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
import { behaviourCandidates, type BehaviourCandidate } from '../../../drafting/behaviour-candidates.ts';
import { behaviourPhrase, whetherSentence } from '../../../drafting/phrase-behaviour.ts';
import { lexicalFit } from '../../../drafting/lexical-fit.ts';
import { coveringCandidates } from '../../../drafting/member-coverage.ts';
import { hasPlaceholderToken } from '../../../text/placeholder-tokens.ts';

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
 * Extractive metrics, one per cluster, with no language model. The name and the definition come from one member:
 * among those closest to the cluster centroid that describe something the assistant did (`behaviourCandidates`;
 * never the product, the critic's story, a placeholder), the best whose definition is lexically closer to its own
 * cluster's members than to any other cluster's. The name is that behaviour as a phrase ("Ignores the user's order
 * number"), the definition a "Whether the assistant …" sentence of it. A cluster with no such member (product
 * complaints, the critics' own stories) is named for what users mention, from its distinctive phrases ("Users
 * mention coffee grinder"), and says so in its definition. Good and bad examples
 * are copied from real positive and negative members (none with a placeholder token), prevalence = the cluster's
 * share of all aspects. Sorted by prevalence, then id.
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
  const fit = lexicalFit(groups);
  // Per cluster: its behaviour candidates, the one its name and definition come from (or none).
  const chosen = clusters.map((cluster, index) => {
    const terms = cluster.terms.length > 0 ? cluster.terms : computedTerms[index]!;
    const ranked = rankMembers(membersOf(cluster), { terms, embeddings });
    const candidates = behaviourCandidates(ranked, { rareWords });
    return { ranked, candidates, definer: definingCandidate(coveringCandidates(candidates, groups[index]!), index, fit) };
  });
  yield 0;
  // Names are given largest cluster first, so a clash renames the smaller one; the order of `clusters` does not matter.
  const order = clusters.map((_, index) => index).sort((left, right) => groups[right]!.length - groups[left]!.length || (clusters[left]!.id < clusters[right]!.id ? -1 : 1));
  const taken = new Set<string>();
  const names = new Map<number, string>();
  for (const index of order) {
    const phrases = computedPhrases[index]!.filter((phrase) => !hasPlaceholderToken(phrase.text));
    const terms = (clusters[index]!.terms.length > 0 ? clusters[index]!.terms : computedTerms[index]!).filter((term) => !hasPlaceholderToken(term));
    const { definer, candidates } = chosen[index]!;
    const behaviourNames = definer ? [definer, ...candidates.filter((candidate) => candidate !== definer).slice(0, 4)].map((candidate) => behaviourPhrase(candidate.reading)) : [];
    const name =
      behaviourNames.find((candidate) => !taken.has(candidate)) ??
      (behaviourNames.length > 0 ? numbered(behaviourNames[0]!, taken) : withoutBehaviourName(phrases.length > 0 ? nameMetric({ phrases, behaviours: groups[index]!, taken }) : nameFromTerms(terms, taken, 'Behaviour'), taken));
    taken.add(name);
    names.set(index, name);
    yield 1;
  }
  const metrics = clusters.map((cluster, index): Metric => {
    const members = membersOf(cluster);
    const terms = (cluster.terms.length > 0 ? cluster.terms : computedTerms[index]!).filter((term) => !hasPlaceholderToken(term));
    const { ranked, definer } = chosen[index]!;
    const representative = representativeAspect(ranked, aspectById.get(cluster.medoidAspectId));
    const name = names.get(index)!;
    const positive = members.filter((aspect) => aspect.sign === 'positive').length;
    const negative = members.length - positive;
    const examples = (sign: Aspect['sign']) => distinctExamples(ranked.filter((aspect) => aspect.sign === sign && !hasPlaceholderToken(aspect.behaviour)), maxExamples);
    const topics = topicsOf(computedPhrases[index]!.filter((phrase) => !hasPlaceholderToken(phrase.text)));
    const { definition, applicability } = defineMetric({
      representative,
      ranked,
      topics: topics.length > 0 ? topics : terms.slice(0, 3),
      positive,
      negative,
      fallback: name,
      rareWords,
      ...(definer ? { behaviour: whetherSentence(definer.reading) } : {}),
    });
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

/**
 * The candidate a cluster's name and definition come from: the best of its first eight candidates whose definition is
 * lexically closer to the other members of its own cluster than to any other cluster (TF-IDF over member
 * behaviours, its own member left out) and shares at least half as much of their wording as the most similar such
 * candidate; else the one that comes nearest. Undefined when no member describes what the assistant did.
 */
function definingCandidate(candidates: readonly BehaviourCandidate[], index: number, fit: ReturnType<typeof lexicalFit>): BehaviourCandidate | undefined {
  const scored = candidates.slice(0, 8).map((candidate) => {
    const similarities = fit.closest(whetherSentence(candidate.reading), { index, text: candidate.aspect.behaviour });
    const own = similarities.find((entry) => entry.index === index)?.similarity ?? 0;
    const other = similarities.find((entry) => entry.index !== index)?.similarity ?? 0;
    return { candidate, own, margin: own - other, fits: similarities[0]?.index === index && own > 0 };
  });
  // Closest to its own cluster, and sharing at least half as much of its members' wording as the best such candidate;
  // when none is closest, the one that comes nearest (the widest margin), ties by rank.
  const best = Math.max(0, ...scored.filter((entry) => entry.fits).map((entry) => entry.own));
  const fitting = scored.find((entry) => entry.fits && entry.own >= best / 2);
  if (fitting || scored.length === 0) return fitting?.candidate;
  return scored.reduce((nearest, entry) => (entry.margin > nearest.margin + 1e-9 ? entry : nearest)).candidate;
}

/** A cluster in which no member says what the assistant did is named for what users mention: "Users mention Order Number". */
function withoutBehaviourName(topic: string, taken: ReadonlySet<string>): string {
  const name = `Users mention ${topic.replace(/ \d+$/u, '').toLowerCase()}`;
  return taken.has(name) ? numbered(name, taken) : name;
}

function numbered(name: string, taken: ReadonlySet<string>): string {
  let counter = 2;
  while (taken.has(`${name} ${counter}`)) counter++;
  return `${name} ${counter}`;
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
