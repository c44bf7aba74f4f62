import { embedMany, type EmbeddingModel } from 'ai';
import { notify } from '../events/notify.ts';
import type { PipelineEventListener } from '../events/pipeline-event.ts';
import type { Aspect } from '../schemas/aspect.ts';
import { emptyUsage, type TokenUsage } from '../schemas/usage.ts';
import { TenetsModelError } from '../errors/tenets-model-error.ts';

export interface EmbedAspectsOptions {
  aspects: readonly Aspect[];
  embeddingModel: EmbeddingModel;
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

/** Embeds every aspect's behaviour through any AI SDK embedding model (remote or the lexical one). */
export async function embedAspects(options: EmbedAspectsOptions): Promise<EmbedAspectsResult> {
  const { aspects, embeddingModel, maxParallelCalls = 4, abortSignal, onEvent } = options;
  const started = Date.now();
  await notify(onEvent, { type: 'stage-start', stage: 'embed', total: aspects.length });
  const embeddings = new Map<string, Float32Array>();
  if (aspects.length === 0) {
    await notify(onEvent, { type: 'stage-end', stage: 'embed', durationMs: Date.now() - started, counts: { embedded: 0 } });
    return { embeddings, usage: emptyUsage() };
  }
  const result = await embedMany({
    model: embeddingModel,
    values: aspects.map(aspectEmbeddingText),
    maxParallelCalls,
    maxRetries: 0,
    abortSignal,
  });
  aspects.forEach((aspect, index) => {
    embeddings.set(aspect.id, normalise(result.embeddings[index]!, aspect.id));
  });
  const usage: TokenUsage = { ...emptyUsage(), calls: 1, inputTokens: result.usage.tokens ?? 0, totalTokens: result.usage.tokens ?? 0 };
  await notify(onEvent, { type: 'stage-end', stage: 'embed', durationMs: Date.now() - started, counts: { embedded: aspects.length }, usage });
  return { embeddings, usage };
}

function normalise(values: readonly number[], aspectId: string): Float32Array {
  let norm = 0;
  for (const value of values) norm += value * value;
  norm = Math.sqrt(norm);
  if (!Number.isFinite(norm)) {
    throw new TenetsModelError({ message: `The embedding of aspect ${aspectId} contains non-finite values.`, reason: 'parse_error' });
  }
  const vector = new Float32Array(values.length);
  // A zero vector (no known terms) stays zero; the clusterer treats it as its own point, never NaN.
  if (norm === 0) return vector;
  for (let index = 0; index < values.length; index++) vector[index] = values[index]! / norm;
  return vector;
}
