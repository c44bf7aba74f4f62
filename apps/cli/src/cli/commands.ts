import { commonFlags, ingestFlags, modelFlags, runFlags } from './flags.ts';
import type { Flag } from './flag.ts';
import { z } from 'zod';

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  positionals: { name: string; description: string; required: boolean; variadic?: boolean }[];
  flags: Flag[];
  examples: string[];
}

export const commandSpecs: CommandSpec[] = [
  {
    name: 'run',
    summary: 'Ingest feedback, then ground, embed, cluster, draft metrics and a constitution.',
    usage: 'tenets run <files…> [--out <dir>] [options]',
    positionals: [{ name: 'files', description: 'Feedback logs (JSONL, JSON, CSV, Langfuse or LangSmith exports).', required: true, variadic: true }],
    flags: [...runFlags, ...commonFlags],
    examples: ['tenets run fixtures/support-assistant/feedback.jsonl --out runs/demo', 'tenets run scores.csv --map critique=comment --model openai:gpt-4.1-mini'],
  },
  {
    name: 'ingest',
    summary: 'Convert feedback logs to canonical JSONL; bad rows go to a rejects file.',
    usage: 'tenets ingest <files…> --out <file> [options]',
    positionals: [{ name: 'files', description: 'Feedback logs to convert.', required: true, variadic: true }],
    flags: [...ingestFlags, ...commonFlags],
    examples: ['tenets ingest logs/*.jsonl --out feedback.jsonl', 'tenets ingest export.csv --format langfuse --out feedback.jsonl'],
  },
  {
    name: 'metrics',
    summary: 'Induce evaluation metrics from a run (AutoLibra), optionally searching the number of metrics.',
    usage: 'tenets metrics <run-dir> [--search] [options]',
    positionals: [{ name: 'run-dir', description: 'A directory written by `tenets run`.', required: true }],
    flags: [
      { name: 'search', type: 'boolean', description: 'Search the number of metrics N on a held-out 20 % split (coverage, then redundancy).', schema: z.boolean().optional() },
      { name: 'n', type: 'string', valueName: 'n', description: 'Induce exactly N metrics (no search).', schema: z.coerce.number().int().min(1).optional() },
      { name: 'n-range', type: 'string', valueName: 'lo..hi', description: 'N range for the search. Default: 4..13.', schema: z.string().regex(/^\d+\.\.\d+$/).optional() },
      { name: 'seeds', type: 'string', valueName: 'k', description: 'Candidate sets per N in the search. Default: 2.', schema: z.coerce.number().int().min(1).optional() },
      { name: 'seed', type: 'string', valueName: 'n', description: 'Seed. Default: 42.', schema: z.coerce.number().int().default(42) },
      ...modelFlags,
      ...commonFlags,
    ],
    examples: ['tenets metrics runs/demo --search', 'tenets metrics runs/demo --n 8 --model openai:gpt-4.1-mini'],
  },
  {
    name: 'judge',
    summary: 'Rate items on every metric of a run: +1 did well, −1 did badly, 0 not applicable.',
    usage: 'tenets judge <run-dir> --items <file> [options]',
    positionals: [{ name: 'run-dir', description: 'A directory with metrics.json.', required: true }],
    flags: [
      { name: 'items', type: 'string', valueName: 'file', description: 'Items to rate (JSONL of feedback-shaped records with context).', schema: z.string().min(1) },
      ...modelFlags,
      ...commonFlags,
    ],
    examples: ['tenets judge runs/demo --items fixtures/agent-trajectories/feedback.jsonl'],
  },
  {
    name: 'export',
    summary: 'Export a run’s metrics as promptfoo llm-rubric assertions or JSON rubrics.',
    usage: 'tenets export <run-dir> --format promptfoo|rubrics-json [--out <file>]',
    positionals: [{ name: 'run-dir', description: 'A directory with metrics.json.', required: true }],
    flags: [
      { name: 'format', type: 'string', valueName: 'name', description: 'promptfoo, rubrics-json, or constitution (constitution.md with the review applied).', schema: z.enum(['promptfoo', 'rubrics-json', 'constitution']) },
      { name: 'out', short: 'o', type: 'string', valueName: 'file', description: 'Output file. Default: <run-dir>/metrics.promptfoo.yaml or <run-dir>/metrics.rubrics.json.', schema: z.string().optional() },
      ...commonFlags,
    ],
    examples: ['tenets export runs/demo --format promptfoo --out promptfooconfig.assertions.yaml'],
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return commandSpecs.find((command) => command.name === name);
}
