import { AtomicFile } from '../artefacts/atomic-file.ts';
import { prepareText } from '../artefacts/write-text-atomic.ts';
import { ingestFiles, type IngestFilesOptions } from './ingest-files.ts';
import type { IngestSummary } from './ingest-summary.ts';

export interface IngestToFilesOptions extends IngestFilesOptions {
  /** Where the canonical feedback JSONL goes. */
  out: string;
  /** Where rejects go. @default `<out>.rejects.jsonl` */
  rejectsOut?: string;
  /**
   * Redact secret-like substrings in kept records too. Reject snippets are always redacted.
   * @default false (the feedback is your data, written as read)
   */
  redact?: boolean;
}

export interface IngestToFilesResult {
  summary: IngestSummary;
  /** The inputs as the run manifest lists them. */
  inputs: { path: string; sha256: string; bytes: number }[];
  out: { path: string; bytes: number; sha256: string; records: number };
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
  try {
    for await (const batch of ingestion.batches()) {
      let feedbackText = '';
      let rejectsText = '';
      for (const item of batch) {
        if (item.kind === 'feedback') {
          records += 1;
          const line = JSON.stringify(item.record);
          feedbackText += `${redact ? prepareText(line, true).text : line}\n`;
        } else {
          rejects += 1;
          rejectsText += `${JSON.stringify(item.reject)}\n`;
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
  const summary = ingestion.summary();
  return {
    summary,
    inputs: [...summary.files, ...(summary.contextFiles ?? [])].map((file) => ({ path: file.path, sha256: file.sha256, bytes: file.bytes })),
    out: { ...writtenFeedback, records },
    rejectsOut: { ...writtenRejects, records: rejects },
  };
}
