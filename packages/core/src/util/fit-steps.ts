import { yieldToEventLoop } from './yield-to-event-loop.ts';

/**
 * A long, synchronous computation written as a generator so it can run either straight through or in slices:
 * each yield is a point where it may pause, carrying the progress units finished since the previous yield
 * (0 for a pause only). Both drivers run the same code in the same order, so their results are identical.
 */
export type FitSteps<RESULT> = Generator<number, RESULT, void>;

export interface FitProgress {
  completed: number;
  total: number;
}

export interface RunFitStepsOptions {
  /** Progress units of the whole computation (reported as `total`). */
  total: number;
  /** Checked at every pause: an aborted signal rejects with its reason. */
  abortSignal?: AbortSignal;
  /** Called whenever units were finished, and once with `completed === total` at the end. */
  onProgress?: (progress: FitProgress) => void | Promise<void>;
}

/** Runs the steps to the end without pausing. */
export function runFitSteps<RESULT>(steps: FitSteps<RESULT>): RESULT {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, giving the event loop a turn (timers, signals, rendering) and checking the signal at every pause. */
export async function runFitStepsAsync<RESULT>(steps: FitSteps<RESULT>, options: RunFitStepsOptions): Promise<RESULT> {
  const { total, abortSignal, onProgress } = options;
  let completed = 0;
  abortSignal?.throwIfAborted();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      if (completed < total) await onProgress?.({ completed: total, total });
      return step.value;
    }
    if (step.value > 0) {
      completed = Math.min(total, completed + step.value);
      await onProgress?.({ completed, total });
    }
    await yieldToEventLoop();
    abortSignal?.throwIfAborted();
  }
}

export { yieldToEventLoop };
