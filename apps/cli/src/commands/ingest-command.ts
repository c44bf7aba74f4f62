import { formatIngestSummary, ingestToFiles } from '@tenets/formats';
import type { CliContext } from '../cli/context.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { ingestOptionsFromFlags, type IngestFlagValues } from '../cli/ingest-options-from-flags.ts';

interface IngestFlags extends IngestFlagValues {
  out: string;
  json?: boolean;
  quiet?: boolean;
}

/** `tenets ingest <files…> --out feedback.jsonl`: streaming batch conversion with a rejects file. */
export async function ingestCommand(files: string[], rawFlags: Record<string, unknown>, context: CliContext): Promise<number> {
  const flags = rawFlags as unknown as IngestFlags;
  const result = await ingestToFiles({
    files,
    out: flags.out,
    ...ingestOptionsFromFlags(flags),
    abortSignal: context.abortSignal,
    onEvent: (event) => context.reporter.onEvent(event),
  });
  context.reporter.finish();
  if (!flags.quiet) {
    context.stderr.write(`${formatIngestSummary(result.summary)}\n`);
    context.stderr.write(`wrote ${result.out.path} (${result.out.records} records) and ${result.rejectsOut.path} (${result.rejectsOut.records} rejects)\n`);
  }
  if (flags.json) context.stdout.write(`${JSON.stringify({ summary: result.summary, out: result.out, rejectsOut: result.rejectsOut }, null, 2)}\n`);
  return exitCodes.ok;
}
