/** One physical line, without its `\n`, trailing `\r` or leading byte-order mark. */
export type RawLine =
  | { line: number; bytes: Buffer; oversized?: undefined }
  /** A line longer than the limit: skipped while streaming, only its first bytes are kept. */
  | { line: number; oversized: true; byteLength: number; head: Buffer };

const newline = 0x0a;
const carriageReturn = 0x0d;
const headLength = 2048;

function stripLineEnding(bytes: Buffer): Buffer {
  let result = bytes;
  if (result.length > 0 && result[result.length - 1] === carriageReturn) result = result.subarray(0, result.length - 1);
  // A BOM can start any line when files were concatenated, not only the first one.
  if (result.length >= 3 && result[0] === 0xef && result[1] === 0xbb && result[2] === 0xbf) result = result.subarray(3);
  return result;
}

/**
 * Splits a byte stream into lines, yielding one batch per input chunk. Memory is bounded by
 * `maxLineBytes` plus one chunk: a longer line is counted and skipped, never buffered whole.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, options: { maxLineBytes: number }): AsyncGenerator<RawLine[]> {
  const { maxLineBytes } = options;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let skipping = false;
  let skippedLength = 0;
  let head: Buffer = Buffer.alloc(0);
  let lineNumber = 1;

  const startSkipping = (piece: Buffer) => {
    head = Buffer.concat([...pending, piece.subarray(0, headLength)]).subarray(0, headLength);
    skipping = true;
    skippedLength = pendingLength + piece.length;
    pending = [];
    pendingLength = 0;
  };

  for await (const chunk of chunks) {
    const batch: RawLine[] = [];
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(newline, start);
      const piece = chunk.subarray(start, end === -1 ? chunk.length : end);
      if (!skipping && pendingLength + piece.length > maxLineBytes) startSkipping(piece);
      else if (skipping) skippedLength += piece.length;
      if (end === -1) {
        if (!skipping && piece.length > 0) {
          pending.push(piece);
          pendingLength += piece.length;
        }
        break;
      }
      if (skipping) {
        batch.push({ line: lineNumber, oversized: true, byteLength: skippedLength, head: stripLineEnding(head) });
        skipping = false;
      } else {
        const bytes = pendingLength === 0 ? piece : Buffer.concat([...pending, piece]);
        batch.push({ line: lineNumber, bytes: stripLineEnding(bytes) });
        pending = [];
        pendingLength = 0;
      }
      lineNumber += 1;
      start = end + 1;
    }
    if (batch.length > 0) yield batch;
  }
  if (skipping) yield [{ line: lineNumber, oversized: true, byteLength: skippedLength, head: stripLineEnding(head) }];
  else if (pendingLength > 0) yield [{ line: lineNumber, bytes: stripLineEnding(Buffer.concat(pending)) }];
}
