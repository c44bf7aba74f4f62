import nlp from 'compromise';
import { contentTokens, type Aspect, type Cluster, type Metric } from '@tenets/core';

/**
 * Measures of the offline drafting (issue #13: principles that read as rules, names and definitions that fit their
 * members). Pure functions, defined here and not in the engine, with a part-of-speech tagger the engine does not use,
 * so that the engine's own phrasing rules are not scored against themselves.
 */

const quoteMarks = /["\u201C\u201D\u201E\u00AB\u00BB]/u;
const firstPerson = /\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|we're|our|ours|us)\b/iu;
/** Dataset placeholder tokens (`__company__`, `<cust__`, `__user__`, `{name}`, `{{name}}`, `<PERSON>`, `[NAME]`). Independent of the engine's detector. */
const placeholder = /__\w+|\w+__|<[\p{L}_]+>?|\{\{?\s*[\p{L}_][\w.]*\s*\}?\}|\[[A-Z_]{3,}\]/u;

interface TaggedTerm {
  text: string;
  tags?: string[];
}

function tagged(text: string): TaggedTerm[] {
  return (nlp(text).json() as Array<{ terms?: TaggedTerm[] }>).flatMap((sentence) => sentence.terms ?? []);
}

const isVerb = (term: TaggedTerm | undefined) => term?.tags?.includes('Verb') === true;

/**
 * A principle reads as a rule: no quotation marks (no quoted critique), no first person, and it starts with an
 * imperative verb ("Keep answers short.", "Do not …", "Never …") or with "The assistant should/must" and a verb.
 */
export function isRule(text: string): boolean {
  const sentence = text.trim();
  if (sentence.length === 0 || quoteMarks.test(sentence) || firstPerson.test(sentence)) return false;
  const modal = /^the assistant (?:should|must)\s+(?:(?:not|never|always|also)\s+)?/iu.exec(sentence);
  if (modal) return isVerb(tagged(`They should ${sentence.slice(modal[0].length)}`)[2]);
  const rest = sentence.replace(/^(?:do not|don't|never|always|please)\s+/iu, '');
  if (rest !== sentence && /^(?:do not|don't)\s/iu.test(sentence)) return isVerb(tagged(`You should ${rest}`)[2]);
  // An imperative: tagged as it stands (lower case), the first word is a verb. Read after "You should", a noun that can
  // be a verb would pass ("Refund policy accuracy").
  return isVerb(tagged(`${rest.charAt(0).toLowerCase()}${rest.slice(1)}`)[0]);
}

/**
 * A metric name is a behaviour phrase: read after "The assistant", the tagger finds a verb or gerund in it; a bare
 * "X and Y" of nouns is not one, nor is any name with a placeholder token.
 */
export function isBehaviourPhrase(name: string): boolean {
  if (placeholder.test(name)) return false;
  const words = name.trim().split(/\s+/u);
  const terms = tagged(`The assistant ${name.charAt(0).toLowerCase()}${name.slice(1)}`).slice(2);
  // "Step and Button", "Checking and Tracking Page": two topics joined, unless a side has a present verb or gerund of its own.
  if (/\s(?:and|&)\s/u.test(name) && !terms.some((term) => term.tags?.includes('Gerund') || (term.tags?.includes('PresentTense') && !term.tags?.includes('Infinitive')))) return false;
  return words.length > 0 && terms.some((term) => isVerb(term) || term.tags?.includes('Gerund') === true);
}

/** The definition without the offline engine's support sentence ("Grounded in 12 user comments … about …"). */
function definitionProper(definition: string): string {
  return definition.replace(/\s*Grounded in \d+ user comments?[^.]*\.?/gu, '').trim();
}

export interface DefinitionFitOptions {
  /**
   * Leave out of the definition's own cluster the members it was copied from (three quarters of their stems are in
   * the definition), so that an extractive definition must stand for the other members, not just for its source.
   * @default false
   */
  leaveSourceOut?: boolean;
}

/**
 * Share of metrics whose definition is lexically closest to its own cluster's member behaviours among all clusters:
 * TF-IDF over content-word stems, one document per cluster (its members' behaviours), cosine similarity. Metrics
 * without a known cluster are left out.
 */
export function definitionFit(metrics: readonly Metric[], clusters: readonly Cluster[], aspects: readonly Aspect[], options: DefinitionFitOptions = {}): number {
  const behaviourOf = new Map(aspects.map((aspect) => [aspect.id, aspect.behaviour]));
  const documentOf = (cluster: Cluster, definition?: string) => {
    const definitionStems = new Set(contentTokens(definition ?? '').map((token) => token.stem));
    const kept = cluster.aspectIds.map((id) => behaviourOf.get(id) ?? '').filter((behaviour) => {
      if (definition === undefined) return true;
      const stems = contentTokens(behaviour).map((token) => token.stem);
      return stems.length === 0 || stems.filter((stem) => definitionStems.has(stem)).length < 0.75 * stems.length;
    });
    return stemCounts(kept.join('\n'));
  };
  const documents = clusters.map((cluster) => documentOf(cluster));
  const frequency = new Map<string, number>();
  for (const document of documents) for (const stem of document.keys()) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const weigh = (counts: ReadonlyMap<string, number>) =>
    new Map([...counts].map(([stem, count]) => [stem, (1 + Math.log(count)) * Math.log((1 + documents.length) / (1 + (frequency.get(stem) ?? 0)) + 1)] as const));
  const vectors = documents.map(weigh);
  const clusterById = new Map(clusters.map((cluster) => [cluster.id, cluster]));
  const indexOf = new Map(clusters.map((cluster, index) => [cluster.id, index]));
  const scored = metrics.filter((metric) => metric.clusterIds.some((id) => indexOf.has(id)));
  if (scored.length === 0) return 0;
  const fitting = scored.filter((metric) => {
    const own = new Set(metric.clusterIds.map((id) => indexOf.get(id)).filter((index) => index !== undefined));
    const proper = definitionProper(metric.definition);
    const definition = weigh(stemCounts(proper));
    const similarities = vectors.map((vector, index) => {
      if (!options.leaveSourceOut || !own.has(index)) return cosine(definition, vector);
      return cosine(definition, weigh(documentOf(clusterById.get(clusters[index]!.id)!, proper)));
    });
    const best = Math.max(...[...own].map((index) => similarities[index]!));
    return best > 0 && similarities.every((similarity, index) => own.has(index) || similarity < best);
  });
  return fitting.length / scored.length;
}

function stemCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of contentTokens(text)) counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
  return counts;
}

function cosine(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [stem, weight] of left) dot += weight * (right.get(stem) ?? 0);
  const norm = (vector: ReadonlyMap<string, number>) => Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));
  const denominator = norm(left) * norm(right);
  return denominator === 0 ? 0 : dot / denominator;
}
