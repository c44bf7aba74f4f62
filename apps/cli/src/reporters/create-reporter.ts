import { createPlainReporter } from './plain-reporter.ts';
import type { Reporter, ReporterStream } from './reporter.ts';
import { createSilentReporter } from './silent-reporter.ts';
import type { Style } from './style.ts';

/**
 * Picks the reporter: silent with --quiet, a live ink view on a TTY, plain lines otherwise (logs, CI, pipes).
 * ink and React load only for the TTY view.
 */
export async function createReporter(options: { stream: ReporterStream; style: Style; colour: boolean; quiet: boolean }): Promise<Reporter> {
  if (options.quiet) return createSilentReporter();
  if (!options.stream.isTTY) return createPlainReporter(options.stream, options.style);
  const { createInkReporter } = await import('./ink-reporter.tsx');
  return createInkReporter(options.stream, { colour: options.colour });
}
