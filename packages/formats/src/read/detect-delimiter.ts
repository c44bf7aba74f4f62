import { TenetsConfigError } from '@tenets/core';

/** Delimiters tried when a CSV file's delimiter is not given, in order of preference on a tie. */
export const delimiterCandidates = [',', ';', '\t', '|'] as const;

const sampleRecords = 10;

/** Field-separator counts (outside quotes) of the first records of `text`; the last, possibly cut, record is dropped. */
function countPerRecord(text: string, delimiter: string): number[] {
  const counts: number[] = [];
  let count = 0;
  let inQuotes = false;
  for (let index = 0; index < text.length && counts.length < sampleRecords; index += 1) {
    const character = text[index];
    if (character === '"') inQuotes = !inQuotes;
    else if (!inQuotes && character === delimiter) count += 1;
    else if (!inQuotes && character === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  if (counts.length === 0) counts.push(count);
  return counts;
}

/**
 * Picks the delimiter of a CSV file from its first records: the candidate that appears in the header and
 * splits the most of the following records into the same number of fields (then: more fields; then the
 * order `,` `;` tab `|`). A file with none of them in its header is read with `,` (one column).
 */
export function detectDelimiter(head: Buffer): string {
  const text = head.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  let best: { delimiter: string; consistent: number; fields: number } | undefined;
  for (const delimiter of delimiterCandidates) {
    const [header, ...rest] = countPerRecord(text, delimiter);
    if (header === 0) continue;
    const consistent = rest.filter((count) => count === header).length;
    if (best === undefined || consistent > best.consistent || (consistent === best.consistent && header > best.fields)) best = { delimiter, consistent, fields: header };
  }
  return best?.delimiter ?? ',';
}

const delimiterNames: Record<string, string> = { tab: '\t', '\\t': '\t', semicolon: ';', comma: ',', pipe: '|' };

/**
 * Reads a `delimiter` option (`--delimiter`): one character, or `tab` (also `\t` as typed), `semicolon`,
 * `comma`, `pipe`; `auto` or undefined means detect. Throws `TenetsConfigError` for anything else.
 */
export function parseDelimiter(value: string | undefined): string | undefined {
  if (value === undefined || value === 'auto') return undefined;
  const named = delimiterNames[value];
  if (named !== undefined) return named;
  if ([...value].length !== 1 || value === '"' || value === '\n' || value === '\r') {
    throw new TenetsConfigError({ message: `delimiter ${JSON.stringify(value)} is not one character`, hint: 'e.g. --delimiter ";" or --delimiter tab (or leave it out: the delimiter is detected from the header)' });
  }
  return value;
}
