import { TenetsBudgetError, TenetsConfigError, TenetsError, TenetsInvalidInputError } from '@tenets/core';
import type { CliContext } from './cli/context.ts';
import { exitCodes } from './cli/exit-codes.ts';
import { parseCli } from './cli/parse-cli.ts';
import { renderHelp } from './cli/render-help.ts';
import { createReporter } from './reporters/create-reporter.ts';
import type { ReporterStream } from './reporters/reporter.ts';
import { colourEnabled, createStyle } from './reporters/style.ts';

export interface MainOptions {
  stdout: ReporterStream;
  stderr: ReporterStream;
  env: Record<string, string | undefined>;
  cwd: string;
  abortSignal?: AbortSignal;
}

/** The whole CLI as a function: argv in, exit code out. One top-level catch maps errors to exit codes. */
export async function main(argv: readonly string[], options: MainOptions): Promise<number> {
  const parsed = parseCli(argv);
  const style = createStyle(colourEnabled(options.stderr, options.env));
  switch (parsed.kind) {
    case 'help':
      options.stdout.write(renderHelp(parsed.command));
      return exitCodes.ok;
    case 'version':
      // Loaded lazily like the commands: the runner owns the one version read from package.json.
      options.stdout.write(`${(await import('@tenets/runner')).tenetsVersion}\n`);
      return exitCodes.ok;
    case 'error':
      options.stderr.write(`${style.red('error:')} ${parsed.message}\n`);
      if (parsed.command) options.stderr.write(`Run \`tenets ${parsed.command.name} --help\` for usage.\n`);
      return exitCodes.usage;
    case 'command':
      break;
  }
  const context: CliContext = {
    stdout: options.stdout,
    stderr: options.stderr,
    env: options.env,
    cwd: options.cwd,
    abortSignal: options.abortSignal ?? new AbortController().signal,
    style,
    reporter: createReporter({ stream: options.stderr, style, quiet: parsed.flags.quiet === true }),
  };
  try {
    const command = await loadCommand(parsed.command.name);
    return await command(parsed.positionals, parsed.flags, context);
  } catch (error) {
    context.reporter.finish();
    return reportError(error, context);
  }
}

async function loadCommand(name: string) {
  // Heavy modules load lazily, so `tenets --help` stays instant.
  switch (name) {
    case 'run':
      return (await import('./commands/run-command.ts')).runCommand;
    case 'ingest':
      return (await import('./commands/ingest-command.ts')).ingestCommand;
    case 'metrics':
      return (await import('./commands/metrics-command.ts')).metricsCommand;
    case 'judge':
      return (await import('./commands/judge-command.ts')).judgeCommand;
    case 'export':
      return (await import('./commands/export-command.ts')).exportCommand;
    default:
      throw new Error(`No implementation for command ${name}`);
  }
}

function reportError(error: unknown, context: CliContext): number {
  const { stderr, style } = context;
  if (context.abortSignal.aborted) {
    stderr.write(`${style.yellow('interrupted:')} stopped cleanly. Finished model calls are cached; re-run with --resume to continue.\n`);
    return exitCodes.interrupted;
  }
  if (TenetsError.isInstance(error)) {
    stderr.write(`${style.red('error:')} ${error.message}\n`);
    if (error.hint) stderr.write(`${style.dim('hint:')} ${error.hint}\n`);
    if (error instanceof TenetsBudgetError || error.name === 'TenetsBudgetError') return exitCodes.budget;
    if (error instanceof TenetsConfigError || error.name === 'TenetsConfigError' || error.name === 'TenetsModelError') return exitCodes.config;
    if (error instanceof TenetsInvalidInputError || error.name === 'TenetsInvalidInputError') return exitCodes.input;
    return exitCodes.internal;
  }
  stderr.write(`${style.red('internal error:')} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  stderr.write('This is a bug in Tenets. Please report it with the command you ran.\n');
  return exitCodes.internal;
}
