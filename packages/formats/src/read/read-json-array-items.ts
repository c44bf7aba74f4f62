import { truncateRaw } from '../reject/truncate-raw.ts';
import { bytesToItem, lineTooLarge } from './bytes-to-item.ts';
import { decodeUtf8Lossy } from './decode-utf8.ts';
import { splitJsonArray } from './json-array-splitter.ts';
import type { RawItem, ReaderLimits } from './raw-item.ts';

/** Streams the elements of a top-level JSON array as parsed objects and problems. */
export async function* readJsonArrayItems(chunks: AsyncIterable<Buffer>, limits: ReaderLimits): AsyncGenerator<RawItem[]> {
  for await (const pieces of splitJsonArray(chunks, { maxElementBytes: limits.maxLineBytes })) {
    const items: RawItem[] = [];
    for (const piece of pieces) {
      if (piece.problem) {
        const reason = piece.problem === 'not-array' ? 'not a JSON array' : 'invalid JSON';
        items.push({ kind: 'problem', line: piece.line, reason, message: piece.message, raw: truncateRaw(decodeUtf8Lossy(piece.head)) });
      } else if (piece.oversized) {
        items.push(lineTooLarge(piece.line, piece.byteLength, limits.maxLineBytes, piece.head, 'array element'));
      } else {
        const item = bytesToItem(piece.line, piece.bytes, limits);
        // An element's bytes run up to the next comma, so they may end in whitespace and newlines.
        if (item.kind === 'value') items.push({ ...item, text: item.text.trimEnd() });
        else if (item.kind === 'problem') items.push({ ...item, raw: item.raw.trimEnd() });
      }
    }
    yield items;
  }
}
