import { describe, expect, it } from 'vitest';
import { collect } from '../test/collect.ts';
import { detectBinary } from './detect-binary.ts';
import { detectDelimiter, parseDelimiter } from './detect-delimiter.ts';
import { detectEncoding, utf16ToUtf8 } from './detect-encoding.ts';

const utf16 = (text: string) => Buffer.from(text, 'utf16le');

describe('detectEncoding', () => {
  it('reads byte-order marks (UTF-32 before UTF-16) and the zero-byte pattern of BOM-less UTF-16', () => {
    const cases = [
      Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]),
      Buffer.from([0, 0, 0xfe, 0xff]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('{}')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16('{}')).swap16()]),
      utf16('{"id":"a","critique":"b"}'),
      Buffer.from(utf16('{"id":"a","critique":"b"}')).swap16(),
      Buffer.from('{"id":"a","critique":"nul \u0000 inside"}'),
      Buffer.from('x'),
    ];
    expect(cases.map((head) => detectEncoding(head))).toEqual([
      { encoding: 'utf-32le', bomLength: 4 },
      { encoding: 'utf-32be', bomLength: 4 },
      { encoding: 'utf-16le', bomLength: 2 },
      { encoding: 'utf-16be', bomLength: 2 },
      { encoding: 'utf-16le', bomLength: 0 },
      { encoding: 'utf-16be', bomLength: 0 },
      { encoding: 'utf-8', bomLength: 0 },
      { encoding: 'utf-8', bomLength: 0 },
    ]);
  });

  it('decodes UTF-16 split at odd byte positions across chunks', async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16('été 太长 👍\n')).swap16()]);
    async function* oddChunks() {
      for (let index = 0; index < bytes.length; index += 3) yield bytes.subarray(index, index + 3);
    }
    expect(Buffer.concat(await collect(utf16ToUtf8(oddChunks(), 'utf-16be', 2))).toString('utf8')).toBe('été 太长 👍\n');
  });
});

describe('detectDelimiter and parseDelimiter', () => {
  it('picks the delimiter that splits the records consistently, ignoring quoted text', () => {
    const heads = ['id,critique\n1,a\n', 'id;critique;rating\n1;"a, b";2\n2;c, d;3\n', 'id\tcritique\n1\ta, b\n', 'id|critique\n1|a\n', 'critique\nonly one column, with a comma\n'];
    expect(heads.map((head) => detectDelimiter(Buffer.from(head)))).toEqual([',', ';', '\t', '|', ',']);
  });

  it('reads names and single characters, and refuses the rest', () => {
    expect(['auto', 'tab', '\\t', ';', 'semicolon', 'pipe'].map(parseDelimiter)).toEqual([undefined, '\t', '\t', ';', ';', '|']);
    expect(() => parseDelimiter('"')).toThrow('cannot be used: give one character');
  });
});

describe('detectBinary', () => {
  it('names zip/xlsx, bzip2 and SQLite, and leaves text alone', () => {
    expect([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('BZh91AY'), Buffer.from('SQLite format 3\0…'), Buffer.from('{"a":1}')].map((head) => detectBinary(head)?.name)).toEqual([
      'a zip archive (an Excel .xlsx workbook is one)',
      'bzip2-compressed',
      'an SQLite database',
      undefined,
    ]);
  });
});
