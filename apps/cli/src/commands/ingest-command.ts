import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, ingestFlags } from '../cli/flags.ts';
import { ingestOptionsFromFlags } from '../cli/ingest-options-from-flags.ts';

/** `tenets ingest <files…> --out feedback.jsonl`: streaming batch conversion with a rejects file. */
export const ingestCommand = defineCommand({
  name: 'ingest',
  summary: 'Convert feedback logs to canonical JSONL; bad rows go to a rejects file.',
  positionals: [{ name: 'files', description: 'Feedback logs to convert.', variadic: true }],
  flags: z.object({
    out: flag(z.string().min(1).describe('Where to write canonical feedback JSONL (rejects go to <out>.rejects.jsonl).'), { short: 'o', valueName: 'file' }),
    ...ingestFlags,
    ...commonFlags,
  }),
  examples: ['tenets ingest logs/*.jsonl --out feedback.jsonl', 'tenets ingest export.csv --format langfuse --out feedback.jsonl'],
  async run({ flags, positionals }, context) {
    const { formatIngestSummary, ingestToFiles } = await import('@tenets/formats');
    const result = await ingestToFiles({
      files: positionals.files,
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
  },
});
