import { cosineSimilarity, embedMany, type EmbeddingModel } from 'ai';
import { type TokenUsage, emptyUsage } from '../../schemas/usage.ts';
import type { DroppedItem } from '../schemas/synthesis-record.ts';
import type { SynthesisPrompt } from '../schemas/synthesis-prompt.ts';

export interface RemoveNearDuplicatesOptions {
  /** In a deterministic order; of two near-duplicates the earlier is kept. */
  prompts: readonly SynthesisPrompt[];
  /** `null` → exact duplicates only (after case and whitespace folding). */
  embeddingModel: EmbeddingModel | null;
  /** @default 0.92 */
  threshold?: number;
  abortSignal?: AbortSignal;
}

export interface RemoveNearDuplicatesResult {
  kept: SynthesisPrompt[];
  dropped: DroppedItem[];
  usage: TokenUsage;
}

/**
 * Drops prompts that repeat an earlier one: exact repeats always, near-duplicates when an embedding model is
 * given (cosine similarity ≥ threshold to any kept prompt). Across scopes too: a near-scope prompt that
 * duplicates an in-scope one would teach both behaviours at once.
 */
export async function removeNearDuplicates(options: RemoveNearDuplicatesOptions): Promise<RemoveNearDuplicatesResult> {
  const { prompts, embeddingModel, threshold = 0.92 } = options;
  const fold = (text: string) => text.toLowerCase().replaceAll(/\s+/g, ' ').trim();
  let usage = emptyUsage();
  let embeddings: number[][] | undefined;
  if (embeddingModel && prompts.length > 1) {
    const result = await embedMany({ model: embeddingModel, values: prompts.map((prompt) => prompt.prompt), maxRetries: 0, abortSignal: options.abortSignal });
    embeddings = result.embeddings;
    usage = { ...usage, calls: 1, inputTokens: result.usage.tokens, totalTokens: result.usage.tokens };
  }
  const kept: SynthesisPrompt[] = [];
  const keptIndexes: number[] = [];
  const seen = new Map<string, SynthesisPrompt>();
  const dropped: DroppedItem[] = [];
  prompts.forEach((prompt, index) => {
    const drop = (detail: string) => dropped.push({ principleId: prompt.principleId, scope: prompt.scope, category: prompt.category, prompt: prompt.prompt, reason: 'duplicate-prompt', detail });
    const exact = seen.get(fold(prompt.prompt));
    if (exact) return drop(`repeats ${exact.id}`);
    if (embeddings) {
      for (const keptIndex of keptIndexes) {
        const similarity = cosineSimilarity(embeddings[index]!, embeddings[keptIndex]!);
        if (similarity >= threshold) return drop(`similarity ${similarity.toFixed(3)} to ${prompts[keptIndex]!.id}`);
      }
    }
    seen.set(fold(prompt.prompt), prompt);
    kept.push(prompt);
    keptIndexes.push(index);
  });
  return { kept, dropped, usage };
}
