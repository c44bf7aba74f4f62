/** What the splitter finds in a JSON file: elements of its top-level array, or a problem with the file. */
export type JsonArrayPiece =
  | { line: number; bytes: Buffer; oversized?: undefined; problem?: undefined }
  /** An element longer than the limit: skipped while streaming, only its first bytes kept. */
  | { line: number; oversized: true; byteLength: number; head: Buffer; problem?: undefined }
  | { line: number; problem: 'not-array' | 'invalid'; message: string; head: Buffer; oversized?: undefined };

const space = 0x20;
const tab = 0x09;
const newline = 0x0a;
const carriageReturn = 0x0d;
const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const colon = 0x3a;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const headLength = 2048;
const byteOrderMark = [0xef, 0xbb, 0xbf];

const isWhitespace = (byte: number) => byte === space || byte === newline || byte === carriageReturn || byte === tab;

type Phase = 'start' | 'top-object' | 'between-elements' | 'element' | 'done' | 'ignore-rest';

/**
 * A streaming splitter for a top-level JSON array (or a `{"data": [...]}` page, as the Langfuse API returns).
 * Tracks strings, escapes and nesting byte by byte and yields each element's bytes with its start line, so a
 * file of any size is read with memory bounded by the largest element (itself capped by `maxElementBytes`).
 */
export class JsonArraySplitter {
  private phase: Phase = 'start';
  private line = 1;
  /** How many bytes of a leading byte-order mark were seen (it may be split across chunks). */
  private byteOrderMarkSeen = 0;
  private inString = false;
  private escape = false;
  private nesting = 0;
  // Element being collected.
  private elementLine = 0;
  private pieces: Buffer[] = [];
  private elementLength = 0;
  private oversizedHead: Buffer | undefined;
  private sawElementSinceComma = false;
  private reportedTrailingText = false;
  // Top-object search for the `data` key.
  private insideTopObject = false;
  private keyBytes: number[] | undefined;
  private lastKey = '';
  private awaitingValueFor: string | undefined;

  constructor(private readonly maxElementBytes: number) {}

  /** Feeds one chunk; returns the pieces completed in it. */
  push(chunk: Buffer): JsonArrayPiece[] {
    const output: JsonArrayPiece[] = [];
    let index = 0;
    let elementStart = this.phase === 'element' ? index : -1;
    for (; index < chunk.length; index += 1) {
      const byte = chunk[index];
      if (this.phase === 'element') {
        if (byte === newline) this.line += 1;
        if (this.inString) {
          if (this.escape) this.escape = false;
          else if (byte === backslash) this.escape = true;
          else if (byte === quote) this.inString = false;
          continue;
        }
        if (byte === quote) this.inString = true;
        else if (byte === openBrace || byte === openBracket) this.nesting += 1;
        else if ((byte === closeBrace || byte === closeBracket) && this.nesting > 0) this.nesting -= 1;
        else if (this.nesting === 0 && (byte === comma || byte === closeBracket)) {
          this.appendPiece(chunk.subarray(elementStart, index));
          output.push(this.finishElement());
          elementStart = -1;
          if (byte === comma) {
            this.phase = 'between-elements';
            this.sawElementSinceComma = false;
          } else this.phase = 'done';
        }
        continue;
      }
      if (byte === newline) this.line += 1;
      if (this.phase === 'between-elements') {
        if (isWhitespace(byte)) continue;
        if (byte === closeBracket) {
          this.phase = 'done';
          continue;
        }
        if (byte === comma) {
          if (!this.sawElementSinceComma) {
            output.push({ line: this.line, problem: 'invalid', message: 'empty array element (two commas in a row)', head: Buffer.from(',') });
          }
          this.sawElementSinceComma = false;
          continue;
        }
        this.startElement();
        elementStart = index;
        index -= 1; // Re-read this byte as the element's first.
        continue;
      }
      if (this.phase === 'start') {
        if (this.byteOrderMarkSeen >= 0 && this.byteOrderMarkSeen < 3 && byte === byteOrderMark[this.byteOrderMarkSeen]) {
          this.byteOrderMarkSeen += 1;
          continue;
        }
        this.byteOrderMarkSeen = -1;
        if (isWhitespace(byte)) continue;
        if (byte === openBracket) this.phase = 'between-elements';
        else if (byte === openBrace) {
          this.phase = 'top-object';
          this.insideTopObject = true;
        }
        else {
          output.push({ line: this.line, problem: 'not-array', message: 'the file is not a JSON array (it should start with "[")', head: chunk.subarray(index, index + headLength) });
          this.phase = 'ignore-rest';
        }
        continue;
      }
      if (this.phase === 'top-object') {
        this.scanTopObject(byte, chunk, index, output);
        continue;
      }
      if (this.phase === 'ignore-rest') continue;
      // Phase 'done': only whitespace may follow a top-level array; the rest of a `{"data": [...]}` page is ignored.
      if (!isWhitespace(byte) && !this.insideTopObject && !this.reportedTrailingText) {
        output.push({ line: this.line, problem: 'invalid', message: 'unexpected text after the closing "]" of the array', head: chunk.subarray(index, index + headLength) });
        this.reportedTrailingText = true;
      }
    }
    if (this.phase === 'element' && elementStart !== -1) this.appendPiece(chunk.subarray(elementStart));
    return output;
  }

  /** Call at end of input: reports an unterminated element, array or a file without an array. */
  end(): JsonArrayPiece[] {
    if (this.phase === 'element') {
      const head = this.oversizedHead ?? Buffer.concat(this.pieces).subarray(0, headLength);
      return [{ line: this.elementLine, problem: 'invalid', message: 'the file ends inside this element (an unclosed string, object or array)', head }];
    }
    if (this.phase === 'between-elements') {
      return [{ line: this.line, problem: 'invalid', message: 'the file ends before the closing "]" of the array', head: Buffer.alloc(0) }];
    }
    if (this.phase === 'top-object') {
      return [{ line: 1, problem: 'not-array', message: 'the file is a JSON object without a "data" array; expected an array of records', head: Buffer.alloc(0) }];
    }
    return [];
  }

  private scanTopObject(byte: number, chunk: Buffer, index: number, output: JsonArrayPiece[]): void {
    if (this.inString) {
      if (this.escape) this.escape = false;
      else if (byte === backslash) this.escape = true;
      else if (byte === quote) {
        this.inString = false;
        if (this.keyBytes) this.lastKey = Buffer.from(this.keyBytes).toString('utf8');
        this.keyBytes = undefined;
      } else if (this.keyBytes && this.keyBytes.length < 32) this.keyBytes.push(byte);
      return;
    }
    if (isWhitespace(byte)) return;
    if (this.awaitingValueFor !== undefined) {
      const key = this.awaitingValueFor;
      this.awaitingValueFor = undefined;
      if (key === 'data' && byte === openBracket && this.nesting === 0) {
        this.phase = 'between-elements';
        return;
      }
    }
    if (byte === quote) {
      this.inString = true;
      this.keyBytes = this.nesting === 0 ? [] : undefined;
    } else if (byte === colon && this.nesting === 0) this.awaitingValueFor = this.lastKey;
    else if (byte === openBrace || byte === openBracket) this.nesting += 1;
    else if (byte === closeBrace || byte === closeBracket) {
      if (this.nesting === 0) {
        output.push({ line: 1, problem: 'not-array', message: 'the file is a JSON object without a "data" array; expected an array of records', head: chunk.subarray(0, Math.min(index + 1, headLength)) });
        this.phase = 'ignore-rest';
      } else this.nesting -= 1;
    }
  }

  private startElement(): void {
    this.phase = 'element';
    this.elementLine = this.line;
    this.pieces = [];
    this.elementLength = 0;
    this.oversizedHead = undefined;
    this.nesting = 0;
    this.inString = false;
    this.escape = false;
    this.sawElementSinceComma = true;
  }

  private appendPiece(piece: Buffer): void {
    if (piece.length === 0) return;
    this.elementLength += piece.length;
    if (this.oversizedHead) return;
    if (this.elementLength > this.maxElementBytes) {
      this.oversizedHead = Buffer.concat([...this.pieces, piece.subarray(0, headLength)]).subarray(0, headLength);
      this.pieces = [];
      return;
    }
    this.pieces.push(piece);
  }

  private finishElement(): JsonArrayPiece {
    const line = this.elementLine;
    if (this.oversizedHead) return { line, oversized: true, byteLength: this.elementLength, head: this.oversizedHead };
    const bytes = this.pieces.length === 1 ? this.pieces[0] : Buffer.concat(this.pieces);
    this.pieces = [];
    return { line, bytes };
  }
}

/** Streams the elements of a top-level JSON array, one batch per input chunk. */
export async function* splitJsonArray(chunks: AsyncIterable<Buffer>, options: { maxElementBytes: number }): AsyncGenerator<JsonArrayPiece[]> {
  const splitter = new JsonArraySplitter(options.maxElementBytes);
  for await (const chunk of chunks) {
    const pieces = splitter.push(chunk);
    if (pieces.length > 0) yield pieces;
  }
  const last = splitter.end();
  if (last.length > 0) yield last;
}
