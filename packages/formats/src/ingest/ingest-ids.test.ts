import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeParseJsonText } from '../read/parse-json-text.ts';
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

async function outcomes(name: string, content: string): Promise<string[]> {
  const file = await temp.write(name, content);
  return (await collect(ingestFiles({ files: [file] }))).map((item) => (item.kind === 'feedback' ? `kept ${JSON.stringify(item.record.id)}` : `${item.reject.reason} line ${item.reject.line}`));
}

describe('ids are kept exactly as given', () => {
  it('safeParseJsonText keeps integers beyond 2^53 as their digits, and leaves other numbers alone', () => {
    expect(safeParseJsonText('{"id":9007199254740993,"n":[-12345678901234567890,1.5,9007199254740991],"f":0.12345678901234567}')).toEqual({
      success: true,
      value: { id: '9007199254740993', n: ['-12345678901234567890', 1.5, 9007199254740991], f: 0.12345678901234567 },
    });
  });

  it('JSONL: 9007199254740993 and 9007199254740992 are two ids, not a duplicate', async () => {
    expect(await outcomes('big.jsonl', '{"id":9007199254740993,"critique":"a"}\n{"id":9007199254740992,"critique":"b"}\n{"id":9007199254740993,"critique":"c"}\n')).toEqual([
      'kept "9007199254740993"',
      'kept "9007199254740992"',
      'duplicate id line 3',
    ]);
  });

  it('JSON arrays and CSV keep the digits too', async () => {
    expect(await outcomes('big.json', '[{"id":12345678901234567891,"critique":"a"},\n{"id":12345678901234567892,"critique":"b"}]')).toEqual(['kept "12345678901234567891"', 'kept "12345678901234567892"']);
    expect(await outcomes('big.csv', 'id,critique\n9007199254740993,a\n9007199254740992,b\n')).toEqual(['kept "9007199254740993"', 'kept "9007199254740992"']);
  });

  it('does not trim ids: "  spaced id  " and "spaced id" are different rows; a blank id is absent', async () => {
    expect(await outcomes('spaced.jsonl', '{"id":"  spaced id  ","critique":"a"}\n{"id":"spaced id","critique":"b"}\n{"id":"   ","critique":"c"}\n')).toEqual([
      'kept "  spaced id  "',
      'kept "spaced id"',
      'kept "fb_d42c53dc790225a3"',
    ]);
  });
});
