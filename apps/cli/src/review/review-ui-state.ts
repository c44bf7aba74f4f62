import { z } from 'zod';

export const screenNames = ['overview', 'clusters', 'metrics', 'principles', 'preferences'] as const;
export type ScreenName = (typeof screenNames)[number];

export type PromptPurpose = 'rename-cluster' | 'edit-metric-name' | 'edit-metric-definition' | 'edit-metric-applicability' | 'edit-principle' | 'edit-scope';

export type ReviewMode =
  | { kind: 'browse' }
  | { kind: 'help' }
  | { kind: 'search'; value: string }
  | { kind: 'prompt'; purpose: PromptPurpose; targetId: string; label: string; value: string }
  /** A model redraft planned and shown (calls, estimated cost); `y` makes the calls, anything else cancels. */
  | { kind: 'confirm-model-redraft'; clusterId: string; plan: string };

export interface ReviewUiState {
  screen: ScreenName;
  cursors: Record<ScreenName, number>;
  /** The cluster whose members are shown, if one is open. */
  openClusterId?: string;
  memberCursor: number;
  /** Members picked with space, to split off. */
  selectedAspectIds: readonly string[];
  /** The cluster `m` marked; `m` on another merges it there. */
  mergeSourceId?: string;
  /** Committed `/` filters per screen. */
  queries: Partial<Record<ScreenName, string>>;
  mode: ReviewMode;
  message?: string;
}

export const initialReviewUiState: ReviewUiState = {
  screen: 'overview',
  cursors: { overview: 0, clusters: 0, metrics: 0, principles: 0, preferences: 0 },
  memberCursor: 0,
  selectedAspectIds: [],
  queries: {},
  mode: { kind: 'browse' },
};

/** What is saved so the review reopens where the user left: the screen, the cursors and the open cluster. */
export const savedReviewUiStateSchema = z.object({
  screen: z.enum(screenNames).catch('overview'),
  cursors: z.record(z.string(), z.number().int().nonnegative()).catch({}),
  openClusterId: z.string().optional().catch(undefined),
  memberCursor: z.number().int().nonnegative().catch(0),
});
export type SavedReviewUiState = z.infer<typeof savedReviewUiStateSchema>;

export function savedReviewUiState(state: ReviewUiState): SavedReviewUiState {
  return { screen: state.screen, cursors: { ...state.cursors }, ...(state.openClusterId ? { openClusterId: state.openClusterId } : {}), memberCursor: state.memberCursor };
}

export function restoreReviewUiState(saved: SavedReviewUiState | undefined): ReviewUiState {
  if (!saved) return initialReviewUiState;
  const cursors = { ...initialReviewUiState.cursors };
  for (const name of screenNames) if (saved.cursors[name] !== undefined) cursors[name] = saved.cursors[name];
  return { ...initialReviewUiState, screen: saved.screen, cursors, ...(saved.openClusterId ? { openClusterId: saved.openClusterId } : {}), memberCursor: saved.memberCursor };
}
