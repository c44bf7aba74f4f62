import { TenetsArtefactError, TenetsBudgetError, TenetsConfigError, TenetsError, TenetsInvalidInputError, TenetsModelError } from '@tenets/core/errors';
import type { CliContext } from './cli/context.ts';
import { describeFileSystemError } from './cli/describe-file-system-error.ts';
import { escapeTerminal } from './cli/escape-terminal.ts';
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
  const colour = colourEnabled(options.stderr, options.env);
  const style = createStyle(colour);
  switch (parsed.kind) {
    case 'help':
      options.stdout.write(renderHelp(parsed.command));
      return exitCodes.ok;
    case 'version':
      // The runner owns the one version read from package.json; its `./version` entry loads nothing else.
      options.stdout.write(`${(await import('@tenets/runner/version')).tenetsVersion}\n`);
      return exitCodes.ok;
    case 'error':
      options.stderr.write(`${style.red('error:')} ${escapeTerminal(parsed.message)}\n`);
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
    reporter: await createReporter({ stream: options.stderr, style, colour, quiet: parsed.flags.quiet === true }),
  };
  try {
    return await parsed.command.run({ flags: parsed.flags, positionals: parsed.positionals }, context);
  } catch (error) {
    context.reporter.finish();
    return reportError(error, context);
  }
}

function reportError(error: unknown, context: CliContext): number {
  const { stderr, style } = context;
  if (context.abortSignal.aborted) {
    stderr.write(`${style.yellow('interrupted:')} stopped cleanly. Finished model calls are cached; re-run with --resume to continue.\n`);
    return exitCodes.interrupted;
  }
  if (TenetsError.isInstance(error)) {
    stderr.write(`${style.red('error:')} ${escapeTerminal(error.message)}\n`);
    if (error.hint) stderr.write(`${style.dim('hint:')} ${error.hint}\n`);
    return exitCodeOf(error);
  }
  const fileSystemProblem = describeFileSystemError(error);
  if (fileSystemProblem) {
    stderr.write(`${style.red('error:')} ${fileSystemProblem.message} (${fileSystemProblem.code})\n${style.dim('hint:')} ${fileSystemProblem.hint}\n`);
    return exitCodes.input;
  }
  stderr.write(`${style.red('internal error:')} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  stderr.write('This is a bug in Tenets. Please report it with the command you ran.\n');
  return exitCodes.internal;
}

/** Which exit code a deliberate Tenets error means (see exit-codes.ts). */
function exitCodeOf(error: TenetsError): number {
  if (TenetsBudgetError.isInstance(error)) return exitCodes.budget;
  if (TenetsConfigError.isInstance(error) || TenetsModelError.isInstance(error)) return exitCodes.config;
  // A run directory that is not a run, or an artefact missing, stale or of another schema: the user re-runs a command.
  if (TenetsInvalidInputError.isInstance(error) || TenetsArtefactError.isInstance(error)) return exitCodes.input;
  return exitCodes.internal;
}
