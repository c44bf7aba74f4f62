import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Preference } from '@tenets/core';
import { collect } from '../test/collect.ts';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { annotatedPairsComparisonId, annotatedPairsHash, pythonJsonDumps } from '../export/annotated-pairs/annotated-pairs-ids.ts';
import { toAnnotatedPairs } from '../export/annotated-pairs/to-annotated-pairs.ts';
import { isAnnotatedPairsFile, readAnnotatedPairs } from './read-annotated-pairs.ts';
import { readPreferences } from './read-preferences.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

const records = async (files: string[], map?: Record<string, string>) =>
  (await collect(readPreferences({ files, ...(map ? { map } : {}) }))).map((item) => (item.kind === 'preference' ? item.record : { reject: { ...item.reject, file: '<file>' } }));

const sharedData = [process.env.TENETS_SHARED_DATA, resolve(import.meta.dirname, '../../../../../shared/data'), resolve(import.meta.dirname, '../../../../../../shared/data')].find(
  (path): path is string => path !== undefined && existsSync(resolve(path, 'icai-synthetic')),
);

describe('preference readers', () => {
  it('reads ICAI CSV: preferred_text, model columns, ties of both kinds, extra columns as metadata, the instruction split off', async () => {
    const csv = await temp.write(
      'icai.csv',
      [
        ',text_a,text_b,preferred_text,model_a,model_b,annotator',
        '0,"Instruction: Pick?\n\nOutput: Blue.","Instruction: Pick?\n\nOutput: Green.",text_b,m1,m2,ann1',
        '1,Plain A,Plain B,tie,,,ann2',
        '2,x,y,tie (bothbad),,,ann2',
        '3,x,,text_a,,,ann3',
      ].join('\n'),
    );
    expect(await records([csv])).toMatchInlineSnapshot(`
      [
        {
          "id": "pref_9e61c994e0662485",
          "metadata": {
            "annotator": "ann1",
          },
          "modelA": "m1",
          "modelB": "m2",
          "preferred": "b",
          "prompt": "Pick?",
          "textA": "Blue.",
          "textB": "Green.",
        },
        {
          "id": "pref_9206f9960a23393d",
          "metadata": {
            "annotator": "ann2",
          },
          "preferred": "tie",
          "textA": "Plain A",
          "textB": "Plain B",
        },
        {
          "id": "pref_beed5035d1520a37",
          "metadata": {
            "annotator": "ann2",
          },
          "preferred": "both_bad",
          "textA": "x",
          "textB": "y",
        },
        {
          "reject": {
            "field": "textB",
            "file": "<file>",
            "line": 9,
            "message": ""textB" is missing",
            "raw": "3,x,,text_a,,,ann3",
            "reason": "missing field",
          },
        },
      ]
    `);
  });

  it('reads TRL preference rows: strings, message lists with an implicit prompt, and --map', async () => {
    const jsonl = await temp.write(
      'trl.jsonl',
      [
        { prompt: 'Capital of France?', chosen: 'Paris.', rejected: 'Lyon.' },
        {
          chosen: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello! How can I help?' }],
          rejected: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'What.' }],
        },
        { prompt: [{ role: 'system', content: 'Be brief.' }], chosen: [{ role: 'assistant', content: 'Yes.' }], rejected: [{ role: 'assistant', content: 'Well, perhaps, yes.' }] },
        { q: 'Which?', left: 'L', right: 'R', who: 'b' },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const read = await records([jsonl], {});
    expect(read.slice(0, 3)).toMatchInlineSnapshot(`
      [
        {
          "id": "pref_6628da52f6aab97e",
          "metadata": {},
          "preferred": "a",
          "prompt": "Capital of France?",
          "textA": "Paris.",
          "textB": "Lyon.",
        },
        {
          "id": "pref_2c7bbe3d1c21d53d",
          "metadata": {},
          "preferred": "a",
          "prompt": "user: Hi",
          "textA": "Hello! How can I help?",
          "textB": "What.",
        },
        {
          "id": "pref_190d7c1aff6d9dbd",
          "metadata": {},
          "preferred": "a",
          "prompt": "system: Be brief.",
          "textA": "Yes.",
          "textB": "Well, perhaps, yes.",
        },
      ]
    `);
    const mapped = await records([jsonl], { prompt: 'q', textA: 'left', textB: 'right', preferred: 'who' });
    expect(mapped[3]).toMatchObject({ prompt: 'Which?', textA: 'L', textB: 'R', preferred: 'b' });
  });

  it('round-trips canonical preference JSONL', async () => {
    const pairs: Preference[] = [
      { id: 'p1', prompt: 'Q', textA: 'A', textB: 'B', preferred: 'a', modelA: 'm1', modelB: 'm2', critique: 'A is direct', metadata: { user: 'u1' } },
      { id: 'p2', textA: 'C', textB: 'D', preferred: 'both_bad', metadata: {} },
    ];
    const file = await temp.write('canonical.jsonl', pairs.map((pair) => JSON.stringify(pair)).join('\n'));
    expect(await records([file])).toEqual(pairs);
  });
});

describe('AnnotatedPairs v2.0', () => {
  it('computes ids as Feedback Forensics does (values computed with Python hashlib/json.dumps)', () => {
    expect(annotatedPairsHash('test')).toBe('098f6bcd');
    expect(annotatedPairsHash('Default annotator from original dataset (from column `preferred_text`)')).toBe('ba751e7b');
    const a = { text: 'Café — ok "q"\n', model: 'gpt-4o' };
    const b = { text: 'Plain 😀 text\t/' };
    expect(pythonJsonDumps(a)).toBe('{"model": "gpt-4o", "text": "Caf\\u00e9 \\u2014 ok \\"q\\"\\n"}');
    expect(annotatedPairsComparisonId('What? 🙂', a, b)).toBe('97edf36c');
    expect(annotatedPairsComparisonId(null, a, b)).toBe('9a961a5e');
  });

  it('writes votes relative to the label, never NaN, and reads back the same pairs', async () => {
    const pairs: Preference[] = [
      { id: 'p1', prompt: 'Q', textA: 'cat story', textB: 'dog story', preferred: 'a', modelA: 'm1', metadata: { score: Number.NaN, n: 3, tags: ['x'] } },
      { id: 'p2', textA: 'green', textB: 'blue', preferred: 'b', metadata: {} },
      { id: 'p3', textA: 'same', textB: 'same too', preferred: 'tie', metadata: {} },
    ];
    const exported = toAnnotatedPairs({
      pairs,
      principles: [{ id: 'r1', text: 'Select the response that mentions "cat"' }],
      votes: [
        { pairId: 'p1', principleId: 'r1', vote: 'for' },
        { pairId: 'p2', principleId: 'r1', vote: 'neither' },
      ],
      datasetName: 'unit',
      createdAt: '2026-01-01T00:00:00Z',
    });
    const text = JSON.stringify(exported, null, 2);
    expect(text).not.toContain('NaN');
    expect(exported.comparisons.map((comparison) => [comparison.id, comparison.annotations, comparison.metadata])).toMatchInlineSnapshot(`
      [
        [
          "55e86b72",
          {
            "8a0f8b2f": {
              "pref": "a",
            },
            "ba751e7b": {
              "pref": "a",
            },
          },
          {
            "n": "3",
            "score": "",
            "tags": "["x"]",
            "tenets_pair_id": "p1",
          },
        ],
        [
          "e3fa1156",
          {
            "8a0f8b2f": {
              "no_pref_reason": "neither",
              "pref": null,
            },
            "ba751e7b": {
              "pref": "b",
            },
          },
          {
            "tenets_pair_id": "p2",
          },
        ],
      ]
    `);
    const file = await temp.write('pairs.json', text);
    expect(await isAnnotatedPairsFile(file)).toBe(true);
    const back = await readAnnotatedPairs(file);
    expect(back.rejects).toEqual([]);
    expect(back.annotators).toEqual({ '8a0f8b2f': { description: 'Select the response that mentions "cat"', type: 'principle' } });
    expect(back.preferences.map(({ id, metadata, ...rest }) => ({ ...rest, pairId: metadata.tenets_pair_id }))).toEqual(
      pairs.filter((pair) => pair.preferred !== 'tie').map(({ id, metadata, ...rest }) => ({ ...rest, pairId: id })).sort((left, right) => (left.pairId === 'p1' ? -1 : right.pairId === 'p1' ? 1 : 0)),
    );
  });

  it('refuses v1.0 and rejects a bad comparison with its place', async () => {
    const v1 = await temp.write('v1.json', JSON.stringify({ metadata: { version: '1.0' }, annotators: {}, comparisons: [] }));
    await expect(readAnnotatedPairs(v1)).rejects.toThrow('AnnotatedPairs version "1.0" is not supported');
    const exported = toAnnotatedPairs({ pairs: [{ id: 'p', textA: 'a', textB: 'b', preferred: 'a', metadata: {} }], datasetName: 'x', createdAt: '2026-01-01T00:00:00Z' });
    const broken = { ...exported, comparisons: [...exported.comparisons, { id: 'zz', prompt: null, response_a: { text: 1 }, response_b: { text: 'b' }, annotations: {} }] };
    const file = await temp.write('broken.json', JSON.stringify(broken));
    const read = await readAnnotatedPairs(file);
    expect(read.preferences).toHaveLength(1);
    expect(read.rejects.map((reject) => [reject.line, reject.field, reject.reason])).toEqual([[2, 'comparisons.1.response_a.text', 'wrong type']]);
  });
});

describe.skipIf(sharedData === undefined)('ICAI synthetic data', () => {
  it('reads all 30 orthogonal pairs with the instruction as prompt', async () => {
    const read = (await records([resolve(sharedData!, 'icai-synthetic/synthetic_data_orthogonal_adcbg.csv')])) as Preference[];
    expect(read).toHaveLength(30);
    expect(new Set(read.map((pair) => pair.prompt))).toEqual(new Set(['Please write a funny short story about a human and their pet.', 'Should I pick this blue t-shirt or the green one?', 'Which ice cream flavor should I pick?']));
    expect(read.filter((pair) => pair.preferred === 'a')).toHaveLength(13);
    expect(read.every((pair) => !pair.textA.startsWith('Instruction:'))).toBe(true);
  });
});
