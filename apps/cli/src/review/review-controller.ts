import type { ReviewAction } from './review-action.ts';
import type { SavedReviewUiState } from './review-ui-state.ts';
import type { ModelRedraftPlan, ModelRedraftResult } from './session/model-redraft.ts';
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
  /** The calls and estimated cost of redrafting a cluster with the model, or why it cannot be done (no model, not redrafted). No call is made. */
  planModelRedraft?(clusterId: string): ModelRedraftPlan | { unavailable: string };
  /** Drafts the cluster's metric and principle with the model, stores them, and returns the model with them in place (unchanged when every call failed). */
  redraftWithModel?(clusterId: string): Promise<{ model: ReviewModel; result: ModelRedraftResult }>;
}

/** What the review says when a model redraft is asked for without a model. */
export const noModelMessage = 'no model: start the review with --model <spec> (e.g. -m openai:gpt-4o-mini)';
