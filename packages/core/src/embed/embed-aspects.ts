import type { EmbeddingModel } from 'ai';
import { notify } from '../events/notify.ts';
import type { PipelineEventListener } from '../events/pipeline-event.ts';
import type { Aspect } from '../schemas/aspect.ts';
import { emptyUsage, type TokenUsage } from '../schemas/usage.ts';
import { embedValues } from './embed-values.ts';
import { fitLexicalEmbeddingModel } from './lexical/fit-lexical-embedding-model.ts';

export interface EmbedAspectsOptions {
  aspects: readonly Aspect[];
  /** Absent → the lexical (TF-IDF + LSA) model, fitted on the aspects' behaviours within this stage. */
  embeddingModel?: EmbeddingModel;
  /** Fitting the lexical model (only without `embeddingModel`). */
  lexical?: {
    /** @default see `LexicalEmbeddingModelOptions.dimensions` */
    dimensions?: number;
    /** @default 42 */
    seed?: number;
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
  const embeddingModel =
    options.embeddingModel ??
    (await fitLexicalEmbeddingModel({
      corpus: aspects.map(aspectEmbeddingText),
      dimensions: options.lexical?.dimensions,
      seed: options.lexical?.seed,
      abortSignal,
      onProgress: ({ completed, total }) => notify(onEvent, { type: 'stage-progress', stage: 'embed', completed, total }),
    }));
  const { vectors, tokens } = await embedValues({
    values: aspects.map(aspectEmbeddingText),
    embeddingModel,
    maxParallelCalls,
    abortSignal,
    describe: (index) => `aspect ${aspects[index]!.id}`,
  });
  aspects.forEach((aspect, index) => embeddings.set(aspect.id, vectors[index]!));
  const usage: TokenUsage = { ...emptyUsage(), calls: 1, inputTokens: tokens, totalTokens: tokens };
  await notify(onEvent, { type: 'stage-end', stage: 'embed', durationMs: Date.now() - started, counts: { embedded: aspects.length }, usage });
  return { embeddings, usage };
}
