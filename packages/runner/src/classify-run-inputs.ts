import { isAnnotatedPairsFile, readPreferences, type IngestFilesOptions } from '@tenets/formats';

export interface ClassifiedRunInputs {
  /** Feedback logs, for the pipeline (ingest → … → principles). */
  feedback: string[];
  /** Preference-pair files, for the constitution stage (ICAI). */
  pairs: string[];
}

/** Rows read from the head of a file to decide what it holds. */
const sampledRows = 5;

/**
 * Sorts `tenets run` inputs into feedback logs and preference-pair files, each by its content: an AnnotatedPairs
 * v2.0 file, or a file whose first rows the preference reader (ICAI CSV, TRL, canonical JSONL) converts more
 * often than it rejects, holds pairs. Standard input and Langfuse/LangSmith exports are always feedback (stdin
 * cannot be read twice); `map` is the feedback map and is not used here, so pair files are recognised by
 * their standard columns.
 */
export async function classifyRunInputs(inputs: readonly string[], options: Pick<IngestFilesOptions, 'format'> = {}): Promise<ClassifiedRunInputs> {
  const classified: ClassifiedRunInputs = { feedback: [], pairs: [] };
  for (const file of inputs) {
    (await holdsPairs(file, options.format ?? 'auto') ? classified.pairs : classified.feedback).push(file);
  }
  return classified;
}

async function holdsPairs(file: string, format: NonNullable<IngestFilesOptions['format']>): Promise<boolean> {
  if (file === '-' || format === 'langfuse' || format === 'langsmith') return false;
  if (format !== 'csv' && format !== 'jsonl' && (await isAnnotatedPairsFile(file).catch(() => false))) return true;
  let preferences = 0;
  let rejects = 0;
  try {
    for await (const item of readPreferences({ files: [file], format })) {
      if (item.kind === 'preference') preferences += 1;
      else rejects += 1;
      if (preferences + rejects >= sampledRows) break;
    }
  } catch {
    // An unreadable file is left to the feedback ingest, which reports it with its usual message.
    return false;
  }
  return preferences > rejects;
}
