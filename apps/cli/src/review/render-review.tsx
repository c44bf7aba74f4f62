import { render } from 'ink';
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
  const instance = render(<ReviewApp controller={tracked} colour={colour} onExit={() => instance.unmount()} />, { stdin, stdout, exitOnCtrlC: false, patchConsole: false, alternateScreen });
  await instance.waitUntilExit();
  return { decisions: model.decisions, unmatched: model.unmatched.length };
}
