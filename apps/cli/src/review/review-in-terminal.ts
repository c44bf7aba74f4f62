import type { CliContext } from '../cli/context.ts';
import type { Reporter } from '../reporters/reporter.ts';
import type { ReviewModelDrafter } from './session/model-redraft.ts';
import { colourEnabled } from '../reporters/style.ts';

export const noTerminalMessage = [
  'tenets review is interactive and needs a terminal (stdin and stdout must both be a TTY).',
  'For scripts: `tenets run --json` prints a run’s results, `tenets export <run-dir>` writes its metrics for other tools,',
  'and `tenets review <run-dir> --apply decisions.json` applies review decisions from a file.',
].join('\n');

/** Whether the review UI can run here: it reads keys from stdin and draws on stdout. */
export function canReviewInTerminal(context: Pick<CliContext, 'stdout'>, stdin: { isTTY?: boolean } = process.stdin): boolean {
  return Boolean(context.stdout.isTTY) && Boolean(stdin.isTTY);
}

/** Opens the review TUI on a run (for `tenets review` and `tenets run --tui`) and says afterwards what it stored. */
export async function reviewInTerminal(runDir: string, context: CliContext, options: { drafter?: ReviewModelDrafter } = {}): Promise<void> {
  const [{ openReviewSession }, { renderReview }] = await Promise.all([import('./session/open-review-session.ts'), import('./render-review.tsx')]);
  const { controller } = await openReviewSession(runDir, options);
  const result = await renderReview({ controller, stdin: process.stdin, stdout: context.stdout as NodeJS.WriteStream, colour: colourEnabled(context.stdout, context.env) });
  context.stderr.write(`${result.decisions} decision${result.decisions === 1 ? '' : 's'} in ${runDir}/review.json${result.unmatched > 0 ? ` (${result.unmatched} no longer apply)` : ''}\n`);
}

/** `tenets run --tui` while the run is going: the reporter to feed, then the review over the run's directory. */
export interface LiveReview {
  /** The run's events go here; the Overview draws them live. */
  reporter: Reporter;
  /** The run is written: open the review's screens over it; resolves when the user quits, having said what it stored. */
  review(runDir: string): Promise<void>;
  /** Closes the TUI without a review (the run failed or kept nothing) and gives the terminal back. */
  close(): void;
}

/**
 * Opens the review TUI at the start of a run, on an Overview with the run's live progress. Ctrl-C there
 * (stdin is raw, so the terminal sends no SIGINT) raises SIGINT, which stops the run as it would without a TUI.
 */
export async function startLiveReview(context: CliContext, options: { onInterrupt?: () => void } = {}): Promise<LiveReview> {
  const [{ createLiveRunStore }, { renderLiveRun, trackDecisions }, { openReviewSession }] = await Promise.all([
    import('./live-run-store.ts'),
    import('./render-review.tsx'),
    import('./session/open-review-session.ts'),
  ]);
  const store = createLiveRunStore();
  const live = renderLiveRun({
    store,
    stdin: process.stdin,
    stdout: context.stdout as NodeJS.WriteStream,
    colour: colourEnabled(context.stdout, context.env),
    onInterrupt: options.onInterrupt ?? (() => process.kill(process.pid, 'SIGINT')),
  });
  return {
    reporter: store,
    async review(runDir) {
      let tracked: ReturnType<typeof trackDecisions>;
      try {
        tracked = trackDecisions((await openReviewSession(runDir)).controller);
      } catch (error) {
        live.close();
        throw error;
      }
      store.openReview(tracked.controller);
      await live.closed;
      const result = tracked.counts();
      context.stderr.write(`${result.decisions} decision${result.decisions === 1 ? '' : 's'} in ${runDir}/review.json${result.unmatched > 0 ? ` (${result.unmatched} no longer apply)` : ''}\n`);
    },
    close: () => live.close(),
  };
}
