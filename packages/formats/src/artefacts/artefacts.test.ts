import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { TenetsInvalidInputError } from '@tenets/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { hashFile } from './hash-file.ts';
import { readJsonl } from './read-jsonl.ts';
import { writeJsonAtomic } from './write-json-atomic.ts';
import { writeJsonlAtomic } from './write-jsonl-atomic.ts';
import { writeTextAtomic } from './write-text-atomic.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

describe('artefact writers', () => {
  it('writes JSON with keys in the given order, 2-space indent and a trailing newline, creating directories', async () => {
    const written = await writeJsonAtomic(temp.join('run/nested/manifest.json'), { zeta: 1, alpha: { b: [1, 2], a: null } });
    expect(await readFile(written.path, 'utf8')).toBe('{\n  "zeta": 1,\n  "alpha": {\n    "b": [\n      1,\n      2\n    ],\n    "a": null\n  }\n}\n');
    expect(written.sha256).toBe(createHash('sha256').update(await readFile(written.path)).digest('hex'));
    expect(await hashFile(written.path)).toEqual({ path: written.path, sha256: written.sha256, bytes: written.bytes });
  });

  it('redacts secret-like values by default and says how many', async () => {
    const key = `sk-proj-${'x1Y2'.repeat(10)}`;
    const redacted = await writeTextAtomic(temp.join('notes.md'), `Use ${key} here.\n`);
    const kept = await writeTextAtomic(temp.join('notes-raw.md'), `Use ${key} here.\n`, { redact: false });
    expect([await readFile(redacted.path, 'utf8'), redacted.redactions, kept.redactions]).toEqual(['Use [REDACTED:openai] here.\n', 1, 0]);
  });

  it('writes JSONL from an async iterable, and nothing at all when the iterable fails', async () => {
    async function* records(failAt?: number): AsyncGenerator<object> {
      for (let index = 0; index < 3; index += 1) {
        if (index === failAt) throw new Error('source failed');
        yield { index };
      }
    }
    const written = await writeJsonlAtomic(temp.join('jsonl/ok.jsonl'), records());
    expect([await readFile(written.path, 'utf8'), written.records]).toEqual(['{"index":0}\n{"index":1}\n{"index":2}\n', 3]);
    await expect(writeJsonlAtomic(temp.join('jsonl/failed.jsonl'), records(2))).rejects.toThrow('source failed');
    expect(await readdir(temp.join('jsonl'))).toEqual(['ok.jsonl']);
  });
});

describe('readJsonl', () => {
  const schema = z.object({ id: z.string(), count: z.number().int() });

  it('validates each line and reports bad ones with line, zod path and reason', async () => {
    const file = await temp.write('artefact.jsonl', '{"id":"a","count":1}\n\n{"id":"b","count":"two"}\n{"id":\n{"id":"c","count":3}\n');
    const { records, rejects } = await readJsonl(file, schema);
    expect(records).toEqual([
      { id: 'a', count: 1 },
      { id: 'c', count: 3 },
    ]);
    expect(rejects.map(({ file: path, ...reject }) => ({ ...reject, file: path.replace(temp.path, '<tmp>') }))).toMatchInlineSnapshot(`
      [
        {
          "field": "count",
          "file": "<tmp>/artefact.jsonl",
          "line": 3,
          "message": ""count" must be a number, got a string ("two")",
          "raw": "{"id":"b","count":"two"}",
          "reason": "wrong type",
        },
        {
          "file": "<tmp>/artefact.jsonl",
          "line": 4,
          "message": "not valid JSON: Unexpected end of JSON input",
          "raw": "{"id":",
          "reason": "invalid JSON",
        },
      ]
    `);
  });

  it('throws at the first bad line when strict, and on a missing file', async () => {
    const file = await temp.write('strict-artefact.jsonl', '{"id":"a","count":1.5}\n');
    await expect(readJsonl(file, schema, { strict: true })).rejects.toBeInstanceOf(TenetsInvalidInputError);
    await expect(readJsonl(temp.join('nope.jsonl'), schema)).rejects.toThrow(/no such file/);
  });
});
