import type { Feedback } from '@tenets/core';
import { AtomicFile } from '../artefacts/atomic-file.ts';
import { toJsonLine } from '../output/to-json-line.ts';
import type { Reject } from '../reject/reject.ts';
import { truncateRaw } from '../reject/truncate-raw.ts';
import { countSecrets } from '../secrets/redact-secrets.ts';
import { redactValue } from '../secrets/redact-value.ts';
import { ingestFiles, type IngestFilesOptions } from './ingest-files.ts';
import type { IngestSummary } from './ingest-summary.ts';

export interface IngestToFilesOptions extends IngestFilesOptions {
  /** Where the canonical feedback JSONL goes. */
  out: string;
  /** Where rejects go. @default `<out>.rejects.jsonl` */
  rejectsOut?: string;
  /**
   * Redact secret-like substrings in kept records too (in parsed values and keys, before serialising; never in
   * `id`, see docs/ingest.md#ids). Reject snippets and messages are always redacted.
   * @default false (the feedback is your data, written as read)
   */
  redact?: boolean;
}

export interface IngestToFilesResult {
  summary: IngestSummary;
  /** The inputs as the run manifest lists them. */
  inputs: { path: string; sha256: string; bytes: number }[];
  /** `redactions`: secret-like substrings replaced in kept records (0 unless `redact`). */
  out: { path: string; bytes: number; sha256: string; records: number; redactions: number };
  rejectsOut: { path: string; bytes: number; sha256: string; records: number };
}

/**
 * Streams inputs to `<out>` (one feedback record per line) and the rejects file, both written atomically:
 * on failure (strict mode, abort, I/O error) neither file is created or changed. The rejects file is written
 * even when empty, so a run always has the same artefacts.
 */
export async function ingestToFiles(options: IngestToFilesOptions): Promise<IngestToFilesResult> {
  const { out, rejectsOut = `${out}.rejects.jsonl`, redact = false, ...ingestOptions } = options;
  const ingestion = ingestFiles(ingestOptions);
  const feedbackFile = await AtomicFile.open(out);
  const rejectsFile = await AtomicFile.open(rejectsOut).catch(async (error: unknown) => {
    await feedbackFile.abort();
    throw error;
  });
  let records = 0;
  let rejects = 0;
  let redactions = 0;
  /** Records that could not be serialised after all (a last line of defence; depth is capped before). */
  const unwritable: Reject[] = [];
  const keepId: ReadonlySet<string> = new Set(['id']);
  const serialise = (record: Feedback): string => {
    const line = toJsonLine(record);
    if (!redact) return line;
    const found = countSecrets(line) - countSecrets(record.id);
    if (found === 0) return line;
    redactions += found;
    return toJsonLine(redactValue(record, keepId));
  };
  try {
    for await (const batch of ingestion.batches()) {
      let feedbackText = '';
      let rejectsText = '';
      for (const item of batch) {
        if (item.kind === 'feedback') {
          let line: string;
          try {
            line = serialise(item.record);
          } catch (error) {
            // One unwritable record must not cost the others: it becomes a reject and the batch goes on.
            const reject: Reject = {
              file: item.record.source?.file ?? '',
              line: item.record.source?.line ?? 0,
              reason: 'too deeply nested',
              message: `the record could not be written (${error instanceof Error ? error.name : 'error'}); flatten its fields`,
              raw: truncateRaw(String(item.record.critique)),
            };
            unwritable.push(reject);
            rejects += 1;
            rejectsText += `${toJsonLine(reject)}\n`;
            continue;
          }
          records += 1;
          feedbackText += `${line}\n`;
        } else {
          rejects += 1;
          rejectsText += `${toJsonLine(item.reject)}\n`;
        }
      }
      if (feedbackText) await feedbackFile.write(feedbackText);
      if (rejectsText) await rejectsFile.write(rejectsText);
    }
  } catch (error) {
    await Promise.all([feedbackFile.abort(), rejectsFile.abort()]);
    throw error;
  }
  const writtenRejects = await rejectsFile.commit().catch(async (error: unknown) => {
    await feedbackFile.abort();
    throw error;
  });
  const writtenFeedback = await feedbackFile.commit();
  const summary = moveToRejected(ingestion.summary(), unwritable);
  return {
    summary,
    inputs: [...summary.files, ...(summary.contextFiles ?? [])].map((file) => ({ path: file.path, sha256: file.sha256, bytes: file.bytes })),
    out: { ...writtenFeedback, records, redactions },
    rejectsOut: { ...writtenRejects, records: rejects },
  };
}

/** Books records that were counted as kept but could not be written as rejects, so the counts stay true. */
function moveToRejected(summary: IngestSummary, unwritable: readonly Reject[]): IngestSummary {
  for (const reject of unwritable) {
    summary.kept -= 1;
    summary.rejected += 1;
    summary.rejectedByReason[reject.reason] = (summary.rejectedByReason[reject.reason] ?? 0) + 1;
    const file = summary.files.find((candidate) => candidate.path === reject.file);
    if (file) {
      file.kept -= 1;
      file.rejected += 1;
    }
    const group = summary.rejectGroups.find((candidate) => candidate.reason === reject.reason);
    if (group) group.count += 1;
    else summary.rejectGroups.push({ reason: reject.reason, count: 1, first: { file: reject.file, line: reject.line, message: reject.message } });
  }
  return summary;
}
