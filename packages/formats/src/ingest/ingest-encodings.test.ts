import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../test/collect.ts';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { ingestFiles } from './ingest-files.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

async function run(name: string, content: Buffer | string, options: { delimiter?: string } = {}) {
  const file = await temp.write(name, content);
  const ingestion = ingestFiles({ files: [file], ...options });
  const items = (await collect(ingestion)).map((item) => (item.kind === 'feedback' ? `${item.record.source?.line} kept ${item.record.id}: ${item.record.critique}` : `${item.reject.line} ${item.reject.reason}: ${item.reject.message}`));
  const [summary] = ingestion.summary().files;
  return { items, file: { container: summary.container, encoding: summary.encoding, compression: summary.compression, delimiter: summary.delimiter } };
}

const jsonl = '{"id":"a","critique":"First"}\n{"id":"b","critique":"Second, été 太长"}\n';
const swap = (buffer: Buffer) => Buffer.from(buffer).swap16();

describe('encodings and compression', () => {
  it('reads gzip by its magic bytes, whatever the file is called', async () => {
    expect(await run('really-gzip.jsonl', gzipSync(jsonl))).toMatchInlineSnapshot(`
      {
        "file": {
          "compression": "gzip",
          "container": "jsonl",
          "delimiter": undefined,
          "encoding": "utf-8",
        },
        "items": [
          "1 kept a: First",
          "2 kept b: Second, été 太长",
        ],
      }
    `);
  });

  it('keeps the rows before a cut-off gzip stream and says it is cut off', async () => {
    const rows = Array.from({ length: 2000 }, (_, index) => JSON.stringify({ id: `r${index}`, critique: `Critique number ${index} ${'x'.repeat(index % 50)}` })).join('\n');
    const compressed = gzipSync(rows);
    const { items } = await run('cut.jsonl.gz', compressed.subarray(0, Math.floor(compressed.length / 2)));
    const kept = items.filter((item) => item.includes(' kept '));
    expect(kept.length).toBeGreaterThan(500);
    expect(kept.slice(0, 2)).toEqual(['1 kept r0: Critique number 0', '2 kept r1: Critique number 1 x']);
    expect(items.at(-1)).toMatch(/^\d+ invalid gzip: the gzip data is corrupt or cut off after [\d,]+ decompressed bytes \(unexpected end of file\); the rows before were read$/);
  });

  it('decodes UTF-16 LE and BE, with and without a byte-order mark', async () => {
    const le = Buffer.from(jsonl, 'utf16le');
    for (const [name, bytes] of [
      ['le-bom.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['le.jsonl', le],
      ['be-bom.jsonl', Buffer.concat([Buffer.from([0xfe, 0xff]), swap(le)])],
      ['be.jsonl', swap(le)],
    ] as const) {
      const result = await run(name, bytes);
      expect(result.items, name).toEqual(['1 kept a: First', '2 kept b: Second, été 太长']);
      expect(result.file.encoding, name).toBe(name.startsWith('le') ? 'utf-16le' : 'utf-16be');
    }
    const excel = await run('excel.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('critique\thelpful\r\nToo long\tno\r\n', 'utf16le')]));
    expect(excel).toMatchObject({ items: ['2 kept fb_3f6c8e4a527b2dff: Too long'], file: { encoding: 'utf-16le', delimiter: '\t' } });
  });

  it('names UTF-32 in the reject instead of calling it invalid JSON', async () => {
    const { items } = await run('wide.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('{}')]));
    expect(items).toEqual(['1 invalid UTF-8: the file is UTF-32 LE encoded, which is not read; convert it to UTF-8 (e.g. iconv -f UTF-32 -t UTF-8)']);
  });
});

describe('CSV dialects', () => {
  it('detects semicolon, tab and pipe delimiters from the header, and takes --delimiter', async () => {
    const semicolon = await run('semicolon.csv', 'id;critique;rating\ns1;Too long, really;2\ns2;"Quoted; with a semicolon";4\n');
    expect(semicolon).toMatchObject({ items: ['2 kept s1: Too long, really', '3 kept s2: Quoted; with a semicolon'], file: { delimiter: ';' } });
    expect((await run('tabs.csv', 'id\tcritique\nt1\tTabbed, with comma\n')).file.delimiter).toBe('\t');
    expect((await run('pipes.txt', 'id|critique\np1|Piped\n')).items).toEqual(['2 kept p1: Piped']);
    const forced = await run('forced.csv', 'id;critique\nf1;one\n', { delimiter: 'semicolon' });
    expect(forced.items).toEqual(['2 kept f1: one']);
    expect(() => ingestFiles({ files: [], delimiter: ';;' })).toThrow('delimiter ";;" is not one character');
  });

  it('says where an unclosed quote opened and how many lines it swallowed, and recovers the good rows after it', async () => {
    const { items } = await run(
      'unclosed.csv',
      ['id,critique,rating', 'u1,fine,1', 'u2,"never closed,1', 'u3,good row after,2', '', 'u4,"another, quoted",3', 'u5,second "open,4', 'u6,"opens again,5', 'u7,last good,6', ''].join('\n'),
    );
    expect(items).toMatchInlineSnapshot(`
      [
        "2 kept u1: fine",
        "3 invalid CSV row: a quote opened on line 3 (field 2, "critique") only closes on line 6, swallowing the next 3 lines, which were read again as rows (CSV_RECORD_INCONSISTENT_COLUMNS)",
        "4 kept u3: good row after",
        "6 kept u4: another, quoted",
        "7 kept u5: second "open",
        "8 invalid CSV row: a quote opened on line 8 (field 2, "critique") is never closed; it swallowed the next line (to line 9), which was read again as rows (CSV_QUOTE_NOT_CLOSED)",
        "9 kept u7: last good",
      ]
    `);
  });
});
