import { lexicalEmbeddingModelSteps, lexicalFitTotal, type LexicalEmbeddingModel, type LexicalEmbeddingModelOptions } from './create-lexical-embedding-model.ts';
import { runFitStepsAsync, type FitProgress } from '../../util/fit-steps.ts';

export interface FitLexicalEmbeddingModelOptions extends LexicalEmbeddingModelOptions {
  /** Checked between slices of the fit: an aborted signal rejects with its reason. */
  abortSignal?: AbortSignal;
  /**
   * Called as the fit advances: `completed` of `total` units, one per corpus text in each pass over the corpus
   * (feature extraction, two document-frequency counts, vectorising, the SVD's passes). Errors it throws reject the fit.
   */
  onProgress?: (progress: FitProgress) => void | Promise<void>;
}

/**
 * `createLexicalEmbeddingModel` without blocking: the same fit (same seed → the same model, to the bit) in
 * slices of a few milliseconds, giving the event loop a turn between them so timers, signals and a progress
 * view keep running, and stopping at the next slice once `abortSignal` is aborted.
 */
export async function fitLexicalEmbeddingModel(options: FitLexicalEmbeddingModelOptions): Promise<LexicalEmbeddingModel> {
  const { abortSignal, onProgress, ...fit } = options;
  return runFitStepsAsync(lexicalEmbeddingModelSteps(fit), { total: lexicalFitTotal(fit.corpus.length, fit), abortSignal, onProgress });
}
