import type { PipelineEvent } from '@tenets/core';
import { createProgressReducer, initialProgressState, withEngine, type Clock, type ProgressState } from '../reporters/progress-state.ts';
import type { Reporter } from '../reporters/reporter.ts';
import type { ReviewController } from './review-controller.ts';

export type LiveRunPhase = { kind: 'running' } | { kind: 'review'; controller: ReviewController };

export interface LiveRunSnapshot {
  progress: ProgressState;
  phase: LiveRunPhase;
}

/**
 * What `tenets run --tui` shows while the run is going: the progress state folded from the pipeline's
 * events (the same reducer as the progress view), then the review once the run's artefacts are written.
 * It is the run's reporter; the TUI reads it through `subscribe`/`snapshot` (useSyncExternalStore).
 */
export interface LiveRunStore extends Reporter {
  /** The run is written: the review's screens open over it. */
  openReview(controller: ReviewController): void;
  subscribe(listener: () => void): () => void;
  snapshot(): LiveRunSnapshot;
}

export function createLiveRunStore(options: { now?: Clock } = {}): LiveRunStore {
  const reduceProgress = createProgressReducer(options);
  let current: LiveRunSnapshot = { progress: initialProgressState, phase: { kind: 'running' } };
  const listeners = new Set<() => void>();
  const update = (next: LiveRunSnapshot) => {
    current = next;
    for (const listener of listeners) listener();
  };
  return {
    onEvent(event: PipelineEvent) {
      update({ ...current, progress: reduceProgress(current.progress, event) });
    },
    onRunStart(run) {
      update({ ...current, progress: withEngine(current.progress, run.engine) });
    },
    finish() {
      update({ ...current, progress: { ...current.progress, active: undefined } });
    },
    openReview(controller) {
      update({ ...current, phase: { kind: 'review', controller } });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => current,
  };
}
