import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { describeSynthCounts } from '../cli/describe-synth-counts.ts';
import { escapeTerminal } from '../cli/escape-terminal.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, modelFlags } from '../cli/flags.ts';

const roleModel = (role: string) => flag(z.string().min(1).optional().describe(`Model for the ${role} role (<provider>:<model id>). Default: --model.`), { valueName: 'spec' });
const size = (text: string) => flag(z.number().int().positive().optional().describe(text), { valueName: 'n' });

/** `tenets synth <run-dir | "feedback" | principles-file> --out <dir>`: scoped preference data (C3PO), verified before it is written. */
export const synthCommand = defineCommand({
  name: 'synth',
  summary: 'Synthesise scoped preference data (C3PO) from a run’s principles, a principles file or one sentence of feedback.',
  positionals: [{ name: 'input', description: 'A run directory, a principles file (.json / .jsonl), or a sentence of feedback in quotes.' }],
  flags: z.object({
    out: flag(z.string().min(1).optional().describe('Directory for the synthesis artefacts. Default: the input run directory.'), { short: 'o', valueName: 'dir' }),
    generatorModel: roleModel('generator (scopes, checks, categories, prompts)'),
    policyModel: roleModel('policy (baselines: the model you will train)'),
    reviserModel: roleModel('reviser (in-scope revisions)'),
    verifierModel: roleModel('verifier (pairs in both orders, anchors)'),
    domain: flag(z.string().min(1).optional().describe('Override the inferred domain (where the principle applies) of every principle.'), { valueName: 'text' }),
    effect: flag(z.string().min(1).optional().describe('Override the inferred effect (what it asks there) of every principle.'), { valueName: 'text' }),
    polarity: flag(z.enum(['do', 'avoid']).optional().describe('Override whether the effect asks to do or to avoid something.'), { valueName: 'do|avoid' }),
    categories: size('Categories per principle. Default: 8.'),
    promptsPerCategory: size('In- and near-scope prompts per category. Default: 8.'),
    outOfScope: size('Out-of-scope prompts per principle. Default: categories × prompts per category.'),
    promptsPerCall: size('Prompts asked for in one generator call. Default: 8.'),
    seed: flag(z.number().int().optional().describe('Seed of the train/test split. Default: 42.'), { valueName: 'n' }),
    dryRun: z.boolean().optional().describe('Show the planned calls per principle and the estimated cost, then stop.'),
    ...modelFlags,
    ...commonFlags,
  }),
  examples: [
    'tenets synth "Never use emojis in emails to my boss." --out runs/emoji --model openai:gpt-4.1-mini --policy-model ollama:qwen2.5:7b --dry-run',
    'tenets synth runs/demo --model openai:gpt-4.1-mini --verifier-model openai:gpt-4.1',
    'tenets synth runs/demo --offline',
  ],
  async run({ flags, positionals }, context) {
    const [{ runSynthCommand }, { openModels }] = await Promise.all([import('@tenets/runner'), import('../cli/open-models.ts')]);
    // A dry run makes no model call at all: the models are resolved (for their names and prices) but not preflighted.
    const openFlags = flags.dryRun ? { ...flags, resume: true } : flags;
    const main = await openModels(openFlags, context);
    const opened = [main];
    try {
      const roles: Record<string, Awaited<ReturnType<typeof openModels>>> = {};
      const names: Record<string, string> = {};
      for (const [role, spec] of [['generator', flags.generatorModel], ['policy', flags.policyModel], ['reviser', flags.reviserModel], ['verifier', flags.verifierModel]] as const) {
        if (flags.offline) break;
        if (spec) {
          const models = await openModels({ ...openFlags, model: spec }, context);
          opened.push(models);
          roles[role] = models;
          names[role] = spec;
        } else if (main.names.language) {
          names[role] = flags.model ?? main.names.language;
        }
      }
      const roleModels = Object.fromEntries(Object.entries(roles).flatMap(([role, models]) => (models.languageModel ? [[role, models.languageModel]] : [])));
      const sizes = {
        ...(flags.categories ? { categories: flags.categories } : {}),
        ...(flags.promptsPerCategory ? { promptsPerCategory: flags.promptsPerCategory } : {}),
        ...(flags.outOfScope ? { outOfScopePrompts: flags.outOfScope } : {}),
        ...(flags.promptsPerCall ? { promptsPerCall: flags.promptsPerCall } : {}),
      };
      const scopeOverride = { ...(flags.domain ? { domain: flags.domain } : {}), ...(flags.effect ? { effect: flags.effect } : {}), ...(flags.polarity ? { polarity: flags.polarity } : {}) };
      const planOut = flags.dryRun ? context.stdout : context.stderr;
      const result = await runSynthCommand({
        input: positionals.input,
        ...(flags.out ? { outDir: flags.out } : {}),
        model: main.languageModel,
        roles: roleModels,
        modelNames: names,
        embeddingModel: main.embeddingModel,
        ...(main.names.embedding ? { embeddingModelName: main.names.embedding } : {}),
        sizes,
        ...(Object.keys(scopeOverride).length > 0 ? { scopeOverride } : {}),
        ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
        ...(main.concurrency ? { concurrency: main.concurrency } : {}),
        ...(flags.maxCostUsd !== undefined ? { maxCostUsd: flags.maxCostUsd } : {}),
        dryRun: flags.dryRun ?? false,
        onPlan: (plan) => {
          if ((flags.json && flags.dryRun) || (flags.quiet && !flags.dryRun)) return;
          const perRole = Object.entries(plan.callsPerPrinciple).map(([role, calls]) => `${role} ${calls}`).join(', ');
          const cost = plan.calls === 0 ? 'no model calls (offline engine)' : `estimated $${plan.totalCostUsd.toFixed(4)}${plan.unpricedRoles.length > 0 ? ` (no price for: ${plan.unpricedRoles.join(', ')})` : ''}`;
          planOut.write(`plan: ${plan.principles} principle(s) × ${plan.callsPerPrincipleTotal} calls at most (${perRole}; prompts ${plan.prompts.in} in / ${plan.prompts.near} near / ${plan.prompts.out} out) = ${plan.calls} calls; ${cost}\n`);
        },
        abortSignal: context.abortSignal,
        onEvent: (event) => context.reporter.onEvent(event),
      });
      context.reporter.finish();
      const usage = opened.map((models) => models.usage?.().total).filter((entry) => entry !== undefined);
      if (flags.json) {
        const { result: full, ...summary } = result;
        context.stdout.write(`${JSON.stringify({ ...summary, scopes: full?.scopes ?? [], checks: full?.checks ?? [], conflicts: full?.conflicts ?? [], usage }, null, 2)}\n`);
        return result.dryRun || (full?.failures.length ?? 0) === 0 ? exitCodes.ok : exitCodes.partial;
      }
      if (result.dryRun) return exitCodes.ok;
      const full = result.result!;
      const lines = [
        context.style.bold(`Synthesised scoped preference data for ${result.principles} principle(s) (${result.engine})`),
        ...full.scopes.map((scope) => `  ${scope.principleId}: when ${scope.domain} → ${scope.effect} (${scope.polarity}, ${scope.source})${full.checks.find((check) => check.principleId === scope.principleId) ? ` · check: ${full.checks.find((check) => check.principleId === scope.principleId)!.description}` : ''}`),
        describeSynthCounts(result.counts),
        ...Object.entries(result.counts).filter(([key]) => key.startsWith('dropped.')).map(([key, value]) => `  dropped ${key.slice(8)}: ${value}`),
        ...full.conflicts.map((conflict) => `  conflict ${conflict.principleIds.join(' × ')}: ${conflict.explanation}`),
        `models: ${Object.entries(result.models).map(([role, name]) => `${role} ${name}`).join(', ')}`,
        result.engine === 'offline' ? `note: ${result.engineNote}` : '',
        `wrote ${result.files.length} artefacts to ${result.outDir}`,
      ].filter(Boolean);
      // Scopes, checks and conflicts are model or user text: one escaped line each.
      context.stdout.write(`${lines.map(escapeTerminal).join('\n')}\n`);
      return full.failures.length === 0 ? exitCodes.ok : exitCodes.partial;
    } finally {
      for (const models of opened) await models.close();
    }
  },
});
