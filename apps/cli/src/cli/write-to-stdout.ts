import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReporterStream } from '../reporters/reporter.ts';

/** `--out -`: the conventional "write to standard output". */
export const stdoutPath = '-';

/**
 * Lets a writer that only knows paths (atomic artefact writers) write to stdout: `work` writes to a
 * temporary file, which is then copied to `stdout` and removed, also when `work` fails.
 */
export async function writeToStdout<RESULT>(stdout: ReporterStream, fileName: string, work: (path: string) => Promise<RESULT>): Promise<RESULT> {
  const directory = await mkdtemp(join(tmpdir(), 'tenets-stdout-'));
  try {
    const path = join(directory, fileName);
    const result = await work(path);
    for await (const chunk of createReadStream(path)) {
      if (stdout.write(chunk) === false && typeof (stdout as { once?: unknown }).once === 'function') {
        await new Promise((resolve) => (stdout as NodeJS.WritableStream).once('drain', resolve));
      }
    }
    return result;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
