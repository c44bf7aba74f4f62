import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, ingestFlags, modelFlags } from '../cli/flags.ts';
import { escapeTerminal } from '../cli/escape-terminal.ts';
import { parseFieldMap } from '../cli/parse-field-map.ts';

/** `tenets constitution <files…|run-dir> --out <dir>`: Inverse Constitutional AI on preference pairs. */
export const constitutionCommand = defineCommand({
  name: 'constitution',
  summary: 'Find the principles that explain preference pairs (ICAI): propose, vote, select jointly, test on held-out pairs.',
  positionals: [{ name: 'inputs', description: 'Preference files (ICAI CSV, AnnotatedPairs v2.0, TRL or canonical JSONL), or one run directory.', variadic: true }],
  flags: z.object({
    out: flag(z.string().min(1).describe('Output directory (constitution.json, constitution.md, candidates.jsonl, votes.jsonl).'), { short: 'o', valueName: 'dir' }),
    format: flag(z.enum(['auto', 'jsonl', 'json', 'csv']).default('auto').describe('Input format (AnnotatedPairs JSON is detected).'), { valueName: 'name' }),
    map: flag(
      z
        .array(z.string().regex(/^[^=]+=.+$/, 'expected to=from, e.g. preferred=winner'))
        .optional()
        .describe('Map an input column to a pair field (id, prompt, textA, textB, preferred, modelA, modelB, critique, metadata.<name>), e.g. --map textA=left --map preferred=winner.'),
      { valueName: 'to=from' },
    ),
    strict: ingestFlags.strict,
    select: flag(z.enum(['greedy', 'votes']).default('greedy').describe('greedy: forward selection of reconstruction on the selection split; votes: the reference’s top n by for − against.'), { valueName: 'method' }),
    n: z.number().int().min(1).default(5).describe('Constitution size.'),
    splitBy: flag(z.string().min(1).optional().describe('One constitution per value of this metadata field, plus how each reconstructs the others.'), { valueName: 'field' }),
    heldOut: flag(z.number().min(0).max(0.9).default(0.3).describe('Share of pairs held out for reconstruction.'), { valueName: 'fraction' }),
    perPair: flag(z.number().int().min(1).max(10).default(3).describe('Principles proposed per pair.'), { valueName: 'k' }),
    voteSeeds: flag(z.number().int().min(1).max(9).default(1).describe('Full votes with different seeds (flips, chunking), aggregated; multiplies the voting calls.'), { valueName: 's' }),
    aggregation: flag(z.enum(['unanimous', 'majority']).default('unanimous').describe('How several vote seeds combine: unanimous (any disagreement abstains) or majority.'), { valueName: 'rule' }),
    invertLabels: z.boolean().optional().describe('Swap every a/b label first (the "unaligned" variant of a dataset).'),
    dryRun: z.boolean().optional().describe('Show the planned calls per stage and the estimated cost, then stop.'),
    seed: z.number().int().default(42).describe('Seed for the split, the order flips and the chunking.'),
    ...modelFlags,
    ...commonFlags,
  }),
  examples: [
    'tenets constitution ../shared/data/icai-synthetic/synthetic_data_orthogonal_adcbg.csv --out runs/icai',
    'tenets constitution pairs.jsonl --out runs/users --split-by user --model openai:gpt-4.1-mini --dry-run',
  ],
  async run({ flags, positionals }, context) {
    const [{ createHdbscanClusterer }, { runConstitutionCommand }, models] = await Promise.all([import('@tenets/cluster'), import('@tenets/runner'), import('@tenets/models')]);
    const config = models.resolveModelConfig({ flags: flags.model ? { model: flags.model, ...(flags.baseURL ? { baseURL: flags.baseURL } : {}) } : {}, env: context.env, configFile: await models.loadConfigFile(context.cwd), cwd: context.cwd });
    const language = flags.offline ? null : config.language;
    const price = language ? models.resolvePrice(config.prices, language) : undefined;
    const common = {
      inputs: positionals.inputs,
      outDir: flags.out,
      format: flags.format,
      ...(flags.map ? { map: parseFieldMap(flags.map) } : {}),
      ...(flags.strict ? { strict: true } : {}),
      select: flags.select,
      size: flags.n,
      ...(flags.splitBy ? { splitBy: flags.splitBy } : {}),
      heldOutFraction: flags.heldOut,
      perPair: flags.perPair,
      voteSeeds: flags.voteSeeds,
      seedAggregation: flags.aggregation,
      invertLabels: flags.invertLabels === true,
      seed: flags.seed,
      ...(price ? { price } : {}),
      recordedOptions: { select: flags.select, n: flags.n },
      abortSignal: context.abortSignal,
      onEvent: (event: Parameters<typeof context.reporter.onEvent>[0]) => context.reporter.onEvent(event),
    };
    if (flags.dryRun) {
      const planned = await runConstitutionCommand({ ...common, dryRun: true, plannedEngine: language ? 'llm' : 'offline' });
      context.reporter.finish();
      context.stdout.write(flags.json ? `${JSON.stringify({ plan: planned.plan, estimate: planned.estimate, pairs: planned.pairs }, null, 2)}\n` : `${(await import('@tenets/runner')).describePlan(planned.plan, planned.estimate, planned.engine)}\nDry run: nothing called, nothing written.\n`);
      return exitCodes.ok;
    }
    const { openModels } = await import('../cli/open-models.ts');
    const opened = await openModels(flags, context);
    try {
      const result = await opened.stageScope('constitution', () =>
        runConstitutionCommand({ ...common, model: opened.languageModel, embeddingModel: opened.embeddingModel, clusterer: createHdbscanClusterer(), ...(opened.concurrency ? { concurrency: opened.concurrency } : {}) }),
      );
      context.reporter.finish();
      if (flags.json) {
        context.stdout.write(`${JSON.stringify({ outDir: result.outDir, engine: result.engine, pairs: result.pairs, rejected: result.rejected, plan: result.plan, constitution: result.result?.constitution, matrix: result.matrix, usage: opened.usage?.().total ?? result.usage }, null, 2)}\n`);
        return exitCodes.ok;
      }
      const lines: string[] = [];
      const percent = (value: number | null | undefined) => (value === null || value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`);
      if (result.result) {
        const constitution = result.result.constitution;
        lines.push(context.style.bold(`Constitution (${constitution.engine === 'offline' ? 'offline engine — lexical; cannot judge truthfulness or politeness' : 'model'}, ${constitution.selectionMethod}) from ${result.pairs} pairs`));
        constitution.principles.forEach((principle, index) => lines.push(`${index + 1}. ${escapeTerminal(principle.text)}`));
        const heldOut = constitution.reconstruction.heldOut;
        lines.push(`held-out agreement: ${percent(heldOut?.withConstitution.agreement)} with, ${heldOut?.withoutConstitution ? percent(heldOut.withoutConstitution.agreement) : 'not measured'} without; selection split: ${percent(constitution.reconstruction.selection.withConstitution.agreement)}`);
      }
      for (const segment of result.segments ?? []) lines.push(`${escapeTerminal(segment.segment)}: ${segment.result.constitution.principles.length} principles (${segment.dir})`);
      if (result.rejected > 0) lines.push(`${result.rejected} row(s) rejected; see ${flags.out}/preference-rejects.jsonl`);
      lines.push(`wrote ${flags.out}`);
      context.stdout.write(`${lines.join('\n')}\n`);
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
});
