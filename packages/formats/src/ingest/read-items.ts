import type { Container } from '../read/detect-container.ts';
import type { RawItem, ReaderLimits } from '../read/raw-item.ts';
import { readCsvItems } from '../read/read-csv-items.ts';
import { readJsonArrayItems } from '../read/read-json-array-items.ts';
import { readJsonlItems } from '../read/read-jsonl-items.ts';

/** Streams a file's rows with the reader for its container. */
export function readItems(container: Container, chunks: AsyncIterable<Buffer>, limits: ReaderLimits & { delimiter?: string }): AsyncGenerator<RawItem[]> {
  switch (container) {
    case 'jsonl':
      return readJsonlItems(chunks, limits);
    case 'json':
      return readJsonArrayItems(chunks, limits);
    case 'csv':
      return readCsvItems(chunks, { ...limits, delimiter: limits.delimiter ?? ',' });
    case 'tsv':
      return readCsvItems(chunks, { ...limits, delimiter: limits.delimiter ?? '\t' });
  }
}
