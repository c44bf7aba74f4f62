import { main } from '../main.ts';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured, non-TTY streams and an explicit environment. */
export async function runCli(argv: string[], options: { cwd: string; env?: Record<string, string | undefined>; abortSignal?: AbortSignal }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: { NO_COLOR: '1', ...options.env },
    cwd: options.cwd,
    abortSignal: options.abortSignal,
  });
  return { exitCode, stdout, stderr };
}
