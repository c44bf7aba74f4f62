import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags } from '../cli/flags.ts';
import { colourEnabled } from '../reporters/style.ts';

const noTerminal = [
  'tenets review is interactive and needs a terminal (stdin and stdout must both be a TTY).',
  'For scripts: `tenets run --json` prints a run’s results, `tenets export <run-dir>` writes its metrics for other tools,',
  'and `tenets review <run-dir> --apply decisions.json` applies review decisions from a file.',
].join('\n');

/** `tenets review [run-dir]`: review clusters, metrics, principles and pairs in the terminal; or `--apply` a decisions file. */
export const reviewCommand = defineCommand({
  name: 'review',
  summary: 'Review a run in the terminal: rename, merge, split clusters; edit or reject metrics and principles.',
  positionals: [{ name: 'runDir', description: 'A directory written by `tenets run`. Default: the current directory.', optional: true }],
  flags: z.object({
    apply: flag(z.string().min(1).optional().describe('Apply the decisions in this JSON file (no terminal UI), e.g. from another review.'), { valueName: 'file' }),
    ...commonFlags,
  }),
  examples: ['tenets review runs/demo', 'tenets review runs/demo --apply decisions.json --json'],
  async run({ flags, positionals }, context) {
    const { resolve } = await import('node:path');
    const runDir = resolve(context.cwd, positionals.runDir ?? '.');
    if (flags.apply) {
      const { applyReviewFile } = await import('../review/apply-review-file.ts');
      const result = await applyReviewFile({ runDir, file: resolve(context.cwd, flags.apply) });
      if (flags.json) context.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else {
        context.stdout.write(`applied ${result.applied} decision${result.applied === 1 ? '' : 's'} to ${runDir} (${result.decisions} in review.json); constitution.md rewritten\n`);
        for (const entry of result.unmatched) context.stderr.write(`${context.style.yellow('!')} decision ${entry.index + 1} does not apply: ${entry.reason}\n`);
      }
      return result.unmatched.length > 0 ? exitCodes.partial : exitCodes.ok;
    }
    if (!context.stdout.isTTY || !process.stdin.isTTY) {
      context.stderr.write(`${context.style.red('error:')} ${noTerminal}\n`);
      return exitCodes.usage;
    }
    const [{ openReviewSession }, { renderReview }] = await Promise.all([import('../review/session/open-review-session.ts'), import('../review/render-review.tsx')]);
    const { controller } = await openReviewSession(runDir);
    const result = await renderReview({ controller, stdin: process.stdin, stdout: context.stdout as NodeJS.WriteStream, colour: colourEnabled(context.stdout, context.env) });
    context.stderr.write(`${result.decisions} decision${result.decisions === 1 ? '' : 's'} in ${runDir}/review.json${result.unmatched > 0 ? ` (${result.unmatched} no longer apply)` : ''}\n`);
    return exitCodes.ok;
  },
});
