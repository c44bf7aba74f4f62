import type { ReviewDecision } from '@tenets/core';
import type { ReviewAction } from '../review-action.ts';
import type { ReviewArtefacts } from '../review-artefacts.ts';
import { noModelMessage, type ReviewController } from '../review-controller.ts';
import type { SavedReviewUiState } from '../review-ui-state.ts';
import { actionToDecision } from './action-to-decision.ts';
import { buildReviewModel, offlineDraft, type RedraftCache } from './build-review-model.ts';
import { draftClusterWithModel, planModelRedraft, type ModelRedraftPlan, type ModelRedraftResult, type ReviewModelDrafter } from './model-redraft.ts';
import type { ModelDrafts } from './model-drafts-file.ts';
import type { ReviewModel } from './review-model.ts';

/** Where decisions and the UI position live: the run store on disk, or memory in tests. */
export interface ReviewDecisionLog {
  /** Decisions stored so far, oldest first. */
  read(): Promise<ReviewDecision[]>;
  /** Durably adds one decision before resolving. */
  append(decision: ReviewDecision): Promise<void>;
  /** Durably removes the newest decision; resolves false when there is none. */
  removeLast(): Promise<boolean>;
  readUiState(): Promise<SavedReviewUiState | undefined>;
  writeUiState(state: SavedReviewUiState): Promise<void>;
  /** Model redrafts by cluster id (see model-drafts-file.ts). */
  readModelDrafts(): Promise<ModelDrafts>;
  /** Durably replaces all model redrafts. */
  writeModelDrafts(drafts: ModelDrafts): Promise<void>;
}

export interface ReviewSessionController extends ReviewController {
  /** Stores an already anchored decision (e.g. from a decisions file). */
  record(decision: ReviewDecision): Promise<ReviewModel>;
}

export type { ModelRedraftPlan, ModelRedraftResult };

/** A controller over a decision log: every decision is stored first, then the model is rebuilt from all of them. */
export async function createReviewController(artefacts: ReviewArtefacts, log: ReviewDecisionLog, options: { drafter?: ReviewModelDrafter } = {}): Promise<ReviewSessionController> {
  const { drafter } = options;
  let decisions = await log.read();
  const savedUiState = await log.readUiState();
  const aspectById = new Map(artefacts.aspects.map((aspect) => [aspect.id, aspect]));
  let modelDrafts = await log.readModelDrafts();
  // Model drafts go first into the cache the offline redraft reads, so they replace it wherever their cluster still exists.
  const drafts: RedraftCache = new Map(Object.entries(modelDrafts).map(([id, draft]) => [id, { ...draft, byModel: draft.model }]));
  let model = buildReviewModel(artefacts, decisions, drafts);
  // Decisions are stored one at a time, in order, even if keys arrive faster than the disk.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <RESULT,>(work: () => Promise<RESULT>): Promise<RESULT> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  const record = (decision: ReviewDecision) =>
    serial(async () => {
      await log.append(decision);
      decisions = [...decisions, decision];
      return (model = buildReviewModel(artefacts, decisions, drafts));
    });
  return {
    model,
    ...(savedUiState ? { savedUiState } : {}),
    record,
    // The anchor is taken from the model as it stands when the decision's turn comes.
    decide: (action: ReviewAction) => serial(async () => actionToDecision(action, model, aspectById)).then(record),
    undo: () =>
      serial(async () => {
        if (!(await log.removeLast())) return undefined;
        decisions = decisions.slice(0, -1);
        return (model = buildReviewModel(artefacts, decisions, drafts));
      }),
    saveUiState: (state) => log.writeUiState(state),
    planModelRedraft: (clusterId) => {
      if (!drafter) return { unavailable: noModelMessage };
      const cluster = model.clusters.find((candidate) => candidate.id === clusterId);
      if (!cluster || !model.redraftedClusterIds.has(clusterId)) return { unavailable: 'only a cluster changed by a merge, split or noise decision is redrafted (this one keeps the run’s draft)' };
      return planModelRedraft(artefacts, cluster, drafter);
    },
    redraftWithModel: (clusterId) =>
      serial(async () => {
        const cluster = model.clusters.find((candidate) => candidate.id === clusterId);
        const offline = drafts.get(clusterId);
        if (!drafter || !cluster || !offline) throw new Error('nothing to redraft here');
        const base = offline.byModel ? offlineDraft(artefacts, cluster) : offline;
        const result = await draftClusterWithModel({ artefacts, cluster, drafter, offline: base });
        const usedModel = result.failures.length < 2;
        if (usedModel) {
          const next = { ...modelDrafts, [clusterId]: { model: drafter.name, metrics: result.metrics, principles: result.principles } };
          await log.writeModelDrafts(next);
          modelDrafts = next;
          drafts.set(clusterId, { metrics: result.metrics, principles: result.principles, byModel: drafter.name });
          model = buildReviewModel(artefacts, decisions, drafts);
        }
        return { model, result };
      }),
  };
}

/** A decision log in memory, for tests and benchmarks. */
export function memoryDecisionLog(initial: readonly ReviewDecision[] = [], uiState?: SavedReviewUiState): ReviewDecisionLog & { decisions: ReviewDecision[]; uiState?: SavedReviewUiState; modelDrafts: ModelDrafts } {
  const log = {
    decisions: [...initial],
    uiState,
    read: async () => [...log.decisions],
    append: async (decision: ReviewDecision) => void log.decisions.push(decision),
    removeLast: async () => log.decisions.pop() !== undefined,
    readUiState: async () => log.uiState,
    writeUiState: async (state: SavedReviewUiState) => void (log.uiState = state),
    modelDrafts: {} as ModelDrafts,
    readModelDrafts: async () => ({ ...log.modelDrafts }),
    writeModelDrafts: async (drafts: ModelDrafts) => void (log.modelDrafts = { ...drafts }),
  };
  return log;
}
