import nlp from 'compromise';
import { contentTokens, type Aspect, type Cluster, type Metric, type Sign } from '@tenets/core';

/**
 * The figures `npm run eval` reports for issue #13, defined here, outside the engine, so that they do not test the
 * engine's own rules against themselves. They use a part-of-speech tagger (compromise), which the engine itself need not use.
 */

const quoteMarks = /["\u201C\u201D\u00AB\u00BB\u201E]/u;
const firstPerson = /\b(?:i|i'm|i've|me|my|mine|we|our|us)\b/iu;

/**
 * A principle reads as a rule when it quotes no critique, speaks of no "I"/"my", and tells the assistant what to do:
 * it opens with an imperative verb ("Keep answers short", "Do not …") or with "The assistant should/must" and a verb.
 */
export function isRule(text: string): boolean {
  if (quoteMarks.test(text) || firstPerson.test(text)) return false;
  const sentence = text.trim().replace(/^the assistant (?:should|must)(?: not| never)?\s+/iu, '');
  if (sentence === text.trim() && !/^(?:do not|don't|never|always|avoid)\b/iu.test(sentence)) {
    // An imperative: the first word, read as an order to the assistant, is a verb ("Keep", "Answer", "Quote").
    const terms = nlp(sentence.toLowerCase()).json()[0]?.terms ?? [];
    return terms[0]?.tags?.includes('Verb') ?? false;
  }
  const terms = nlp(`The assistant should ${sentence.toLowerCase()}`).json()[0]?.terms ?? [];
  return terms.slice(3).some((term: { tags?: string[] }) => term.tags?.includes('Verb'));
}

/** Dataset placeholder tokens: `__company__`, `<cust__`, `{name}`, `<PERSON>`, `[NAME]`. */
export const placeholderPattern = /__[\p{L}\d_]*|<[\p{L}_]+_*>?|\{[\p{L}_]+\}|\[[A-Z_]{3,}\]/u;

/**
 * A metric name is a behaviour phrase when it says what the assistant does: read as "The assistant <name>", the
 * tagger finds a verb ("Escalates to a human", "Answering in the customer's language"); a bare noun pair such as
 * "Step and Button" or "Order Number" is a topic, and a name with a placeholder token is never a behaviour phrase.
 */
export function isBehaviourPhrase(name: string): boolean {
  if (placeholderPattern.test(name)) return false;
  const terms = nlp(`The assistant ${name.toLowerCase()}.`).json()[0]?.terms ?? [];
  return terms.slice(2).some((term: { tags?: string[] }) => term.tags?.includes('Verb') || term.tags?.includes('Gerund'));
}

/** The critique-level sign of a grounding: the majority of its aspects' signs; a tie goes to the first aspect. */
export function critiqueSign(aspects: readonly Aspect[]): Sign | undefined {
  if (aspects.length === 0) return undefined;
  const positive = aspects.filter((aspect) => aspect.sign === 'positive').length;
  const negative = aspects.length - positive;
  return positive === negative ? aspects[0]!.sign : positive > negative ? 'positive' : 'negative';
}

/** The definition without its support sentence ("Grounded in 65 user comments … about agent and escalate."). */
function definitionProper(definition: string): string {
  return definition.replace(/\s*Grounded in [^.]*\.?/gu, '').trim();
}

/**
 * Share of metrics whose definition is lexically closest to its own cluster: TF-IDF over content-word stems, each
 * cluster one document of its members' behaviours, cosine between the definition and each cluster.
 */
export function definitionFit(metrics: readonly Metric[], clusters: readonly Cluster[], aspects: readonly Aspect[]): number {
  const behaviourOf = new Map(aspects.map((aspect) => [aspect.id, aspect.behaviour]));
  const documents = clusters.map((cluster) => termCounts(cluster.aspectIds.map((id) => behaviourOf.get(id) ?? '').join(' ')));
  const documentFrequency = new Map<string, number>();
  for (const document of documents) for (const stem of document.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const weigh = (counts: Map<string, number>) => {
    const vector = new Map<string, number>();
    for (const [stem, count] of counts) vector.set(stem, (1 + Math.log(count)) * Math.log((1 + documents.length) / (1 + (documentFrequency.get(stem) ?? 0)) + 1));
    return vector;
  };
  const clusterVectors = documents.map(weigh);
  const indexOf = new Map(clusters.map((cluster, index) => [cluster.id, index]));
  const scored = metrics.filter((metric) => metric.clusterIds.length > 0 && indexOf.has(metric.clusterIds[0]!));
  if (scored.length === 0) return 0;
  const fitting = scored.filter((metric) => {
    const definition = weigh(termCounts(definitionProper(metric.definition)));
    const similarities = clusterVectors.map((vector) => cosine(definition, vector));
    const own = Math.max(...metric.clusterIds.map((id) => similarities[indexOf.get(id)!] ?? 0));
    return own > 0 && similarities.every((similarity, index) => metric.clusterIds.includes(clusters[index]!.id) || similarity < own);
  });
  return fitting.length / scored.length;
}

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of contentTokens(text)) counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
  return counts;
}

function cosine(left: Map<string, number>, right: Map<string, number>): number {
  let dot = 0;
  for (const [stem, weight] of left) dot += weight * (right.get(stem) ?? 0);
  const norm = (vector: Map<string, number>) => Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));
  const denominator = norm(left) * norm(right);
  return denominator === 0 ? 0 : dot / denominator;
}

/**
 * A name fits its members when it shares a stemmed content word with the behaviour label most of its members carry,
 * or with that label's description in the fixture README (lenient: one shared word counts).
 */
export function nameFitsMajorityLabel(name: string, majorityLabel: string, description: string | undefined): boolean {
  const stems = (text: string) => new Set(contentTokens(text.replace(/-/gu, ' ')).map((token) => token.stem));
  const nameStems = stems(name);
  const labelStems = new Set([...stems(majorityLabel), ...stems(description ?? '')]);
  return [...nameStems].some((stem) => labelStems.has(stem));
}
