import type { Reporter, ReporterStream } from '../reporters/reporter.ts';
import type { Style } from '../reporters/style.ts';

/** What a command gets from the process: streams, env, cwd and a signal for Ctrl-C. Injectable for tests. */
export interface CliContext {
  stdout: ReporterStream;
  stderr: ReporterStream;
  env: Record<string, string | undefined>;
  cwd: string;
  abortSignal: AbortSignal;
  style: Style;
  reporter: Reporter;
}
