import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../test/collect.ts';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { readPreferences } from './read-preferences.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

describe('readPreferences', () => {
  it('reads JSONL, chosen/rejected pairs, CSV and a JSON array, rejecting bad rows', async () => {
    const jsonl = await temp.write(
      'pairs.jsonl',
      [
        { id: 'p1', prompt: 'Refund?', textA: 'Sure, 5 days.', textB: 'Read the policy.', preferred: 'a', critique: 'A answers directly' },
        { prompt: 'Hi', chosen: 'Hello! How can I help?', rejected: 'What.' },
        { textA: 'x', textB: 'y', preferred: 'maybe' },
        { textA: 'only one side', preferred: 'a' },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const csv = await temp.write('pairs.csv', 'question,response_a,response_b,winner,source\nWhere?,Here,There,model_b,arena\n');
    const json = await temp.write('pairs.json', JSON.stringify([{ id: 9, text_a: 'a', text_b: 'b', preferred: 'TIE' }]));
    const items = await collect(readPreferences({ files: [jsonl, csv, json] }));
    expect(JSON.parse(JSON.stringify(items).replaceAll(temp.path, '<tmp>'))).toMatchInlineSnapshot(`
      [
        {
          "kind": "preference",
          "record": {
            "critique": "A answers directly",
            "id": "p1",
            "metadata": {},
            "preferred": "a",
            "prompt": "Refund?",
            "textA": "Sure, 5 days.",
            "textB": "Read the policy.",
          },
        },
        {
          "kind": "preference",
          "record": {
            "id": "pref_67d8efc9c5a02c59",
            "metadata": {},
            "preferred": "a",
            "prompt": "Hi",
            "textA": "Hello! How can I help?",
            "textB": "What.",
          },
        },
        {
          "kind": "reject",
          "reject": {
            "field": "preferred",
            "file": "<tmp>/pairs.jsonl",
            "line": 3,
            "message": ""preferred" must be "a", "b" or "tie", got a string ("maybe")",
            "raw": "{"textA":"x","textB":"y","preferred":"maybe"}",
            "reason": "wrong type",
          },
        },
        {
          "kind": "reject",
          "reject": {
            "field": "textB",
            "file": "<tmp>/pairs.jsonl",
            "line": 4,
            "message": ""textB" is missing",
            "raw": "{"textA":"only one side","preferred":"a"}",
            "reason": "missing field",
          },
        },
        {
          "kind": "preference",
          "record": {
            "id": "pref_104642c98611ce65",
            "metadata": {
              "source": "arena",
            },
            "preferred": "b",
            "prompt": "Where?",
            "textA": "Here",
            "textB": "There",
          },
        },
        {
          "kind": "preference",
          "record": {
            "id": "9",
            "metadata": {},
            "preferred": "tie",
            "textA": "a",
            "textB": "b",
          },
        },
      ]
    `);
  });

  it('refuses score formats', () => {
    expect(() => readPreferences({ files: [], format: 'langfuse' })).toThrow('format "langfuse" holds scores, not pairwise preferences');
  });
});
