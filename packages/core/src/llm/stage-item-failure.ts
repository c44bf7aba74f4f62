import type { ModelFailureReason } from '../errors/tenets-model-error.ts';

/** An item (a cluster) whose model call gave no usable answer. Counted and reported, never dropped. */
export interface StageItemFailure {
  itemId: string;
  reason: ModelFailureReason;
  message: string;
  rawText?: string;
}
