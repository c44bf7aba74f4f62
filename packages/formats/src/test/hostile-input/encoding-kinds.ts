import { gzipSync } from 'node:zlib';
import { createCritiques, type HostileKind } from './hostile-kind.ts';

const critique = createCritiques(78);
const rows = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index + 1}`, critique: critique() }));
const jsonl = (records: { id: string }[]) => `${records.map((record) => JSON.stringify(record)).join('\n')}\n`;

function kind(name: string, file: string, what: string, bytes: Buffer, kept: string[], badLines: number[] = []): HostileKind {
  return { name, file, what, bytes, committed: true, kept, badLines };
}

/** Compression and text encodings other than plain UTF-8. */
export function encodingKinds(): HostileKind[] {
  const gzipRows = rows('gz', 3);
  const cutRows = rows('gzcut', 40);
  const cutGzip = gzipSync(jsonl(cutRows));
  const plainRows = rows('notgz', 2);
  const le = rows('le', 2);
  const leNoBom = rows('le-nobom', 2);
  const be = rows('be', 2);
  const beNoBom = rows('be-nobom', 2);
  const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
    const body = Buffer.from(text, 'utf16le');
    const ordered = bigEndian ? Buffer.from(body).swap16() : body;
    return bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ordered]) : ordered;
  };
  return [
    kind('gzip-as-jsonl', 'gzip-as-jsonl.jsonl', 'gzip-compressed data in a file named .jsonl', gzipSync(jsonl(gzipRows)), gzipRows.map((row) => row.id)),
    // Cutting off the 8-byte trailer leaves every row decodable, so the kept count is exact.
    kind('gzip-truncated', 'gzip-truncated.jsonl.gz', 'a .gz file whose last 8 bytes (the trailer) are missing', cutGzip.subarray(0, cutGzip.length - 8), cutRows.map((row) => row.id), [cutRows.length + 1]),
    kind('gz-not-gzip', 'gz-not-gzip.jsonl.gz', 'a .gz name on plain text', Buffer.from(jsonl(plainRows)), plainRows.map((row) => row.id)),
    kind('utf16le-bom', 'utf16le-bom.jsonl', 'UTF-16 little-endian with a byte-order mark', utf16(jsonl(le), false, true), le.map((row) => row.id)),
    kind('utf16le-no-bom', 'utf16le-no-bom.jsonl', 'UTF-16 little-endian without a byte-order mark', utf16(jsonl(leNoBom), false, false), leNoBom.map((row) => row.id)),
    kind('utf16be-bom', 'utf16be-bom.jsonl', 'UTF-16 big-endian with a byte-order mark', utf16(jsonl(be), true, true), be.map((row) => row.id)),
    kind('utf16be-no-bom', 'utf16be-no-bom.jsonl', 'UTF-16 big-endian without a byte-order mark', utf16(jsonl(beNoBom), true, false), beNoBom.map((row) => row.id)),
    kind('utf16-excel-tsv', 'utf16-excel-tsv.csv', 'Excel "Unicode text": UTF-16LE, BOM, tabs, CRLF', utf16('id\tcritique\r\nx-1\tToo long, really\r\nx-2\tFine\r\n', false, true), ['x-1', 'x-2']),
    kind('utf32', 'utf32.jsonl', 'UTF-32 little-endian with a byte-order mark (not read; the reject names it)', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('{', 'utf16le')]), [], [1]),
  ];
}
