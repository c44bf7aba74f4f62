import type { CliContext } from '../cli/context.ts';
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
export async function reviewInTerminal(runDir: string, context: CliContext): Promise<void> {
  const [{ openReviewSession }, { renderReview }] = await Promise.all([import('./session/open-review-session.ts'), import('./render-review.tsx')]);
  const { controller } = await openReviewSession(runDir);
  const result = await renderReview({ controller, stdin: process.stdin, stdout: context.stdout as NodeJS.WriteStream, colour: colourEnabled(context.stdout, context.env) });
  context.stderr.write(`${result.decisions} decision${result.decisions === 1 ? '' : 's'} in ${runDir}/review.json${result.unmatched > 0 ? ` (${result.unmatched} no longer apply)` : ''}\n`);
}
