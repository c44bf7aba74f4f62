import { createPlainReporter } from './plain-reporter.ts';
import { createProgressReporter } from './progress-reporter.ts';
import type { Reporter, ReporterStream } from './reporter.ts';
import { createSilentReporter } from './silent-reporter.ts';
import type { Style } from './style.ts';

/** Picks the reporter: silent with --quiet, a progress bar on a TTY, plain lines otherwise. */
export function createReporter(options: { stream: ReporterStream; style: Style; quiet: boolean }): Reporter {
  if (options.quiet) return createSilentReporter();
  return options.stream.isTTY ? createProgressReporter(options.stream, options.style) : createPlainReporter(options.stream, options.style);
}
