import { bytesToItem, lineTooLarge } from './bytes-to-item.ts';
import { readLines } from './line-reader.ts';
import type { RawItem, ReaderLimits } from './raw-item.ts';

/** Streams a JSONL file as parsed objects, blanks and problems, one batch per chunk. */
export async function* readJsonlItems(chunks: AsyncIterable<Buffer>, limits: ReaderLimits): AsyncGenerator<RawItem[]> {
  for await (const lines of readLines(chunks, { maxLineBytes: limits.maxLineBytes })) {
    const items: RawItem[] = [];
    for (const line of lines) {
      items.push(line.oversized ? lineTooLarge(line.line, line.byteLength, limits.maxLineBytes, line.head) : bytesToItem(line.line, line.bytes, limits));
    }
    yield items;
  }
}
