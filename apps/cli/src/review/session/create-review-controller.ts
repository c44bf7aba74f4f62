import type { ReviewAction } from '../review-action.ts';
import type { ReviewArtefacts } from '../review-artefacts.ts';
import type { ReviewController } from '../review-controller.ts';
import type { SavedReviewUiState } from '../review-ui-state.ts';
import { applyReviewActions } from './apply-review-actions.ts';

/** Where decisions and the UI position live: the run store on disk, or memory in tests. */
export interface ReviewDecisionLog {
  /** Decisions stored so far, oldest first. */
  read(): Promise<ReviewAction[]>;
  /** Durably adds one decision before resolving. */
  append(action: ReviewAction): Promise<void>;
  /** Durably removes the newest decision; resolves false when there is none. */
  removeLast(): Promise<boolean>;
  readUiState(): Promise<SavedReviewUiState | undefined>;
  writeUiState(state: SavedReviewUiState): Promise<void>;
}

/** A controller over a decision log: every decision is stored first, then the model is rebuilt from all of them. */
export async function createReviewController(artefacts: ReviewArtefacts, log: ReviewDecisionLog): Promise<ReviewController> {
  let actions = await log.read();
  const savedUiState = await log.readUiState();
  // Decisions are stored one at a time, in order, even if keys arrive faster than the disk.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <RESULT,>(work: () => Promise<RESULT>): Promise<RESULT> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    model: applyReviewActions(artefacts, actions),
    ...(savedUiState ? { savedUiState } : {}),
    decide: (action) =>
      serial(async () => {
        await log.append(action);
        actions = [...actions, action];
        return applyReviewActions(artefacts, actions);
      }),
    undo: () =>
      serial(async () => {
        if (!(await log.removeLast())) return undefined;
        actions = actions.slice(0, -1);
        return applyReviewActions(artefacts, actions);
      }),
    saveUiState: (state) => log.writeUiState(state),
  };
}

/** A decision log in memory, for tests and for `--apply` dry runs. */
export function memoryDecisionLog(initial: readonly ReviewAction[] = [], uiState?: SavedReviewUiState): ReviewDecisionLog & { actions: ReviewAction[]; uiState?: SavedReviewUiState } {
  const log = {
    actions: [...initial],
    uiState,
    read: async () => [...log.actions],
    append: async (action: ReviewAction) => void log.actions.push(action),
    removeLast: async () => log.actions.pop() !== undefined,
    readUiState: async () => log.uiState,
    writeUiState: async (state: SavedReviewUiState) => void (log.uiState = state),
  };
  return log;
}
