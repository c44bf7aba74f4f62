import type { Command } from '../cli/define-command.ts';
import { constitutionCommand } from './constitution-command.ts';
import { exportCommand } from './export-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { judgeCommand } from './judge-command.ts';
import { metricsCommand } from './metrics-command.ts';
import { reviewCommand } from './review-command.ts';
import { runCommand } from './run-command.ts';
import { synthCommand } from './synth-command.ts';
import { synthEvalCommand } from './synth-eval-command.ts';

/**
 * Every command, in help order. A new command is one file that calls `defineCommand` plus one line here.
 * Keep command files light at the top (zod and types only): this list is loaded for `--help`.
 */
export const commands: readonly Command[] = [
  runCommand,
  ingestCommand,
  metricsCommand,
  judgeCommand,
  constitutionCommand,
  exportCommand,
  synthCommand,
  synthEvalCommand,
  reviewCommand,
];
