import { escapeForTerminal } from '../output/escape-for-terminal.ts';
import type { RejectReason } from '../reject/reject.ts';

/** Kinds of per-row notes: the row was kept, but something about it was changed, guessed or is risky. */
export const ingestNoteKinds = ['secret-like id', 'context text read as prompt', 'scalar metadata kept as metadata.value'] as const;
export type IngestNoteKind = (typeof ingestNoteKinds)[number];

/** One note about one kept row. `message` is safe to print (secrets redacted, control characters escaped). */
export interface IngestNote {
  kind: IngestNoteKind;
  file: string;
  line: number;
  field?: string;
  message: string;
}

/** Rejects of one reason: how many, and the first one (file, line, field, printable message). */
export interface RejectReasonGroup {
  reason: RejectReason;
  count: number;
  first: { file: string; line: number; field?: string; message: string };
}

/** At most this many notes of each kind are listed in `notes`; `notesByKind` counts them all. */
export const maxNotesPerKind = 100;

/**
 * Counts for one input file. `records = kept + rejected + ratingsOnly`; without `explode`, `records = rows`.
 * A row split by `explode` counts once in `rows` and `exploded`, and once per element in `records`.
 * Blank lines are not rows.
 */
export interface IngestFileSummary {
  path: string;
  /** How rows were laid out: jsonl, json, csv or tsv (undefined if the file could not be read). */
  container: string | undefined;
  /** Whose field names the rows used: generic, langfuse, langsmith (or preference). */
  shape: string | undefined;
  rows: number;
  /** Outcomes: one per row, or one per element of a row split by `explode`. */
  records: number;
  /** Rows split into one record per element by `explode`. */
  exploded: number;
  kept: number;
  rejected: number;
  ratingsOnly: number;
  skippedBlank: number;
  /** The text encoding the file was read in: `utf-8`, or `utf-16le`/`utf-16be` (detected and decoded). */
  encoding?: string;
  /** `gzip` when the file was gzip-compressed (detected by its magic bytes, whatever its name). */
  compression?: string;
  /** CSV/TSV: the field delimiter used (given, or detected from the header line). */
  delimiter?: string;
  /** Size and SHA-256 of the file's bytes on disk, hashed while streaming. */
  bytes: number;
  sha256: string;
}

export interface IngestSummary {
  /** Input rows (JSONL lines, JSON elements, CSV records), including those that could not be read. */
  rows: number;
  /** `kept + rejected + ratingsOnly`: `rows` plus the extra elements of rows split by `explode`. */
  records: number;
  /** Rows split into one record per element by `explode`. */
  exploded: number;
  kept: number;
  /** Bad rows, written to the rejects file. Ratings without critique are counted apart in `ratingsOnly`. */
  rejected: number;
  ratingsOnly: number;
  skippedBlank: number;
  rejectedByReason: Partial<Record<RejectReason, number>>;
  /** The same rejects grouped by reason, most frequent first (ties alphabetical), each with its first example. */
  rejectGroups: RejectReasonGroup[];
  /** Per-row notes on kept rows, in input order, at most `maxNotesPerKind` per kind. */
  notes: IngestNote[];
  /** How many notes of each kind there were (also those not listed). */
  notesByKind: Partial<Record<IngestNoteKind, number>>;
  files: IngestFileSummary[];
  /** With `context` files: records whose empty context was filled from a trace, observation or run. */
  contextJoined?: number;
  /** With `context` files: records naming a target id found in no context file. */
  contextMissing?: number;
  /** With `context` files: their counts (rows read, entries `kept`, bad rows `rejected`); not part of the totals above. */
  contextFiles?: IngestFileSummary[];
}

export function emptyFileSummary(path: string): IngestFileSummary {
  return { path, container: undefined, shape: undefined, rows: 0, records: 0, exploded: 0, kept: 0, rejected: 0, ratingsOnly: 0, skippedBlank: 0, bytes: 0, sha256: '' };
}

/** What the engine collects beside the per-file counts. */
export interface SummaryDetails {
  rejectGroups: ReadonlyMap<RejectReason, RejectReasonGroup>;
  notes: readonly IngestNote[];
  notesByKind: Partial<Record<IngestNoteKind, number>>;
}

const noDetails: SummaryDetails = { rejectGroups: new Map(), notes: [], notesByKind: {} };

/** Adds up per-file counts; reasons are listed in a stable (alphabetical) order. */
export function summarise(files: readonly IngestFileSummary[], rejectedByReason: Partial<Record<RejectReason, number>>, details: SummaryDetails = noDetails): IngestSummary {
  const total = (key: 'rows' | 'records' | 'exploded' | 'kept' | 'rejected' | 'ratingsOnly' | 'skippedBlank') => files.reduce((sum, file) => sum + file[key], 0);
  const reasons = Object.fromEntries(Object.entries(rejectedByReason).sort(([left], [right]) => left.localeCompare(right)));
  return {
    rows: total('rows'),
    records: total('records'),
    exploded: total('exploded'),
    kept: total('kept'),
    rejected: total('rejected'),
    ratingsOnly: total('ratingsOnly'),
    skippedBlank: total('skippedBlank'),
    rejectedByReason: reasons,
    rejectGroups: [...details.rejectGroups.values()]
      .map((group) => ({ ...group, first: { ...group.first } }))
      .sort((left, right) => right.count - left.count || left.reason.localeCompare(right.reason)),
    notes: details.notes.map((note) => ({ ...note })),
    notesByKind: Object.fromEntries(Object.entries(details.notesByKind).sort(([left], [right]) => left.localeCompare(right))),
    files: files.map((file) => ({ ...file })),
  };
}

/**
 * Lines for stderr after a run with rejects, e.g.
 * `rejected 512 rows; top reasons:` / `  wrong type 510 (first: data.csv:2 [context] "context" must be …)` /
 * `  duplicate id 2 (first: …)` / `all rejects: out.jsonl.rejects.jsonl`. Paths are escaped for the terminal.
 * Empty when nothing was rejected.
 */
export function formatRejectSummary(summary: IngestSummary, options: { top?: number; rejectsPath?: string } = {}): string[] {
  const { top = 3, rejectsPath } = options;
  if (summary.rejected === 0) return [];
  const lines = [`rejected ${plural(summary.rejected, 'row')}${summary.kept === 0 ? ' (every row)' : ''}; top reasons:`];
  for (const group of summary.rejectGroups.slice(0, top)) {
    const where = `${escapeForTerminal(group.first.file)}:${group.first.line}${group.first.field ? ` [${escapeForTerminal(group.first.field)}]` : ''}`;
    lines.push(`  ${group.reason} ${group.count.toLocaleString('en-US')} (first: ${where} ${group.first.message})`);
  }
  if (summary.rejectGroups.length > top) lines.push(`  … and ${plural(summary.rejectGroups.length - top, 'other reason')}`);
  if (rejectsPath !== undefined) lines.push(`all rejects: ${escapeForTerminal(rejectsPath)}`);
  return lines;
}

const plural = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/**
 * One line for stderr, e.g. `ingest: 1,204 rows from 2 files → 1,180 kept, 20 ratings only, 4 rejected (invalid JSON 3, duplicate id 1), 2 blank lines skipped`;
 * with `explode`, `ingest: 129 rows from 1 file (129 exploded into 258 records) → 258 kept, 0 rejected`;
 * with `context`, `… → 3 kept, 0 rejected, context joined 2, missing 1`.
 */
export function formatIngestSummary(summary: IngestSummary): string {
  const reasons = Object.entries(summary.rejectedByReason)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ');
  const parts = [`${summary.kept.toLocaleString('en-US')} kept`];
  if (summary.ratingsOnly > 0) parts.push(`${summary.ratingsOnly.toLocaleString('en-US')} ratings only (no critique)`);
  parts.push(`${summary.rejected.toLocaleString('en-US')} rejected${reasons ? ` (${reasons})` : ''}`);
  if (summary.skippedBlank > 0) parts.push(`${plural(summary.skippedBlank, 'blank line')} skipped`);
  const exploded = summary.exploded > 0 ? ` (${summary.exploded.toLocaleString('en-US')} exploded into ${plural(summary.records, 'record')})` : '';
  if (summary.contextJoined !== undefined) {
    const contextRejected = (summary.contextFiles ?? []).reduce((sum, file) => sum + file.rejected, 0);
    parts.push(`context joined ${summary.contextJoined.toLocaleString('en-US')}, missing ${(summary.contextMissing ?? 0).toLocaleString('en-US')}${contextRejected > 0 ? `, ${plural(contextRejected, 'bad context row')}` : ''}`);
  }
  return `ingest: ${plural(summary.rows, 'row')} from ${plural(summary.files.length, 'file')}${exploded} → ${parts.join(', ')}`;
}
