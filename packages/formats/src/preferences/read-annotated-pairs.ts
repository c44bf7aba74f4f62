import { open, readFile } from 'node:fs/promises';
import { TenetsInvalidInputError, type Preference } from '@tenets/core';
import { safeParseJsonText } from '../read/parse-json-text.ts';
import type { Reject } from '../reject/reject.ts';
import { truncateRaw } from '../reject/truncate-raw.ts';
import { annotatedPairsComparisonSchema, annotatedPairsSchema } from '../export/annotated-pairs/annotated-pairs-schema.ts';

export interface ReadAnnotatedPairsResult {
  preferences: Preference[];
  rejects: Reject[];
  /** Annotators other than the default one (principles, extra label columns), by id. */
  annotators: Record<string, { name?: string; description: string; type: string }>;
}

/** True when the file's first bytes look like an AnnotatedPairs object (`{` … `"comparisons"` / `"annotators"`). */
export async function isAnnotatedPairsFile(path: string): Promise<boolean> {
  if (!/\.json$/i.test(path)) return false;
  const file = await open(path, 'r');
  const buffer = Buffer.alloc(65536);
  const { bytesRead } = await file.read(buffer, 0, buffer.length, 0).finally(() => file.close());
  const head = buffer.subarray(0, bytesRead).toString('utf8').trimStart();
  return head.startsWith('{') && /"(annotators|comparisons)"\s*:/.test(head) && /"version"\s*:\s*"/.test(head);
}

/**
 * Reads an AnnotatedPairs v2.0 file (Feedback Forensics) into preferences: the default annotator's pref is the
 * label (null → `tie`), ids are the comparison ids, models and string metadata kept. v1.0 and other versions are
 * refused with a clear error; a bad comparison is a reject (its index as the line), the rest goes on.
 */
export async function readAnnotatedPairs(file: string): Promise<ReadAnnotatedPairsResult> {
  const text = await readFile(file, 'utf8');
  const parsed = safeParseJsonText(text);
  if (!parsed.success) throw new TenetsInvalidInputError({ file, message: `invalid JSON: ${parsed.error.message}` });
  const value = parsed.value as { metadata?: { version?: unknown }; comparisons?: unknown };
  const version = value?.metadata?.version;
  if (version !== '2.0') {
    throw new TenetsInvalidInputError({ file, message: `AnnotatedPairs version ${JSON.stringify(version)} is not supported`, hint: 'only AnnotatedPairs v2.0 is read; convert v1.0 files with a current Feedback Forensics release' });
  }
  const shell = annotatedPairsSchema.omit({ comparisons: true }).safeParse(value);
  if (!shell.success) throw new TenetsInvalidInputError({ file, message: `not an AnnotatedPairs file: ${shell.error.issues[0]?.path.join('.')}: ${shell.error.issues[0]?.message}` });
  const defaultAnnotator = shell.data.metadata.default_annotator;
  const comparisons = Array.isArray(value.comparisons) ? value.comparisons : [];
  const preferences: Preference[] = [];
  const rejects: Reject[] = [];
  comparisons.forEach((raw, index) => {
    const comparison = annotatedPairsComparisonSchema.safeParse(raw);
    if (!comparison.success) {
      const issue = comparison.error.issues[0]!;
      rejects.push({ file, line: index + 1, field: `comparisons.${index}.${issue.path.join('.')}`, reason: 'wrong type', message: issue.message, raw: truncateRaw(JSON.stringify(raw)) });
      return;
    }
    const { id, prompt, response_a, response_b, annotations, metadata } = comparison.data;
    const label = annotations[defaultAnnotator];
    if (label === undefined) {
      rejects.push({ file, line: index + 1, field: `comparisons.${index}.annotations.${defaultAnnotator}`, reason: 'missing field', message: 'the default annotator has no annotation for this comparison', raw: truncateRaw(JSON.stringify(raw)) });
      return;
    }
    preferences.push({
      id,
      ...(prompt !== null ? { prompt } : {}),
      textA: response_a.text,
      textB: response_b.text,
      preferred: label.pref ?? (label.no_pref_reason === 'neither' ? 'both_bad' : 'tie'),
      ...(response_a.model !== undefined ? { modelA: response_a.model } : {}),
      ...(response_b.model !== undefined ? { modelB: response_b.model } : {}),
      metadata: { ...metadata },
    });
  });
  const annotators = Object.fromEntries(Object.entries(shell.data.annotators).filter(([id]) => id !== defaultAnnotator));
  return { preferences, rejects, annotators };
}
