import { z } from 'zod';
import { defineCommand } from '../cli/define-command.ts';
import { exitCodes } from '../cli/exit-codes.ts';
import { flag } from '../cli/flag-registry.ts';
import { commonFlags, ingestFlags } from '../cli/flags.ts';
import { ingestOptionsFromFlags } from '../cli/ingest-options-from-flags.ts';
import { nothingKept, topRejectReasons } from '../cli/describe-rejects.ts';
import { escapeTerminal } from '../cli/escape-terminal.ts';
import { stdoutPath, writeToStdout } from '../cli/write-to-stdout.ts';

/** `tenets ingest <files…> --out feedback.jsonl`: streaming batch conversion with a rejects file. */
export const ingestCommand = defineCommand({
  name: 'ingest',
  summary: 'Convert feedback logs to canonical JSONL; bad rows go to a rejects file.',
  positionals: [{ name: 'files', description: 'Feedback logs to convert.', variadic: true }],
  flags: z.object({
    out: flag(z.string().min(1).describe('Where to write canonical feedback JSONL; - writes it to stdout.'), { short: 'o', valueName: 'file' }),
    rejects: flag(z.string().min(1).optional().describe('Where bad rows go. Default: <out>.rejects.jsonl, or rejects.jsonl with --out -.'), { valueName: 'file' }),
    ...ingestFlags,
    ...commonFlags,
  }),
  examples: ['tenets ingest logs/*.jsonl --out feedback.jsonl', 'tenets ingest export.csv --format langfuse --out feedback.jsonl', 'tenets ingest logs/a.csv --out - | head'],
  async run({ flags, positionals }, context) {
    const { formatIngestSummary, ingestToFiles } = await import('@tenets/formats');
    const toStdout = flags.out === stdoutPath;
    const ingest = (out: string) =>
      ingestToFiles({
        files: positionals.files,
        out,
        rejectsOut: flags.rejects ?? (toStdout ? 'rejects.jsonl' : `${flags.out}.rejects.jsonl`),
        ...ingestOptionsFromFlags(flags),
        abortSignal: context.abortSignal,
        onEvent: (event) => context.reporter.onEvent(event),
      });
    const result = toStdout ? await writeToStdout(context.stdout, 'feedback.jsonl', ingest) : await ingest(flags.out);
    context.reporter.finish();
    const written = `${toStdout ? `wrote ${result.out.records} records to stdout` : `wrote ${result.out.path} (${result.out.records} records)`} and ${result.rejectsOut.path} (${result.rejectsOut.records} rejects)`;
    // stdout carries the product: the records with --out -, else the JSON or the human summary.
    const report = toStdout ? context.stderr : context.stdout;
    if (flags.json) report.write(`${JSON.stringify({ summary: result.summary, out: toStdout ? { ...result.out, path: stdoutPath } : result.out, rejectsOut: result.rejectsOut }, null, 2)}\n`);
    else report.write(`${escapeTerminal(formatIngestSummary(result.summary))}\n${written}\n`);
    if (nothingKept(result.summary)) {
      context.stderr.write(`${context.style.red('error:')} no critique was kept from ${result.summary.rows} row(s)${result.summary.rows > 0 ? ` (${topRejectReasons(result.summary)}); see ${result.rejectsOut.path}` : ''}\n`);
      return exitCodes.input;
    }
    return exitCodes.ok;
  },
});
