import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, modelFlags } from '../cli/flags.ts';

/** `tenets review [run-dir]`: review clusters, metrics, principles and pairs in the terminal; or `--apply` a decisions file. */
export const reviewCommand = defineCommand({
  name: 'review',
  summary: 'Review a run in the terminal: rename, merge, split clusters; edit or reject metrics and principles.',
  positionals: [{ name: 'runDir', description: 'A directory written by `tenets run`. Default: the current directory.', optional: true }],
  flags: z.object({
    apply: flag(z.string().min(1).optional().describe('Apply the decisions in this JSON file (no terminal UI), e.g. from another review.'), { valueName: 'file' }),
    ...modelFlags,
    ...commonFlags,
  }),
  examples: ['tenets review runs/demo', 'tenets review runs/demo --model openai:gpt-4o-mini', 'tenets review runs/demo --apply decisions.json --json'],
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
    const { canReviewInTerminal, noTerminalMessage, reviewInTerminal } = await import('../review/review-in-terminal.ts');
    if (!canReviewInTerminal(context)) {
      context.stderr.write(`${context.style.red('error:')} ${noTerminalMessage}\n`);
      return exitCodes.usage;
    }
    // A model is only used on request (`D` on a redrafted cluster), after showing the calls and their cost.
    const { openModels } = await import('../cli/open-models.ts');
    const models = await openModels(flags, context);
    try {
      const { languageModel, languagePrice, usage } = models;
      const drafter = languageModel
        ? { model: languageModel, name: models.names.language ?? 'the model', ...(languagePrice ? { price: languagePrice } : {}), ...(usage ? { meteredUsage: () => usage().total } : {}) }
        : undefined;
      await reviewInTerminal(runDir, context, drafter ? { drafter } : {});
    } finally {
      await models.close();
    }
    return exitCodes.ok;
  },
});
