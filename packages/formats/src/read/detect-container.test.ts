import { describe, expect, it } from 'vitest';
import { detectContainer, isUtf16 } from './detect-container.ts';

describe('detectContainer', () => {
  it('trusts known extensions, ignoring .gz', () => {
    expect(['a.jsonl', 'a.NDJSON', 'a.csv', 'a.tsv', 'a.jsonl.gz', 'a.csv.gz'].map((path) => detectContainer(path, Buffer.from('[')))).toEqual([
      'jsonl',
      'jsonl',
      'csv',
      'tsv',
      'jsonl',
      'csv',
    ]);
  });

  it('sniffs .json, unknown extensions and stdin from the first bytes', () => {
    const cases: [string, string][] = [
      ['export.json', '\uFEFF  [{"a": 1}]'],
      ['export.json', '{"a": 1}\n{"a": 2}\n'],
      ['export.json', '{\n  "data": []\n}'],
      ['export.json', '{"a": 1}'],
      ['-', 'critique,rating\nx,1\n'],
      ['-', '{"a": 1}\n'],
      ['feedback.log', '[1]'],
      ['empty.json', ''],
      ['empty.txt', '   '],
    ];
    expect(cases.map(([path, head]) => `${path} ${JSON.stringify(head.slice(0, 12)).replace('\uFEFF', '<BOM>')} → ${detectContainer(path, Buffer.from(head))}`)).toMatchInlineSnapshot(`
      [
        "export.json "<BOM>  [{\\"a\\": 1}" → json",
        "export.json "{\\"a\\": 1}\\n{\\"a" → jsonl",
        "export.json "{\\n  \\"data\\": " → json",
        "export.json "{\\"a\\": 1}" → json",
        "- "critique,rat" → csv",
        "- "{\\"a\\": 1}\\n" → jsonl",
        "feedback.log "[1]" → json",
        "empty.json "" → json",
        "empty.txt "   " → jsonl",
      ]
    `);
  });

  it('recognises UTF-16 byte-order marks', () => {
    expect([Buffer.from([0xff, 0xfe, 0x7b, 0]), Buffer.from([0xfe, 0xff]), Buffer.from('{}')].map(isUtf16)).toEqual([true, true, false]);
  });
});
