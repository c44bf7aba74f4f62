import { z } from 'zod';

/**
 * `embeddings.json`: what `embeddings.bin` holds. Row `i` of the binary file (little-endian, `dimensions`
 * values of `dtype` each, no header) is the L2-normalised embedding of `ids[i]`.
 */
export const embeddingIndexSchema = z.object({
  dtype: z.enum(['float32', 'float16']),
  dimensions: z.number().int().nonnegative(),
  /** The embedding model as the manifest names it, e.g. `tenets:lexical-tfidf-lsa`. */
  model: z.string(),
  /** What was embedded, e.g. `aspect.behaviour`. */
  text: z.string(),
  /** Aspect ids in row order (the order of aspects.jsonl). */
  ids: z.array(z.string()),
});
export type EmbeddingIndex = z.infer<typeof embeddingIndexSchema>;
