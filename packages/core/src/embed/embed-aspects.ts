import type { EmbeddingModel } from 'ai';
import { notify } from '../events/notify.ts';
import type { PipelineEventListener } from '../events/pipeline-event.ts';
import type { Aspect } from '../schemas/aspect.ts';
import type { FeedbackContext } from '../schemas/feedback.ts';
import { words } from '../text/content-tokens.ts';
import { emptyUsage, type TokenUsage } from '../schemas/usage.ts';
import { embedValues, normaliseChecked } from './embed-values.ts';
import { feedbackTopicText, type TopicSource } from './feedback-topic-text.ts';
import { fitLexicalEmbeddingModel } from './lexical/fit-lexical-embedding-model.ts';

export interface EmbedAspectsOptions {
  aspects: readonly Aspect[];
  /** Absent → the lexical (TF-IDF + LSA) model, fitted on the aspects' behaviours within this stage. */
  embeddingModel?: EmbeddingModel;
  /**
   * The context (prompt, response, messages, trajectory) of each aspect's feedback, by feedback id. The lexical
   * model weighs down the words a behaviour shares with its own context (mostly the question's topic) so that
   * clusters follow what the assistant did. A configured `embeddingModel` always gets the unchanged behaviour.
   */
  contexts?: ReadonlyMap<string, FeedbackContext | undefined>;
  /** Fitting the lexical model (only without `embeddingModel`). */
  lexical?: {
    /** @default see `LexicalEmbeddingModelOptions.dimensions` */
    dimensions?: number;
    /** @default 42 */
    seed?: number;
    /** Weight in [0, 1] of the features of words shared with the feedback's context. @default defaultTopicWeight */
    topicWeight?: number;
    /** Quoted words ("it replied 'I didn't understand'") keep their full weight. @default true */
    keepQuotedWords?: boolean;
    /** Which part of the context names the topic. @default defaultTopicSource */
    topicSource?: TopicSource;
    /** See `LexicalEmbeddingModelOptions.topicByShare`. */
    topicByShare?: boolean;
  };
  /** @default 4 */
  maxParallelCalls?: number;
  abortSignal?: AbortSignal;
  onEvent?: PipelineEventListener;
}

export interface EmbedAspectsResult {
  /** L2-normalised embedding per aspect id. */
  embeddings: Map<string, Float32Array>;
  usage: TokenUsage;
}

/** Where topic words come from by default (measured on the DEV fixtures, docs/offline-engine.md). */
export const defaultTopicSource: TopicSource = 'input';

/** The text an aspect is embedded by: its behaviour, which carries what the assistant did. */
export function aspectEmbeddingText(aspect: Aspect): string {
  return aspect.behaviour;
}

/**
 * Embeds every aspect's behaviour through any AI SDK embedding model (remote or the lexical one). Fitting the
 * lexical model is part of the stage: it comes after `stage-start`, reports `stage-progress` and honours the signal.
 */
export async function embedAspects(options: EmbedAspectsOptions): Promise<EmbedAspectsResult> {
  const { aspects, maxParallelCalls = 4, abortSignal, onEvent } = options;
  const started = Date.now();
  await notify(onEvent, { type: 'stage-start', stage: 'embed', total: aspects.length });
  const embeddings = new Map<string, Float32Array>();
  if (aspects.length === 0) {
    await notify(onEvent, { type: 'stage-end', stage: 'embed', durationMs: Date.now() - started, counts: { embedded: 0 } });
    return { embeddings, usage: emptyUsage() };
  }
  const texts = aspects.map(aspectEmbeddingText);
  let vectors: Float32Array[];
  let tokens: number;
  if (options.embeddingModel) {
    ({ vectors, tokens } = await embedValues({ values: texts, embeddingModel: options.embeddingModel, maxParallelCalls, abortSignal, describe: (index) => `aspect ${aspects[index]!.id}` }));
  } else {
    const contexts = options.contexts;
    const model = await fitLexicalEmbeddingModel({
      corpus: texts,
      contexts: contexts ? aspects.map((aspect) => feedbackTopicText(contexts.get(aspect.feedbackId), options.lexical?.topicSource ?? defaultTopicSource)) : undefined,
      dimensions: options.lexical?.dimensions,
      seed: options.lexical?.seed,
      topicWeight: options.lexical?.topicWeight,
      keepQuotedWords: options.lexical?.keepQuotedWords,
      topicByShare: options.lexical?.topicByShare,
      abortSignal,
      onProgress: ({ completed, total }) => notify(onEvent, { type: 'stage-progress', stage: 'embed', completed, total }),
    });
    // Each aspect is embedded with its own context, so the corpus rows are used (not doEmbed, which has none).
    const embedded = await model.embedCorpus({ abortSignal });
    vectors = embedded.map((embedding, index) => normaliseChecked(embedding, `aspect ${aspects[index]!.id}`));
    tokens = texts.reduce((sum, text) => sum + words(text).length, 0);
  }
  aspects.forEach((aspect, index) => embeddings.set(aspect.id, vectors[index]!));
  const usage: TokenUsage = { ...emptyUsage(), calls: 1, inputTokens: tokens, totalTokens: tokens };
  await notify(onEvent, { type: 'stage-end', stage: 'embed', durationMs: Date.now() - started, counts: { embedded: aspects.length }, usage });
  return { embeddings, usage };
}
