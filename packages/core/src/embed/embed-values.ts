import { embedMany, type EmbeddingModel } from 'ai';
import { TenetsModelError } from '../errors/tenets-model-error.ts';

export interface EmbedValuesOptions {
  values: readonly string[];
  embeddingModel: EmbeddingModel;
  /** @default 4 */
  maxParallelCalls?: number;
  abortSignal?: AbortSignal;
  /** Names each value in the error raised for a non-finite embedding (e.g. the aspect id). */
  describe?: (index: number) => string;
}

export interface EmbedValuesResult {
  /** One L2-normalised vector per value, in input order; a zero vector (no known terms) stays zero. */
  vectors: Float32Array[];
  /** Tokens the provider reported (0 for the in-process lexical model). */
  tokens: number;
}

/**
 * The one embedding primitive of Tenets: any AI SDK embedding model (remote or the lexical one), no SDK
 * retries (the model layer retries), every vector normalised and checked. `embedAspects` (the pipeline)
 * and `embedTexts` (AutoLibra's judge, matcher and induction) are both built on it.
 */
export async function embedValues(options: EmbedValuesOptions): Promise<EmbedValuesResult> {
  const { values, embeddingModel, maxParallelCalls = 4, abortSignal, describe = (index) => `value ${index}` } = options;
  if (values.length === 0) return { vectors: [], tokens: 0 };
  const result = await embedMany({ model: embeddingModel, values: [...values], maxParallelCalls, maxRetries: 0, abortSignal });
  const vectors = result.embeddings.map((embedding, index) => normaliseChecked(embedding, describe(index)));
  // A provider that reports no usage gives NaN once embedMany sums it; count that as unknown (0), never NaN.
  return { vectors, tokens: Number.isFinite(result.usage.tokens) ? result.usage.tokens : 0 };
}

/** One embedding as an L2-normalised Float32Array; a non-finite value is a `TenetsModelError` naming `label`. */
export function normaliseChecked(values: readonly number[], label: string): Float32Array {
  let norm = 0;
  for (const value of values) norm += value * value;
  norm = Math.sqrt(norm);
  if (!Number.isFinite(norm)) {
    throw new TenetsModelError({ message: `The embedding of ${label} contains non-finite values.`, reason: 'parse_error' });
  }
  const vector = new Float32Array(values.length);
  if (norm === 0) return vector;
  for (let index = 0; index < values.length; index++) vector[index] = values[index]! / norm;
  return vector;
}
