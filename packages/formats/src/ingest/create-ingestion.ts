import { stat } from 'node:fs/promises';
import { TenetsInvalidInputError, notify, type PipelineEventListener } from '@tenets/core';
import { detectContainer, type Container } from '../read/detect-container.ts';
import { detectDelimiter } from '../read/detect-delimiter.ts';
import { openSource } from '../read/open-source.ts';
import type { RawItem, ReaderLimits } from '../read/raw-item.ts';
import { escapeForTerminal } from '../output/escape-for-terminal.ts';
import { defaultMaxDepth, exceedsDepth } from '../output/nesting-depth.ts';
import { quoteInput, sanitizeMessage } from '../output/quote-input.ts';
import type { Reject, RejectReason } from '../reject/reject.ts';
import { truncateRaw } from '../reject/truncate-raw.ts';
import { looksLikeSecret, redactSecrets } from '../secrets/redact-secrets.ts';
import type { ConvertNote, Converted } from './converted.ts';
import { IdSet } from './id-set.ts';
import type { IngestFormat } from './ingest-format.ts';
import { explodeRow } from './explode-row.ts';
import { emptyFileSummary, maxNotesPerKind, summarise, type IngestFileSummary, type IngestNote, type IngestNoteKind, type IngestSummary, type RejectReasonGroup } from './ingest-summary.ts';
import { readItems } from './read-items.ts';

export type ValueItem = Extract<RawItem, { kind: 'value' }>;

/** Converts the rows of one file; created per file so it can remember the shape of the first row. */
export interface FileConverter<TRecord> {
  convert(item: ValueItem): Converted<TRecord>;
  /** The shape recognised so far, for the summary. */
  shape(): string | undefined;
}

/** One result of an ingestion, in input order. */
export type IngestItem<TKind extends string, TRecord> = { kind: TKind; record: TRecord } | { kind: 'reject'; reject: Reject };

/** An ingestion in progress: iterate it once for records and rejects, then read the summary. */
export interface Ingestion<TItem> extends AsyncIterable<TItem> {
  /**
   * The same items in batches (one per chunk read), for consumers that want fewer awaits.
   * Use either this or the item iterator, once.
   */
  batches(): AsyncIterable<TItem[]>;
  /** Counts so far; final once the iteration has finished. */
  summary(): IngestSummary;
}

export interface CreateIngestionOptions<TRecord, TKind extends string> {
  files: readonly string[];
  format: IngestFormat;
  limits: ReaderLimits;
  strict: boolean;
  /** CSV/TSV field delimiter; detected from the header line when absent (`\t` for `.tsv`). */
  delimiter?: string;
  /** Input columns (dotted) whose lists split a row into one record per element; see `explodeRow`. @default [] */
  explode?: readonly string[];
  kind: TKind;
  createConverter: (file: { path: string; container: Container }) => FileConverter<TRecord>;
  onEvent?: PipelineEventListener;
  abortSignal?: AbortSignal;
}

function resolveContainer(format: IngestFormat, path: string, head: Buffer): Container {
  if (format === 'jsonl' || format === 'json') return format;
  if (format === 'csv') return /\.tsv(\.gz)?$/i.test(path) ? 'tsv' : 'csv';
  return detectContainer(path, head);
}

async function totalSize(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (file === '-') continue;
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
      const why = error.code === 'ENOENT' ? 'no such file' : error.code === 'EACCES' ? 'permission denied' : error.message;
      throw new TenetsInvalidInputError({ file: escapeForTerminal(file), message: `cannot read the input file: ${sanitizeMessage(why)}`, hint: 'check the path; pass - to read standard input', cause: error });
    });
    if (!info.isFile()) throw new TenetsInvalidInputError({ file: escapeForTerminal(file), message: 'the input is not a regular file', hint: 'pass files, not directories (a shell glob such as logs/*.jsonl works)' });
    total += info.size;
  }
  return total;
}

/**
 * The shared engine behind `ingestFiles` and `readPreferences`: streams each file with the reader for its
 * container, splits rows named by `explode` into one record per element (id suffix `#<element>`,
 * `metadata.explodedIndex`), converts rows, de-duplicates ids, turns every bad row into a reject (or throws in strict mode),
 * counts everything and reports progress through `onEvent`.
 */
export function createIngestion<TRecord extends { id: string; metadata: Record<string, unknown> }, TKind extends string>(
  options: CreateIngestionOptions<TRecord, TKind>,
): Ingestion<IngestItem<TKind, TRecord>> {
  const fileSummaries: IngestFileSummary[] = [];
  const rejectedByReason: Partial<Record<RejectReason, number>> = {};
  const rejectGroups = new Map<RejectReason, RejectReasonGroup>();
  const notes: IngestNote[] = [];
  const notesByKind: Partial<Record<IngestNoteKind, number>> = {};
  const details = () => ({ rejectGroups, notes, notesByKind });
  let started = false;

  const addNote = (file: string, line: number, note: ConvertNote) => {
    const count = (notesByKind[note.kind] ?? 0) + 1;
    notesByKind[note.kind] = count;
    if (count <= maxNotesPerKind) notes.push({ kind: note.kind, file, line, ...(note.field === undefined ? {} : { field: note.field }), message: sanitizeMessage(note.message) });
  };

  async function* run(): AsyncGenerator<IngestItem<TKind, TRecord>[]> {
    const { files, limits, strict, explode = [], onEvent, abortSignal } = options;
    const maxDepth = limits.maxDepth ?? defaultMaxDepth;
    const startedAt = performance.now();
    abortSignal?.throwIfAborted();
    const total = await totalSize(files);
    await notify(onEvent, { type: 'stage-start', stage: 'ingest', total });
    const ids = new IdSet();
    let completedBytes = 0;
    let reportedBytes = 0;
    const reportEvery = Math.max(total / 100, 1024 * 1024);

    for (const path of files) {
      const summary = emptyFileSummary(path);
      fileSummaries.push(summary);
      const source = await openSource(path);
      try {
        const printablePath = escapeForTerminal(path);
        let measureRecords = true;
        // Messages may quote input: secrets are redacted and control characters escaped here, once for every
        // reader and converter, before they reach the rejects file, an event or an error.
        const reject = async (line: number, reason: RejectReason, rawMessage: string, raw: string, rawField?: string, element?: number): Promise<IngestItem<TKind, TRecord>> => {
          const message = sanitizeMessage(rawMessage);
          const field = rawField === undefined ? undefined : redactSecrets(rawField);
          summary.records += 1;
          if (reason === 'rating without critique') summary.ratingsOnly += 1;
          else {
            summary.rejected += 1;
            rejectedByReason[reason] = (rejectedByReason[reason] ?? 0) + 1;
            const group = rejectGroups.get(reason);
            if (group) group.count += 1;
            else rejectGroups.set(reason, { reason, count: 1, first: { file: path, line, ...(field === undefined ? {} : { field: escapeForTerminal(field) }), message } });
            if (strict) {
              throw new TenetsInvalidInputError({
                message: `${reason}: ${element === undefined ? '' : `element ${element}: `}${message}`,
                file: printablePath,
                line,
                ...(field === undefined ? {} : { field: escapeForTerminal(field) }),
                hint: 'fix the row, or run without --strict to write bad rows to the rejects file and go on',
              });
            }
            await notify(onEvent, { type: 'item-failed', stage: 'ingest', itemId: `${printablePath}:${line}${element === undefined ? '' : `#${element}`}`, reason, message });
          }
          return { kind: 'reject', reject: { file: path, line, ...(field === undefined ? {} : { field }), ...(element === undefined ? {} : { element }), reason, message, raw } };
        };

        /** Turns one row (or one element of an exploded row) into a record or a reject. */
        const settle = async (converted: Converted<TRecord>, item: ValueItem, element?: number): Promise<IngestItem<TKind, TRecord>> => {
          if (!converted.ok) return reject(item.line, converted.reason, converted.message, truncateRaw(item.text), converted.field, element);
          let record = converted.record;
          // JSON rows were measured by their reader; JSON cells of a CSV row are parsed by the converter, so
          // its record is measured here.
          if (measureRecords && exceedsDepth(record, maxDepth)) {
            return reject(item.line, 'too deeply nested', `a field nests objects or arrays more than ${maxDepth} levels deep; flatten it (the other rows are read as usual)`, truncateRaw(item.text), undefined, element);
          }
          if (element !== undefined) record = { ...record, id: `${record.id}#${element}`, metadata: { ...record.metadata, explodedIndex: element } };
          if (converted.idGiven) {
            if (!ids.add(record.id)) {
              return reject(item.line, 'duplicate id', `id ${quoteInput(record.id, 200)} was already used by an earlier row; this later row is left out`, truncateRaw(item.text), 'id', element);
            }
            if (looksLikeSecret(record.id)) {
              addNote(path, item.line, { kind: 'secret-like id', field: 'id', message: `id ${quoteInput(record.id, 200)} looks like a credential; it is kept as given (ids are never redacted, so no two ids collide) and appears unredacted in the output` });
            }
          } else {
            // Content ids repeat for identical rows; number the repeats so nothing is lost and re-runs agree.
            let id = record.id;
            for (let occurrence = 2; !ids.add(id); occurrence += 1) id = `${record.id}-${occurrence}`;
            if (id !== record.id) record = { ...record, id };
          }
          for (const note of converted.notes ?? []) addNote(path, item.line, note);
          summary.records += 1;
          summary.kept += 1;
          return { kind: options.kind, record };
        };

        summary.encoding = source.encoding;
        if (source.compression) summary.compression = source.compression;
        if (source.encoding === 'utf-32le' || source.encoding === 'utf-32be') {
          summary.rows += 1;
          const name = source.encoding.toUpperCase().replace('UTF-32', 'UTF-32 ');
          yield [await reject(1, 'invalid UTF-8', `the file is ${name} encoded, which is not read; convert it to UTF-8 (e.g. iconv -f UTF-32 -t UTF-8)`, '')];
          await source.drain();
        } else {
          const container = resolveContainer(options.format, path, source.head);
          summary.container = container;
          const delimiter = container === 'csv' || container === 'tsv' ? (options.delimiter ?? (container === 'tsv' ? '\t' : detectDelimiter(source.head))) : undefined;
          if (delimiter !== undefined) summary.delimiter = delimiter;
          const converter = options.createConverter({ path, container });
          const jsonCells = container === 'csv' || container === 'tsv';
          measureRecords = jsonCells;
          let lastLine = 0;
          for await (const batch of readItems(container, source.chunks, { ...limits, ...(delimiter === undefined ? {} : { delimiter }) })) {
            abortSignal?.throwIfAborted();
            const output: IngestItem<TKind, TRecord>[] = [];
            try {
              for (const item of batch) {
                lastLine = Math.max(lastLine, item.line);
                if (item.kind === 'blank') {
                  summary.skippedBlank += 1;
                  continue;
                }
                summary.rows += 1;
                if (item.kind === 'problem') {
                  output.push(await reject(item.line, item.reason, item.message, item.raw, item.field));
                  continue;
                }
                const split = explode.length === 0 ? undefined : explodeRow(item.value, explode, { jsonCells });
                if (split?.ok === false) {
                  output.push(await reject(item.line, 'length mismatch', split.message, truncateRaw(item.text), split.field));
                } else if (split?.exploded) {
                  summary.exploded += 1;
                  for (const [element, value] of split.rows.entries()) {
                    const converted = converter.convert({ ...item, value });
                    summary.shape ??= converter.shape();
                    output.push(await settle(converted, item, element));
                  }
                } else {
                  const converted = converter.convert(split === undefined ? item : { ...item, value: split.row });
                  summary.shape ??= converter.shape();
                  output.push(await settle(converted, item));
                }
              }
            } catch (error) {
              // Strict mode: hand over the rows before the bad one, then stop.
              if (output.length > 0) yield output;
              throw error;
            }
            if (output.length > 0) yield output;
            const done = completedBytes + source.bytesRead();
            if (done - reportedBytes >= reportEvery) {
              reportedBytes = done;
              await notify(onEvent, { type: 'stage-progress', stage: 'ingest', completed: done, total });
            }
          }
          const failure = source.failure();
          if (failure) {
            summary.rows += 1;
            yield [await reject(lastLine + 1, 'invalid gzip', failure.message, '')];
          }
          const how = [source.compression, source.encoding === 'utf-8' ? undefined : `${source.encoding} decoded`, delimiter === undefined || delimiter === ',' ? undefined : `delimiter ${JSON.stringify(delimiter)}`].filter(Boolean);
          await notify(onEvent, { type: 'info', stage: 'ingest', message: `${printablePath}: ${container}${how.length > 0 ? ` (${how.join(', ')})` : ''}${summary.shape ? `, ${summary.shape} rows` : ''}` });
        }
        await source.drain();
        const digest = source.digest();
        summary.bytes = digest.bytes;
        summary.sha256 = digest.sha256;
        completedBytes += digest.bytes;
      } finally {
        await source.close();
      }
    }
    const final = summarise(fileSummaries, rejectedByReason, details());
    await notify(onEvent, {
      type: 'stage-end',
      stage: 'ingest',
      durationMs: performance.now() - startedAt,
      counts: { rows: final.rows, records: final.records, exploded: final.exploded, kept: final.kept, rejected: final.rejected, ratingsOnly: final.ratingsOnly, skippedBlank: final.skippedBlank },
    });
  }

  const start = () => {
    if (started) throw new Error('an ingestion can be iterated only once');
    started = true;
    return run();
  };
  async function* items(): AsyncGenerator<IngestItem<TKind, TRecord>> {
    for await (const batch of start()) yield* batch;
  }

  return {
    [Symbol.asyncIterator]: items,
    batches: () => ({ [Symbol.asyncIterator]: start }),
    summary: () => summarise(fileSummaries, rejectedByReason, details()),
  };
}
