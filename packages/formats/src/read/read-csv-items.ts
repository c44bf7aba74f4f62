import { Readable } from 'node:stream';
import { parse, type CsvError, type Options as CsvOptions } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { setPath } from '../map/dotted-path.ts';
import { truncateRaw } from '../reject/truncate-raw.ts';
import { fieldTooLarge, lineTooLarge } from './bytes-to-item.ts';
import { decodeUtf8Checked, decodeUtf8Lossy } from './decode-utf8.ts';
import { findOversizedField } from './find-string-path.ts';
import { readLines } from './line-reader.ts';
import type { RawItem, ReaderLimits } from './raw-item.ts';

type Problem = Extract<RawItem, { kind: 'problem' }>;
type CsvEntry = { record: Record<string, string>; raw: string; info: { lines: number; empty_lines: number } };

const csvMessages: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_COLUMNS: 'the row has a different number of fields than the header',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of fields than the header',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed, so the rest of the file was read as one field',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters',
  CSV_MAX_RECORD_SIZE: 'the row is larger than the size limit',
};

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

/** Which field (0-based) of a line opens a quote that the line does not close, if any. */
function openQuoteField(line: string, delimiter: string): number | undefined {
  let field = 0;
  let fieldStart = true;
  let inQuotes = false;
  let openedIn: number | undefined;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (inQuotes) {
      if (character === '"' && line[index + 1] === '"') index += 1;
      else if (character === '"') inQuotes = false;
      continue;
    }
    if (line.startsWith(delimiter, index)) {
      field += 1;
      fieldStart = true;
      continue;
    }
    if (character === '"' && fieldStart) {
      inQuotes = true;
      openedIn = field;
    }
    fieldStart = false;
  }
  return inQuotes ? openedIn : undefined;
}

/** The first line of a record, from the line it ended on and its raw text (which may carry blank lines before it). */
function startLine(endLine: number, raw: string): number {
  return endLine - countNewlines(raw.replace(/^\n+/, '').replace(/\n+$/, ''));
}

/**
 * Streams a CSV (or TSV) file through csv-parse. Lines are split and checked for UTF-8 first, so line numbers
 * stay right with CRLF inside quoted fields, invalid bytes are pinned to their field, and an oversized line is
 * skipped unread. Headers with dots (`context.prompt`) become nested fields; empty cells are left out.
 * A quote opened and not closed on its line swallows the lines after it into one field; when that makes a bad
 * record, only its first line is the reject and the swallowed lines are parsed again as rows.
 */
export async function* readCsvItems(chunks: AsyncIterable<Buffer>, limits: ReaderLimits & { delimiter: string }): AsyncGenerator<RawItem[]> {
  const invalidLines = new Set<number>();
  /** Problems and recovered rows, by line, handed out before the next record the stream parser yields. */
  const pending: RawItem[] = [];
  let header: string[] | undefined;

  async function* text(): AsyncGenerator<string> {
    let buffer = '';
    for await (const lines of readLines(chunks, { maxLineBytes: limits.maxLineBytes })) {
      for (const line of lines) {
        if (line.oversized) {
          pending.push(lineTooLarge(line.line, line.byteLength, limits.maxLineBytes, line.head) as Problem);
          buffer += '\n';
          continue;
        }
        let decoded = decodeUtf8Checked(line.bytes);
        if (decoded === undefined) {
          invalidLines.add(line.line);
          decoded = decodeUtf8Lossy(line.bytes);
        }
        buffer += `${decoded}\n`;
      }
      if (buffer.length >= 256 * 1024) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer.length > 0) yield buffer;
  }

  const parseOptions = (lineOffset: number, position: { previousEnd: number }): CsvOptions => ({
    columns: header ?? ((names: string[]) => (header = names.map((name) => name.trim()))),
    delimiter: limits.delimiter,
    info: true,
    raw: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: limits.maxLineBytes,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const endLine = lineOffset + (typeof error?.lines === 'number' ? error.lines : position.previousEnd + 1);
      const rawText = raw ?? '';
      const line = startLine(endLine, rawText);
      const code = error?.code ?? 'CSV_ERROR';
      if (code === 'CSV_MAX_RECORD_SIZE') pending.push(lineTooLarge(line, limits.maxLineBytes, limits.maxLineBytes, Buffer.from(rawText.slice(0, 2048)), 'row') as Problem);
      else if (!recoverSwallowedLines(line, rawText, code)) {
        const body = rawText.replace(/^\n+/, '').replace(/\n+$/, '');
        const span = countNewlines(body) > 0 ? ` (the row runs from line ${line} to line ${line + countNewlines(body)})` : '';
        pending.push({ kind: 'problem', line, reason: 'invalid CSV row', message: `${csvMessages[code] ?? error?.message ?? 'unreadable row'}${span} (${code})`, raw: truncateRaw(body) });
      }
      return undefined;
    },
  });

  /** Re-reads the lines after an unclosed quote as rows (synchronously: they are already in memory). */
  function recoverSwallowedLines(line: number, rawText: string, code: string): boolean {
    const body = rawText.replace(/^\n+/, '').replace(/\n+$/, '');
    const newline = body.indexOf('\n');
    if (newline === -1 || header === undefined) return false;
    const first = body.slice(0, newline);
    const rest = `${body.slice(newline + 1)}\n`;
    const field = openQuoteField(first, limits.delimiter);
    if (field === undefined || (code !== 'CSV_QUOTE_NOT_CLOSED' && !parsesCleanly(rest))) return false;
    const swallowed = countNewlines(rest);
    const lines = swallowed === 1 ? 'the next line' : `the next ${swallowed} lines`;
    const column = ` (field ${field + 1}${header[field] ? `, "${header[field]}"` : ''})`;
    const what =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? `a quote opened on line ${line}${column} is never closed; it swallowed ${lines} (to line ${line + swallowed})`
        : `a quote opened on line ${line}${column} only closes on line ${line + swallowed}, swallowing ${lines}`;
    pending.push({ kind: 'problem', line, reason: 'invalid CSV row', message: `${what}, which ${swallowed === 1 ? 'was' : 'were'} read again as rows (${code})`, raw: truncateRaw(first) });
    const position = { previousEnd: 0 };
    const entries = parseSync(rest, parseOptions(line, position)) as unknown as CsvEntry[];
    for (const entry of entries) {
      position.previousEnd = entry.info.lines;
      const endLine = line + entry.info.lines;
      pending.push(toItem(entry.record, entry.raw.replace(/\n+$/, ''), startLine(endLine, entry.raw), endLine));
    }
    for (let blank = 0; blank < (entries.at(-1)?.info.empty_lines ?? 0); blank += 1) pending.push({ kind: 'blank', line });
    return true;
  }

  function parsesCleanly(rest: string): boolean {
    try {
      return parseSync(rest, { columns: header, delimiter: limits.delimiter, relax_quotes: true, skip_empty_lines: true }).length > 0;
    } catch {
      return false;
    }
  }

  const takePending = (beforeLine: number): RawItem[] => {
    pending.sort((left, right) => left.line - right.line);
    const due: RawItem[] = [];
    while (pending.length > 0 && pending[0].line < beforeLine) due.push(pending.shift()!);
    return due;
  };

  const position = { previousEnd: 0 };
  const parser = Readable.from(text()).pipe(parse(parseOptions(0, position)));
  let blanksSeen = 0;
  for await (const entry of parser as AsyncIterable<CsvEntry>) {
    const endLine = entry.info.lines;
    position.previousEnd = endLine;
    const line = startLine(endLine, entry.raw);
    const items = takePending(line);
    for (; blanksSeen < entry.info.empty_lines; blanksSeen += 1) items.push({ kind: 'blank', line: 0 });
    items.push(toItem(entry.record, entry.raw.replace(/\n+$/, ''), line, endLine));
    yield items;
  }
  const rest = takePending(Number.POSITIVE_INFINITY);
  // csv-parse counts the end of input after the last newline as one more empty line; the feeder always ends with one.
  for (; blanksSeen < parser.info.empty_lines - 1; blanksSeen += 1) rest.push({ kind: 'blank', line: 0 });
  if (rest.length > 0) yield rest;

  function toItem(record: Record<string, string>, raw: string, line: number, endLine: number): RawItem {
    let invalid = false;
    // Look up only this record's lines: recovered rows may be settled before earlier rows of the stream.
    for (let lineNumber = line; lineNumber <= endLine; lineNumber += 1) invalid = invalidLines.delete(lineNumber) || invalid;
    if (invalid) {
      const column = Object.keys(record).find((key) => record[key].includes('\uFFFD'));
      return {
        kind: 'problem',
        line,
        ...(column ? { field: column } : {}),
        reason: 'invalid UTF-8',
        message: `bytes are not valid UTF-8${column ? ` in column "${column}"` : ''}; re-save the file as UTF-8`,
        raw: truncateRaw(raw),
      };
    }
    const value: Record<string, unknown> = {};
    for (const [column, cell] of Object.entries(record)) {
      if (cell === '' || column === '') continue;
      if (column.includes('.')) setPath(value, column, cell);
      else value[column] = cell;
    }
    if (raw.length > limits.maxFieldBytes / 3) {
      const field = findOversizedField(record, limits.maxFieldBytes);
      if (field !== undefined) return fieldTooLarge(line, field, limits.maxFieldBytes, raw, Buffer.byteLength(raw));
    }
    return { kind: 'value', line, value, text: raw };
  }
}
