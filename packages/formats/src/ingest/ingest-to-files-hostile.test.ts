import { readFile } from 'node:fs/promises';
import type { PipelineEvent } from '@tenets/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { ingestToFiles } from './ingest-to-files.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

// Fake keys built at run time so no secret-shaped literal sits in the repository.
const key = (tail: string) => `sk-proj-${'A1b2C3d4'.repeat(4)}${tail}`;
const rawControl = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

async function readLines(path: string): Promise<unknown[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

describe('ingestToFiles on hostile rows', () => {
  it('rejects a row nested 5,000 levels deep and writes every other row of every file', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const first = await temp.write('deep.jsonl', [JSON.stringify({ id: 'keep-1', critique: 'Fine.' }), `{"id":"deep","critique":"Deep.","metadata":${deep}}`, JSON.stringify({ id: 'keep-2', critique: 'Also fine.' })].join('\n'));
    const second = await temp.write('deep.csv', `id,critique,metadata\nkeep-3,Kept too,"${deep.replaceAll('"', '""')}"\nkeep-4,Kept as well,{}\n`);
    const result = await ingestToFiles({ files: [first, second], out: temp.join('deep/feedback.jsonl') });
    const kept = (await readLines(result.out.path)) as { id: string }[];
    const rejects = (await readLines(result.rejectsOut.path)) as { line: number; reason: string; message: string }[];
    expect(kept.map((record) => record.id)).toEqual(['keep-1', 'keep-2', 'keep-4']);
    expect(rejects.map((reject) => `${reject.line} ${reject.reason}: ${reject.message}`)).toMatchInlineSnapshot(`
      [
        "2 too deeply nested: the row nests objects or arrays more than 100 levels deep; flatten it (the other rows are read as usual)",
        "2 too deeply nested: a field nests objects or arrays more than 100 levels deep; flatten it (the other rows are read as usual)",
      ]
    `);
    expect([result.summary.kept, result.summary.rejected, result.summary.rejectedByReason]).toEqual([3, 2, { 'too deeply nested': 2 }]);
  });

  it('redacts parsed values before writing, keeps secret-like ids exactly (noted per row), and leaks nothing into messages', async () => {
    const events: PipelineEvent[] = [];
    const input = await temp.write(
      'secrets.jsonl',
      [
        JSON.stringify({ id: key('01'), critique: `first line\n${key('02')}`, metadata: { note: `tab\t${key('03')}` } }),
        JSON.stringify({ id: key('04'), critique: 'A second secret-like id must not collide with the first.' }),
        JSON.stringify({ id: key('01'), critique: 'Duplicate of a secret-like id.' }),
        JSON.stringify({ id: 'wrong-type', critique: 'Rating is a key.', rating: key('05') }),
      ].join('\n'),
    );
    const result = await ingestToFiles({ files: [input], out: temp.join('secrets/feedback.jsonl'), redact: true, onEvent: (event) => void events.push(event) });
    const everything = [await readFile(result.out.path, 'utf8'), await readFile(result.rejectsOut.path, 'utf8'), JSON.stringify(events), JSON.stringify(result.summary)].join('\n');
    for (const tail of ['02', '03', '05']) expect(everything.includes(key(tail)), tail).toBe(false);
    expect(everything.includes(key('01').slice(0, 16))).toBe(true); // Only in the output file, as the kept id.
    const kept = (await readLines(result.out.path)) as { id: string; critique: string; metadata: { note: string } }[];
    expect(kept.map((record) => [record.id === key('01') || record.id === key('04'), record.critique, record.metadata.note])).toMatchInlineSnapshot(`
      [
        [
          true,
          "first line
      [REDACTED:openai]",
          "tab	[REDACTED:openai]",
        ],
        [
          true,
          "A second secret-like id must not collide with the first.",
          undefined,
        ],
      ]
    `);
    expect(result.out.redactions).toBe(2);
    const rejects = (await readLines(result.rejectsOut.path)) as { message: string }[];
    expect(rejects.map((reject) => reject.message)).toMatchInlineSnapshot(`
      [
        "id "[REDACTED:openai]" was already used by an earlier row; this later row is left out",
        ""rating" must be a number or "up"/"down", got a string ("[REDACTED:openai]"); if the ratings are labels, list them lowest first with --rating-scale",
      ]
    `);
    expect(result.summary.notes.map((note) => `${note.line} ${note.kind}: ${note.message}`)).toMatchInlineSnapshot(`
      [
        "1 secret-like id: id "[REDACTED:openai]" looks like a credential; it is kept as given (ids are never redacted, so no two ids collide) and appears unredacted in the output",
        "2 secret-like id: id "[REDACTED:openai]" looks like a credential; it is kept as given (ids are never redacted, so no two ids collide) and appears unredacted in the output",
      ]
    `);
  });

  it('escapes terminal control characters in file names, ids and snippets of messages and events; files hold no raw control character', async () => {
    const events: PipelineEvent[] = [];
    const input = await temp.write('evil\u001b[31mname\u009b.jsonl', [JSON.stringify({ id: 'dup\u001b[2J', critique: 'one' }), JSON.stringify({ id: 'dup\u001b[2J', critique: 'two' }), 'not json \u0000 \u001b]0;title\u0007', JSON.stringify({ critique: 5, id: 'x\u009b' })].join('\n'));
    const result = await ingestToFiles({ files: [input], out: temp.join('control/feedback.jsonl'), onEvent: (event) => void events.push(event) });
    const printed = events.map((event) => ('message' in event ? `${'itemId' in event ? `${event.itemId} ` : ''}${event.message}` : '')).filter((text) => text !== '');
    expect(printed.map((text) => text.replace(temp.path, '<tmp>'))).toMatchInlineSnapshot(`
      [
        "<tmp>/evil\\x1B[31mname\\x9B.jsonl:2 id "dup\\u001b[2J" was already used by an earlier row; this later row is left out",
        "<tmp>/evil\\x1B[31mname\\x9B.jsonl:3 not valid JSON: Unexpected token 'o', "not json \\x00 "... is not valid JSON",
        "<tmp>/evil\\x1B[31mname\\x9B.jsonl:4 "critique" must be a string, got a number",
        "<tmp>/evil\\x1B[31mname\\x9B.jsonl: jsonl, generic rows",
      ]
    `);
    for (const text of printed) expect(rawControl.test(text), text).toBe(false);
    for (const path of [result.out.path, result.rejectsOut.path]) expect(rawControl.test(await readFile(path, 'utf8')), path).toBe(false);
  });
});
