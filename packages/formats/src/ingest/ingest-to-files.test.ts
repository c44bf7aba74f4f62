import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { feedbackSchema } from '@tenets/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFile } from '../artefacts/hash-file.ts';
import { readJsonl } from '../artefacts/read-jsonl.ts';
import { rejectSchema } from '../reject/reject.ts';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { ingestToFiles } from './ingest-to-files.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

describe('ingestToFiles', () => {
  it('writes feedback and rejects JSONL and returns counts and input hashes', async () => {
    const input = await temp.write('in.jsonl', `${JSON.stringify({ id: 'a', critique: 'Too wordy' })}\nnot json\n${JSON.stringify({ id: 'b', score: 1 })}\n`);
    const result = await ingestToFiles({ files: [input], out: temp.join('out/feedback.jsonl') });
    // Outputs name the (random) temp path, so their hashes are checked against the files rather than snapshotted.
    for (const written of [result.out, result.rejectsOut]) {
      const { sha256, bytes } = await hashFile(written.path);
      expect([written.sha256, written.bytes]).toEqual([sha256, bytes]);
      Object.assign(written, { sha256: '<checked>', bytes: '<checked>' });
    }
    expect(JSON.parse(JSON.stringify(result).replaceAll(temp.path, '<tmp>'))).toMatchInlineSnapshot(`
      {
        "inputs": [
          {
            "bytes": 64,
            "path": "<tmp>/in.jsonl",
            "sha256": "4599ab6aab8db56ae7b6739e141392938c8ca62557192dfc1fc44bc3d6a82df9",
          },
        ],
        "out": {
          "bytes": "<checked>",
          "path": "<tmp>/out/feedback.jsonl",
          "records": 1,
          "redactions": 0,
          "sha256": "<checked>",
        },
        "rejectsOut": {
          "bytes": "<checked>",
          "path": "<tmp>/out/feedback.jsonl.rejects.jsonl",
          "records": 2,
          "sha256": "<checked>",
        },
        "summary": {
          "exploded": 0,
          "files": [
            {
              "bytes": 64,
              "container": "jsonl",
              "encoding": "utf-8",
              "exploded": 0,
              "kept": 1,
              "path": "<tmp>/in.jsonl",
              "ratingsOnly": 1,
              "records": 3,
              "rejected": 1,
              "rows": 3,
              "sha256": "4599ab6aab8db56ae7b6739e141392938c8ca62557192dfc1fc44bc3d6a82df9",
              "shape": "generic",
              "skippedBlank": 0,
            },
          ],
          "kept": 1,
          "notes": [],
          "notesByKind": {},
          "ratingsOnly": 1,
          "records": 3,
          "rejectGroups": [
            {
              "count": 1,
              "first": {
                "file": "<tmp>/in.jsonl",
                "line": 2,
                "message": "not valid JSON: Unexpected token 'o', "not json" is not valid JSON",
              },
              "reason": "invalid JSON",
            },
          ],
          "rejected": 1,
          "rejectedByReason": {
            "invalid JSON": 1,
          },
          "rows": 3,
          "skippedBlank": 0,
        },
      }
    `);
    const feedback = await readJsonl(temp.join('out/feedback.jsonl'), feedbackSchema);
    const rejects = await readJsonl(temp.join('out/feedback.jsonl.rejects.jsonl'), rejectSchema);
    expect([feedback.records.map((record) => record.id), feedback.rejects, rejects.records.map((reject) => reject.reason)]).toEqual([['a'], [], ['invalid JSON', 'rating without critique']]);
  });

  it('writes byte-identical outputs on a re-run', async () => {
    const input = await temp.write('rerun.jsonl', ['one', 'two', 'one'].map((critique) => JSON.stringify({ critique })).join('\n'));
    await ingestToFiles({ files: [input], out: temp.join('rerun/a.jsonl') });
    await ingestToFiles({ files: [input], out: temp.join('rerun/b.jsonl') });
    expect(await readFile(temp.join('rerun/a.jsonl'), 'utf8')).toBe(await readFile(temp.join('rerun/b.jsonl'), 'utf8'));
  });

  it('leaves no partial or temporary file when strict mode stops it, and keeps an older output', async () => {
    const input = await temp.write('strict.jsonl', `${JSON.stringify({ critique: 'fine' })}\n{broken\n`);
    await mkdir(temp.join('strict-out'));
    await writeFile(temp.join('strict-out/feedback.jsonl'), 'previous run\n');
    await expect(ingestToFiles({ files: [input], out: temp.join('strict-out/feedback.jsonl'), strict: true })).rejects.toThrow(/line 2: invalid JSON/);
    expect(await readdir(temp.join('strict-out'))).toEqual(['feedback.jsonl']);
    expect(await readFile(temp.join('strict-out/feedback.jsonl'), 'utf8')).toBe('previous run\n');
  });

  it('lists context files with their hashes among the inputs and writes their bad rows to the rejects file', async () => {
    const scores = await temp.write('scores.jsonl', `${JSON.stringify({ id: 's1', trace_id: 't1', name: 'x', value: 0, data_type: 'NUMERIC', comment: 'Off topic' })}\n`);
    const traces = await temp.write('traces.jsonl', `${JSON.stringify({ id: 't1', input: 'Q', output: 'A' })}\n${JSON.stringify({ input: 'no id' })}\n`);
    const result = await ingestToFiles({ files: [scores], context: [traces], out: temp.join('context/feedback.jsonl') });
    expect(result.inputs.map((input) => input.path)).toEqual([scores, traces]);
    expect(result.inputs[1].sha256).toBe((await hashFile(traces)).sha256);
    const [record] = (await readJsonl(result.out.path, feedbackSchema, { strict: true })).records;
    expect(record.context).toEqual({ prompt: 'Q', response: 'A' });
    expect((await readJsonl(result.rejectsOut.path, rejectSchema, { strict: true })).records.map((reject) => [reject.file, reject.line, reject.reason])).toEqual([[traces, 2, 'missing field']]);
  });

  it('writes rejects to the given path and redacts secrets in their snippets', async () => {
    const key = `sk-${'Q'.repeat(32)}`;
    const input = await temp.write('secret.jsonl', `{"critique": "my key is ${key}",\n`);
    await ingestToFiles({ files: [input], out: temp.join('secret/out.jsonl'), rejectsOut: temp.join('secret/bad.jsonl') });
    const rejects = await readFile(temp.join('secret/bad.jsonl'), 'utf8');
    expect(rejects).not.toContain(key);
    expect(JSON.parse(rejects).raw).toBe('{"critique": "my key is [REDACTED:openai]",');
  });
});
