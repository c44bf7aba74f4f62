import { runFitSteps, type FitSteps } from '../../util/fit-steps.ts';
import { normaliseSparse, sparseFromMap, type SparseVector } from './sparse-vector.ts';

export interface TfidfVectorizerOptions {
  /** Terms in fewer documents than this are dropped. @default 2 */
  minDocumentFrequency?: number;
  /** Keep at most this many terms, the most frequent (ties by term). @default 50_000 */
  maxTerms?: number;
}

/** A fitted TF-IDF vocabulary: sublinear term frequency (1 + ln tf), smoothed idf, L2-normalised rows. */
export interface TfidfVectorizer {
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly inverseDocumentFrequency: Float64Array;
  /**
   * One document's terms → its weighted, unit-length sparse row (unknown terms are ignored). `weights` (one per
   * term, in [0, 1]) scale each term's tf-idf value; a term that occurs with several weights keeps the largest.
   */
  transform(terms: readonly string[], weights?: readonly number[]): SparseVector;
}

/** Fits TF-IDF on documents given as term lists. Deterministic: the vocabulary is ordered by term. */
export function fitTfidfVectorizer(documents: ReadonlyArray<readonly string[]>, options: TfidfVectorizerOptions = {}): TfidfVectorizer {
  return runFitSteps(fitTfidfVectorizerSteps(documents, options));
}

/** Terms counted between two pauses of the stepwise fit. */
const sliceTerms = 100_000;

/** `fitTfidfVectorizer` as pausable steps (see `FitSteps`), reporting documents counted: one pass over them. */
export function* fitTfidfVectorizerSteps(documents: ReadonlyArray<readonly string[]>, options: TfidfVectorizerOptions = {}): FitSteps<TfidfVectorizer> {
  const { minDocumentFrequency = 2, maxTerms = 50_000 } = options;
  const documentFrequency = new Map<string, number>();
  let work = 0;
  let finished = 0;
  for (let index = 0; index < documents.length; index++) {
    const terms = documents[index]!;
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    work += terms.length + 1;
    if (work >= sliceTerms) {
      yield index + 1 - finished;
      finished = index + 1;
      work = 0;
    }
  }
  if (finished < documents.length) yield documents.length - finished;
  const threshold = Math.min(minDocumentFrequency, Math.max(1, documents.length));
  let kept = [...documentFrequency].filter(([, frequency]) => frequency >= threshold);
  if (kept.length > maxTerms) kept = kept.sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1)).slice(0, maxTerms);
  kept.sort((left, right) => (left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : 0));
  const vocabulary = new Map(kept.map(([term], index) => [term, index]));
  const inverseDocumentFrequency = Float64Array.from(kept, ([, frequency]) => Math.log((1 + documents.length) / (1 + frequency)) + 1);
  return {
    vocabulary,
    inverseDocumentFrequency,
    transform(terms, weights) {
      const counts = new Map<number, number>();
      const largestWeight = weights ? new Map<number, number>() : undefined;
      terms.forEach((term, position) => {
        const index = vocabulary.get(term);
        if (index === undefined) return;
        counts.set(index, (counts.get(index) ?? 0) + 1);
        if (largestWeight) largestWeight.set(index, Math.max(largestWeight.get(index) ?? 0, weights![position] ?? 1));
      });
      for (const [index, count] of counts) counts.set(index, (1 + Math.log(count)) * inverseDocumentFrequency[index]! * (largestWeight?.get(index) ?? 1));
      return normaliseSparse(sparseFromMap(counts));
    },
  };
}
