import type { EmbeddingModel } from 'ai';
import { embedValues } from './embed-values.ts';
import { fitLexicalEmbeddingModel } from './lexical/fit-lexical-embedding-model.ts';
import { emptyUsage, type TokenUsage } from '../schemas/usage.ts';

export interface EmbedTextsResult {
  /** L2-normalised vector per distinct text. */
  vectors: Map<string, Float32Array>;
  usage: TokenUsage;
  /** The model used: the given one, or the lexical model fitted on the texts. */
  label: string;
}

/**
 * Embeds distinct texts once. Without a model, fits the offline lexical (TF-IDF + LSA) model on the texts
 * themselves, so similarity stays meaningful for whatever vocabulary the run has.
 */
export async function embedTexts(options: { texts: readonly string[]; embeddingModel?: EmbeddingModel; seed: number; abortSignal?: AbortSignal }): Promise<EmbedTextsResult> {
  const distinct = [...new Set(options.texts)].sort();
  const vectors = new Map<string, Float32Array>();
  if (distinct.length === 0) return { vectors, usage: emptyUsage(), label: 'none' };
  const model = options.embeddingModel ?? (await fitLexicalEmbeddingModel({ corpus: distinct, seed: options.seed, abortSignal: options.abortSignal }));
  const result = await embedValues({ values: distinct, embeddingModel: model, abortSignal: options.abortSignal, describe: (index) => `text ${JSON.stringify(distinct[index]!.slice(0, 40))}` });
  distinct.forEach((text, index) => vectors.set(text, result.vectors[index]!));
  const label = typeof model === 'string' ? model : `${model.provider}/${model.modelId}`;
  // The lexical model runs locally: no call, no tokens to pay for.
  const usage: TokenUsage = isLocalModel(model) ? emptyUsage() : { ...emptyUsage(), calls: 1, inputTokens: result.tokens, totalTokens: result.tokens };
  return { vectors, usage, label };
}

/** Splits free text into sentence-like segments for lexical comparison. */
export function segmentText(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length >= 3);
}

/** True for the offline engine's lexical model, which computes embeddings in-process. */
export function isLocalModel(model: EmbeddingModel): boolean {
  return typeof model !== 'string' && model.provider === 'tenets';
}
