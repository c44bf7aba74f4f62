const signatures: readonly { bytes: readonly number[]; name: string; fix: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive (an Excel .xlsx workbook is one)', fix: 'export the sheet as CSV (File → Save As → CSV UTF-8), or unzip it' },
  { bytes: [0x42, 0x5a, 0x68], name: 'bzip2-compressed', fix: 'decompress it first (bunzip2), or recompress it with gzip' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'xz-compressed', fix: 'decompress it first (unxz), or recompress it with gzip' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], name: 'zstd-compressed', fix: 'decompress it first (unzstd), or recompress it with gzip' },
  { bytes: [0x50, 0x41, 0x52, 0x31], name: 'a Parquet file', fix: 'convert it to JSONL or CSV (e.g. with pandas or duckdb)' },
  { bytes: [...Buffer.from('SQLite format 3\0')], name: 'an SQLite database', fix: 'export the table as CSV or JSONL (sqlite3 -csv)' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document', fix: 'export the data itself as CSV or JSONL' },
];

/** Names a binary format that is not a log (zip/xlsx, bzip2, xz, zstd, Parquet, SQLite, PDF) from its magic bytes. */
export function detectBinary(head: Buffer): { name: string; fix: string } | undefined {
  const found = signatures.find((signature) => head.length >= signature.bytes.length && signature.bytes.every((byte, index) => head[index] === byte));
  return found ? { name: found.name, fix: found.fix } : undefined;
}
