import type { Aspect, Sign } from '../../../schemas/aspect.ts';
import type { Cluster } from '../../../schemas/cluster.ts';
import type { Feedback } from '../../../schemas/feedback.ts';
import type { Metric } from '../../../schemas/metric.ts';
import type { Principle } from '../../../schemas/principle.ts';
import { contentId } from '../../../util/content-id.ts';
import { contentTokens } from '../../../text/content-tokens.ts';
import { hasPlaceholderToken } from '../../../text/placeholder-tokens.ts';
import { principleFromClause } from './principle-from-clause.ts';
import { rankMembers } from '../../../drafting/rank-members.ts';
import { carriesSign, readableOrder } from '../../../drafting/readable-order.ts';
import { wordsUsedOnce } from '../../../drafting/words-used-once.ts';
import { representativeAspect } from '../../../drafting/representative-aspect.ts';
import { behaviourCandidates, type BehaviourCandidate } from '../../../drafting/behaviour-candidates.ts';
import { ruleOf, ruleSentence, type Rule } from '../../../drafting/phrase-behaviour.ts';
import { lexicalFit } from '../../../drafting/lexical-fit.ts';
import { coveringCandidates } from '../../../drafting/member-coverage.ts';

export interface DraftPrinciplesOfflineOptions {
  clusters: readonly Cluster[];
  metrics: readonly Metric[];
  aspects: readonly Aspect[];
  feedback: readonly Feedback[];
  /** Aspect id → unit embedding; the representative critique is then the one closest to the centroid. */
  embeddings?: ReadonlyMap<string, ArrayLike<number>>;
  /** @default 3 */
  maxExampleCritiques?: number;
  /**
   * A cluster none of whose members describes what the assistant did (product complaints, the critic's own story):
   * `skip` drafts no principle for it, since no rule about the assistant follows from it; `quote` drafts the old
   * quoted principle ("…avoid what users criticised as “…”"), for callers that need one principle per cluster
   * (the model path's fallback). @default 'skip'
   */
  withoutBehaviour?: 'skip' | 'quote';
}

/** A second rule of the other polarity is added when its member is at least this representative (score, see behaviourCandidates). */
const secondRuleScore = 8;

/**
 * One principle per cluster, extractively: a rule in the imperative written from what the cluster's members say the
 * assistant did (see `drafting/read-behaviour.ts`), praised members saying what to do and criticised ones what not
 * to do ("Answer in the user's language; do not ignore that the user was writing in Spanish."). The most
 * representative readable member gives the first rule; the best member of the other polarity, when representative
 * enough, the second. Clauses that describe no behaviour of the assistant (the product, the critic's story, quotes
 * of the response, other languages, placeholders) never become rules; a cluster with none gets no principle (see
 * `withoutBehaviour`). The source clauses are kept verbatim as evidence, with support counts and up to three example
 * critiques. Sorted by supporting feedback count, then id.
 */
export function draftPrinciplesOffline(options: DraftPrinciplesOfflineOptions): Principle[] {
  const { clusters, metrics, aspects, feedback, embeddings, maxExampleCritiques = 3, withoutBehaviour = 'skip' } = options;
  const aspectById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  const critiqueById = new Map(feedback.map((record) => [record.id, record.critique]));
  const rareWords = wordsUsedOnce(aspects.map((aspect) => aspect.behaviour));
  const membersOf = (cluster: Cluster) => cluster.aspectIds.map((id) => aspectById.get(id)).filter((aspect): aspect is Aspect => aspect !== undefined);
  // As for metric definitions: the first rule comes from a member lexically closer to its own cluster than to any other.
  const fit = lexicalFit(clusters.map((cluster) => membersOf(cluster).map((aspect) => aspect.behaviour)));
  const principles = clusters.flatMap((cluster, clusterIndex): Principle[] => {
    const members = membersOf(cluster);
    if (members.length === 0) return [];
    const positive = members.filter((aspect) => aspect.sign === 'positive').length;
    const negative = members.length - positive;
    const majority: Sign = positive > negative ? 'positive' : 'negative';
    const ranked = rankMembers(members, { terms: cluster.terms, embeddings });
    const fitsCluster = (candidate: BehaviourCandidate) => fit.closest(candidate.aspect.behaviour, { index: clusterIndex, text: candidate.aspect.behaviour })[0]?.index === clusterIndex;
    // Only candidates whose words enough of the other members share, when there are any (see `memberCoverage`).
    const candidates = coveringCandidates(behaviourCandidates(ranked, { rareWords }), members.map((aspect) => aspect.behaviour));
    const rules = chooseRules(candidates, majority, fitsCluster);
    let text: string;
    let sources: Aspect[];
    if (rules.length > 0) {
      text = composeRules(rules.map(({ rule }) => rule));
      sources = rules.map(({ candidate }) => candidate.aspect);
    } else if (withoutBehaviour === 'quote') {
      const quoted = quotedRepresentative(ranked, aspectById.get(cluster.medoidAspectId), majority, rareWords);
      text = principleFromClause(quoted.evidence.critique.quote, majority);
      sources = [quoted];
    } else return [];
    const supportingFeedbackIds = [...new Set(members.map((aspect) => aspect.feedbackId))].sort();
    const sameSign = ranked.filter((aspect) => aspect.sign === majority);
    const plain = (aspect: Aspect) => !hasPlaceholderToken(critiqueById.get(aspect.feedbackId) ?? '');
    const exampleIds = [...new Set([...sources, ...sameSign.filter(plain), ...ranked.filter(plain), ...ranked].map((aspect) => aspect.feedbackId))].slice(0, maxExampleCritiques);
    const metric = metrics.find((candidate) => candidate.clusterIds.includes(cluster.id));
    return [
      {
        id: contentId('pri', cluster.id),
        text,
        supportingFeedbackIds,
        support: { feedback: supportingFeedbackIds.length, aspects: members.length, positive, negative },
        exampleCritiques: exampleIds.map((feedbackId) => ({ feedbackId, critique: critiqueById.get(feedbackId) ?? '' })),
        ...(rules.length > 0 ? { sourceClauses: sources.map((aspect) => ({ feedbackId: aspect.feedbackId, aspectId: aspect.id, clause: aspect.evidence.critique.quote })) } : {}),
        clusterId: cluster.id,
        ...(metric ? { metricId: metric.id } : {}),
        engine: 'offline',
      },
    ];
  });
  return principles.sort((left, right) => right.support.feedback - left.support.feedback || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}

/**
 * The first rule from the best candidate (members of the majority sign preferred) among those lexically closest to
 * their own cluster, a second of the other polarity (also closest to its own cluster)
 * from the best candidate that gives one, when it is representative enough, carries its sign in its own words and
 * says something the first does not.
 */
function chooseRules(candidates: readonly BehaviourCandidate[], majority: Sign, fitsCluster: (candidate: BehaviourCandidate) => boolean): Array<{ rule: Rule; candidate: BehaviourCandidate }> {
  if (candidates.length === 0) return [];
  const preferred = [...candidates].sort((left, right) => left.score + (left.aspect.sign === majority ? 0 : 2) - (right.score + (right.aspect.sign === majority ? 0 : 2)));
  // The best of the eight most preferred that stands for its own cluster (not a neighbour's members), else the best.
  const first = preferred.slice(0, 8).find(fitsCluster) ?? preferred[0]!;
  const firstRule = ruleOf(first.reading, first.aspect.sign);
  const firstStems = stemsOf(`${firstRule.text} ${first.aspect.behaviour}`);
  const second = candidates.find((candidate) => {
    if (candidate.score > secondRuleScore || !carriesSign(candidate.aspect) || !fitsCluster(candidate)) return false;
    const rule = ruleOf(candidate.reading, candidate.aspect.sign);
    const stems = stemsOf(rule.text);
    // The same act (or a synonym) done and not done on a shared object ("escalate to a human …; do not transfer the
    // user to a human") is a clause filed under the wrong sign, not a second rule.
    const verbOf = (reading: BehaviourCandidate['reading']) => ('verb' in reading ? (synonymOf.get(reading.verb) ?? reading.verb) : undefined);
    const sameAct = verbOf(candidate.reading) !== undefined && verbOf(candidate.reading) === verbOf(first.reading) && [...stemsOf(restOf(candidate.reading))].some((stem) => stemsOf(restOf(first.reading)).has(stem));
    return rule.polarity !== firstRule.polarity && !sameAct && [...stems].some((stem) => !firstStems.has(stem));
  });
  const chosen = [{ rule: firstRule, candidate: first }];
  if (second) chosen.push({ rule: ruleOf(second.reading, second.aspect.sign), candidate: second });
  // What to do first, then what not to do.
  return chosen.sort((left, right) => (left.rule.polarity === right.rule.polarity ? 0 : left.rule.polarity === 'do' ? -1 : 1));
}

function restOf(reading: BehaviourCandidate['reading']): string {
  return 'rest' in reading ? reading.rest : reading.phrase;
}

/** "Answer in the user's language; do not answer in Spanish when the user asked in German." */
function composeRules(rules: readonly Rule[]): string {
  const sentences = rules.map((rule) => ruleSentence(rule, rules.length > 1 ? 12 : 16).replace(/\.$/u, ''));
  return `${sentences.map((sentence, index) => (index === 0 ? sentence : sentence.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase()))).join('; ')}.`;
}

/** Verbs that name the same act ("escalate to a human" and "transfer to a human"), each mapped to the first of its group. */
const synonymOf: ReadonlyMap<string, string> = new Map(
  ['escalate transfer hand connect route pass', 'check verify confirm look', 'ignore skip miss overlook disregard', 'give provide offer', 'answer reply respond', 'ask request']
    .map((group) => group.split(' '))
    .flatMap((group) => group.map((verb) => [verb, group[0]!] as const)),
);

/** The words a rule's template adds ("make sure", "leave out") say nothing new about the behaviour. */
const ruleWords = new Set(['make', 'sure', 'leave', 'avoid', 'keep', 'use', 'includ', 'show', 'give', 'user']);

function stemsOf(text: string): Set<string> {
  return new Set(contentTokens(text).map((token) => token.stem).filter((stem) => !ruleWords.has(stem)));
}

/** The clause the quoted principle is written from (the behaviour before rules were written, kept for `quote`). */
function quotedRepresentative(ranked: readonly Aspect[], medoid: Aspect | undefined, majority: Sign, rareWords: ReadonlySet<string>): Aspect {
  const sameSign = ranked.filter((aspect) => aspect.sign === majority);
  const central = representativeAspect(ranked, medoid, majority)!;
  const signed = sameSign.find((aspect) => carriesSign(aspect));
  const pool = [central, ...sameSign.slice(0, 5)];
  return readableOrder([...new Set(pool.some(carriesSign) || !signed ? pool : [...pool, signed])], { rareWords })[0]!;
}
