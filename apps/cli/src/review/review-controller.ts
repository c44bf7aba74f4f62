import type { ReviewAction } from './review-action.ts';
import type { SavedReviewUiState } from './review-ui-state.ts';
import type { ReviewModel } from './session/review-model.ts';

/** What the review app needs from a run: the reviewed model, and somewhere to store decisions and where the user is. */
export interface ReviewController {
  model: ReviewModel;
  savedUiState?: SavedReviewUiState;
  /** Stores the decision (durably, before resolving) and returns the model with it applied. */
  decide(action: ReviewAction): Promise<ReviewModel>;
  /** Withdraws the last decision; resolves undefined when there is none. */
  undo(): Promise<ReviewModel | undefined>;
  saveUiState(state: SavedReviewUiState): Promise<void>;
}
