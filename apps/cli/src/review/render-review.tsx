import { render } from 'ink';
import { LiveRunApp } from './live-run-app.tsx';
import type { LiveRunStore } from './live-run-store.ts';
import { ReviewApp } from './review-app.tsx';
import type { ReviewController } from './review-controller.ts';

export interface RenderReviewOptions {
  controller: ReviewController;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Draw colours and styles; false under NO_COLOR. @default true */
  colour?: boolean;
  /** Draw on the terminal's alternate screen, restoring the shell's screen on quit. @default true */
  alternateScreen?: boolean;
}

/**
 * The review TUI as a promise: resolves when the user quits, with how many decisions the run now holds.
 * Every decision is already stored by then (the controller stores each one before the view updates).
 */
export async function renderReview({ controller, stdin, stdout, colour = true, alternateScreen = true }: RenderReviewOptions): Promise<{ decisions: number; unmatched: number }> {
  const tracked = trackDecisions(controller);
  const instance = render(<ReviewApp controller={tracked.controller} colour={colour} onExit={() => instance.unmount()} />, { stdin, stdout, exitOnCtrlC: false, patchConsole: false, alternateScreen });
  await instance.waitUntilExit();
  return tracked.counts();
}

/** The controller with its latest model kept, so whoever rendered the review can say how many decisions it left. */
export function trackDecisions(controller: ReviewController): { controller: ReviewController; counts: () => { decisions: number; unmatched: number } } {
  let model = controller.model;
  const tracked: ReviewController = {
    ...controller,
    decide: async (action) => (model = await controller.decide(action)),
    undo: async () => {
      const next = await controller.undo();
      if (next) model = next;
      return next;
    },
  };
  return { controller: tracked, counts: () => ({ decisions: model.decisions, unmatched: model.unmatched.length }) };
}

export interface RenderLiveRunOptions extends Omit<RenderReviewOptions, 'controller'> {
  store: LiveRunStore;
  onInterrupt: () => void;
}

/**
 * `tenets run --tui` as promise functions: the Overview draws the live progress at once; `closed` resolves
 * when the user quits the review (opened with `store.openReview`) or `close()` is called (the run failed).
 */
export function renderLiveRun({ store, stdin, stdout, colour = true, alternateScreen = true, onInterrupt }: RenderLiveRunOptions): { closed: Promise<void>; close(): void } {
  const instance = render(<LiveRunApp store={store} colour={colour} onExit={() => instance.unmount()} onInterrupt={onInterrupt} />, { stdin, stdout, exitOnCtrlC: false, patchConsole: false, alternateScreen });
  return { closed: instance.waitUntilExit().then(() => undefined), close: () => instance.unmount() };
}
