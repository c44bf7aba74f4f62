import type { EmbeddingModelV4, SharedV4Warning } from '@ai-sdk/provider';
import { contentTokens, words } from '../../text/content-tokens.ts';
import { TenetsInvalidInputError } from '../../errors/tenets-invalid-input-error.ts';
import { extractFeatures, type TextFeatures } from './extract-features.ts';
import { contextStems, topicStems } from './topic-stems.ts';
import { runFitSteps, yieldToEventLoop, type FitSteps } from '../../util/fit-steps.ts';
import { randomizedSvdPasses, randomizedSvdSteps } from './randomized-svd.ts';
import { normaliseSparse, type SparseVector } from './sparse-vector.ts';
import { fitTfidfVectorizerSteps, type TfidfVectorizer } from './tfidf-vectorizer.ts';

export interface LexicalEmbeddingModelOptions {
  /** The texts the vocabulary, IDF weights and LSA components are fitted on (e.g. every aspect's behaviour). */
  corpus: readonly string[];
  /**
   * Output dimensions (LSA components); fewer when the corpus has lower rank.
   * @default round(√(corpus size)), clamped to 16..64 (29 for the 869 texts of the support-assistant fixture)
   */
  dimensions?: number;
  /** Seed of the randomized SVD. @default 42 */
  seed?: number;
  /** Weight of the character n-gram block against the word block (each is unit length before weighting). @default 0.8 */
  characterWeight?: number;
  /** Features seen in fewer corpus texts are dropped. @default 2 */
  minDocumentFrequency?: number;
  /** Power iterations of the randomized SVD. @default 8 */
  powerIterations?: number;
  /**
   * Per corpus text (same order), the text it was written about, e.g. the prompt, response and trajectory of
   * its feedback. Words a corpus text shares with its context are mostly the topic of the question, not what
   * the assistant did: their features (words, bigrams, character n-grams) are weighted by `topicWeight` in the
   * fit and in `embedCorpus`. Texts embedded through `doEmbed` have no context and are not weighted.
   */
  contexts?: ReadonlyArray<string | undefined>;
  /** Weight in [0, 1] of the features of topic words (see `contexts`). @default defaultTopicWeight */
  topicWeight?: number;
  /** Words a corpus text quotes ("it replied 'I didn't understand'") are evidence, never topic. @default true */
  keepQuotedWords?: boolean;
  /**
   * Scale each topic word's down-weighting by how often the word, across the corpus, occurs in a text whose own
   * context has it: a word that only ever comes from the question ("tiger") gets `topicWeight`, one that critics
   * also use about other questions ("refund", "account", "order") stays near 1. @default defaultTopicByShare
   */
  topicByShare?: boolean;
}

/** An AI SDK embedding model (spec v4) that computes lexical TF-IDF + LSA embeddings locally. */
export interface LexicalEmbeddingModel extends EmbeddingModelV4 {
  /** Length of every embedding this model returns. */
  readonly dimensions: number;
  readonly vocabularySize: number;
  /**
   * The embeddings of the corpus texts, in corpus order, each with its own context weighting (see
   * `LexicalEmbeddingModelOptions.contexts`); without contexts, exactly what `doEmbed` returns for them.
   */
  embedCorpus(options?: { abortSignal?: AbortSignal }): Promise<number[][]>;
}

/**
 * The weight of topic words when contexts are given: 0.1, chosen on the DEV fixtures (support-assistant,
 * agent-trajectories, reasoning-critiques) with `apps/devtools/eval/topic-and-reassignment.ts`. Lower cut the
 * clusters' agreement with the question topic further but left more critiques as noise (at 0 a behaviour made only
 * of topic words has nothing left; above 0, as far as its words share one weight, the L2 normalisation of each block
 * restores them, so such a behaviour keeps its unweighted direction); see docs/offline-engine.md.
 */
export const defaultTopicWeight = 0.1;
const lexicalProvider = 'tenets';
const lexicalModelId = 'lexical-tfidf-lsa';
/** How manifests and embedding indexes name the lexical model (`provider:modelId`). */
export const lexicalEmbeddingModelName = `${lexicalProvider}:${lexicalModelId}`;

/** See `LexicalEmbeddingModelOptions.topicByShare`. */
export const defaultTopicByShare = true;

/**
 * Fits the offline engine's embedding model on a corpus: TF-IDF over word stems and stem bigrams plus character
 * 3–5-grams (sublinear tf, smoothed idf, each block L2-normalised), reduced by a seeded randomized truncated SVD
 * (LSA), output L2-normalised. Texts outside the corpus are projected with the fitted vocabulary. It implements
 * `EmbeddingModelV4`, so `embed`/`embedMany` from `ai` and every stage use it like a remote model. Given the
 * `contexts` of the corpus texts, it weighs down their topic words; `embedCorpus` returns those weighted vectors.
 */
export function createLexicalEmbeddingModel(options: LexicalEmbeddingModelOptions): LexicalEmbeddingModel {
  return runFitSteps(lexicalEmbeddingModelSteps(options));
}

/** Progress units of fitting on `corpusSize` texts: one per text in each pass over the corpus. */
export function lexicalFitTotal(corpusSize: number, options: Pick<LexicalEmbeddingModelOptions, 'powerIterations'> = {}): number {
  // Feature extraction, two document-frequency counts, vectorising, then the SVD's passes over the rows.
  return corpusSize * (4 + randomizedSvdPasses({ powerIterations: options.powerIterations ?? defaultPowerIterations }));
}

const defaultPowerIterations = 8;
/** Work between two pauses of feature extraction and vectorising: characters read, or terms weighted (counted twice). */
const sliceCharacters = 20_000;

/** The fit as pausable steps (see `FitSteps`): `createLexicalEmbeddingModel` and `fitLexicalEmbeddingModel` both run it. */
export function* lexicalEmbeddingModelSteps(options: LexicalEmbeddingModelOptions): FitSteps<LexicalEmbeddingModel> {
  const { corpus, seed = 42, characterWeight = 0.8, minDocumentFrequency = 2, powerIterations = defaultPowerIterations, contexts, topicWeight = defaultTopicWeight, keepQuotedWords = true, topicByShare = defaultTopicByShare } = options;
  if (contexts !== undefined && contexts.length !== corpus.length) {
    throw new TenetsInvalidInputError({ message: `createLexicalEmbeddingModel: ${corpus.length} corpus texts but ${contexts.length} contexts.` });
  }
  if (!(topicWeight >= 0 && topicWeight <= 1)) {
    throw new TenetsInvalidInputError({ message: `createLexicalEmbeddingModel: topicWeight must be within 0..1, got ${topicWeight}.` });
  }
  const dimensions = options.dimensions ?? defaultLexicalDimensions(corpus.length);
  const weighing = contexts !== undefined && topicWeight !== 1;
  // Feedback with several aspects shares one context: its stems are computed once.
  const stemsByContext = new Map<string, Set<string>>();
  const topicAt = (text: string, index: number): TopicWords => {
    const all = topicByShare ? new Set(contentTokens(text).map((token) => token.stem)) : undefined;
    const context = contexts?.[index];
    if (context === undefined || context.length === 0) return { topic: new Set(), all };
    let stems = stemsByContext.get(context);
    if (stems === undefined) {
      stems = contextStems(context);
      stemsByContext.set(context, stems);
    }
    return { topic: topicStems({ text, contextStems: stems, keepQuotedWords }), all };
  };
  // With contexts, finding the topic words is the reported pass over the corpus and extracting features pauses
  // silently, so the progress total stays the same.
  const topics = weighing ? yield* eachText(corpus, (text, index) => text.length + (contexts[index]?.length ?? 0), topicAt) : undefined;
  const stemWeights = topics ? topicStemWeights(topics, topicWeight, topicByShare) : undefined;
  const features = yield* eachText(corpus, (text) => text.length, (text, index) => extractFeatures(text, { stemWeights: stemWeights?.[index] }), { report: !weighing });
  const wordVectorizer = yield* fitTfidfVectorizerSteps(features.map((feature) => feature.words), { minDocumentFrequency });
  const characterVectorizer = yield* fitTfidfVectorizerSteps(features.map((feature) => feature.characters), { minDocumentFrequency });
  const columns = wordVectorizer.vocabulary.size + characterVectorizer.vocabulary.size;
  const vectorise = (textFeatures: TextFeatures) => combine(textFeatures, wordVectorizer, characterVectorizer, characterWeight);
  // extractFeatures is pure, so the corpus rows reuse the features extracted above.
  const rows = yield* eachText(features, (textFeatures) => (textFeatures.words.length + textFeatures.characters.length) * 2, vectorise);
  // Corpus texts are usually embedded right after fitting: keep their rows instead of extracting features twice
  // (only unweighted ones: doEmbed has no context to weigh by).
  const fittedRows = new Map<string, SparseVector>();
  corpus.forEach((text, index) => {
    if (features[index]!.wordWeights === undefined && !fittedRows.has(text)) fittedRows.set(text, rows[index]!);
  });
  const svd = yield* randomizedSvdSteps({ rows, columns, rank: dimensions, powerIterations, seed });
  const outputDimensions = Math.max(1, svd.rank);

  const project = (row: SparseVector): number[] => {
    const embedding = new Array<number>(outputDimensions).fill(0);
    for (let entry = 0; entry < row.indices.length; entry++) {
      const offset = row.indices[entry]! * svd.rank;
      const value = row.values[entry]!;
      for (let component = 0; component < svd.rank; component++) embedding[component]! += value * svd.components[offset + component]!;
    }
    return unit(embedding);
  };
  const embedText = (text: string): number[] => project(fittedRows.get(text) ?? vectorise(extractFeatures(text)));

  return {
    specificationVersion: 'v4',
    provider: lexicalProvider,
    modelId: lexicalModelId,
    maxEmbeddingsPerCall: Number.POSITIVE_INFINITY,
    supportsParallelCalls: true,
    dimensions: outputDimensions,
    vocabularySize: columns,
    async doEmbed({ values, dimensions: requested, abortSignal }) {
      abortSignal?.throwIfAborted();
      const warnings: SharedV4Warning[] = [];
      // Large batches give the event loop a turn now and then, so a progress view and Ctrl-C stay live.
      let embeddings: number[][] = [];
      for (let index = 0; index < values.length; index++) {
        embeddings.push(embedText(values[index]!));
        if ((index + 1) % embedSlice === 0) {
          await yieldToEventLoop();
          abortSignal?.throwIfAborted();
        }
      }
      if (requested !== undefined && requested < outputDimensions) {
        // LSA components are ordered by variance, so keeping the first ones is a meaningful reduction.
        embeddings = embeddings.map((embedding) => unit(embedding.slice(0, requested)));
      } else if (requested !== undefined && requested !== outputDimensions) {
        warnings.push({ type: 'unsupported', feature: 'dimensions', details: `The lexical model has ${outputDimensions} dimensions; ${requested} were requested.` });
      }
      const tokens = values.reduce((sum, value) => sum + words(value).length, 0);
      return { embeddings, usage: { tokens }, warnings };
    },
    async embedCorpus({ abortSignal } = {}) {
      abortSignal?.throwIfAborted();
      const embeddings: number[][] = [];
      for (let index = 0; index < rows.length; index++) {
        embeddings.push(project(rows[index]!));
        if ((index + 1) % embedSlice === 0) {
          await yieldToEventLoop();
          abortSignal?.throwIfAborted();
        }
      }
      return embeddings;
    },
  };
}

/** Texts embedded between two turns of the event loop. */
const embedSlice = 500;

/**
 * Maps each item in order, pausing after every `sliceCharacters` of work (as `cost` counts it); reports items
 * done (or, with `report: false`, pauses without reporting).
 */
function* eachText<ITEM, RESULT>(items: readonly ITEM[], cost: (item: ITEM, index: number) => number, map: (item: ITEM, index: number) => RESULT, { report = true } = {}): FitSteps<RESULT[]> {
  const results: RESULT[] = [];
  let work = 0;
  let finished = 0;
  for (let index = 0; index < items.length; index++) {
    results.push(map(items[index]!, index));
    work += cost(items[index]!, index) + 1;
    if (work >= sliceCharacters) {
      yield report ? index + 1 - finished : 0;
      finished = index + 1;
      work = 0;
    }
  }
  if (report && finished < items.length) yield items.length - finished;
  return results;
}

/** The words of one corpus text it shares with its context (`topic`) and, for the share, all its words. */
interface TopicWords {
  topic: ReadonlySet<string>;
  all?: ReadonlySet<string>;
}

/**
 * The power the share is raised to: only words nearly all of whose uses come with them in their own context count
 * as topic (share 0.95 → 0.44, 0.86 ("order" on the support fixture) → 0.09). Measured on the DEV fixtures against
 * powers 1 and 4, which weighed down behaviour words the support critiques use about many questions.
 */
const shareSharpness = 16;

/**
 * Per corpus text, the weight of each of its topic words: `topicWeight`, or with `byShare`
 * 1 − (1 − topicWeight) × share¹⁶, the share being that of the texts using the word whose own context has it.
 */
function topicStemWeights(topics: readonly TopicWords[], topicWeight: number, byShare: boolean): Array<Map<string, number> | undefined> {
  const shared = new Map<string, number>();
  const used = new Map<string, number>();
  if (byShare) {
    for (const words of topics) {
      for (const stem of words.topic) shared.set(stem, (shared.get(stem) ?? 0) + 1);
      for (const stem of words.all ?? []) used.set(stem, (used.get(stem) ?? 0) + 1);
    }
  }
  return topics.map((words) => {
    if (words.topic.size === 0) return undefined;
    const weights = new Map<string, number>();
    for (const stem of words.topic) {
      const share = byShare ? shared.get(stem)! / Math.max(used.get(stem) ?? 0, shared.get(stem)!) : 1;
      weights.set(stem, 1 - (1 - topicWeight) * share ** shareSharpness);
    }
    return weights;
  });
}

/** The default LSA size: grows with the square root of the corpus, within 16..64. */
export function defaultLexicalDimensions(corpusSize: number): number {
  return Math.max(16, Math.min(64, Math.round(Math.sqrt(corpusSize))));
}

function combine(features: TextFeatures, wordVectorizer: TfidfVectorizer, characterVectorizer: TfidfVectorizer, characterWeight: number): SparseVector {
  const wordPart = wordVectorizer.transform(features.words, features.wordWeights);
  const characterPart = normaliseSparse(characterVectorizer.transform(features.characters, features.characterWeights), characterWeight);
  const offset = wordVectorizer.vocabulary.size;
  const indices = new Int32Array(wordPart.indices.length + characterPart.indices.length);
  indices.set(wordPart.indices);
  indices.set(characterPart.indices.map((index) => index + offset), wordPart.indices.length);
  const values = new Float64Array(indices.length);
  values.set(wordPart.values);
  values.set(characterPart.values, wordPart.values.length);
  return normaliseSparse({ indices, values });
}

function unit(vector: number[]): number[] {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  return norm > 0 ? vector.map((value) => value / norm) : vector;
}
