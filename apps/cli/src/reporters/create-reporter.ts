import { createInkReporter } from './ink-reporter.tsx';
import { createPlainReporter } from './plain-reporter.ts';
import type { Reporter, ReporterStream } from './reporter.ts';
import { createSilentReporter } from './silent-reporter.ts';
import type { Style } from './style.ts';

/** Picks the reporter: silent with --quiet, a live ink view on a TTY, plain lines otherwise (logs, CI, pipes). */
export function createReporter(options: { stream: ReporterStream; style: Style; quiet: boolean }): Reporter {
  if (options.quiet) return createSilentReporter();
  return options.stream.isTTY ? createInkReporter(options.stream) : createPlainReporter(options.stream, options.style);
}
