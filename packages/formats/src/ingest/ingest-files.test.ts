import { gzipSync } from 'node:zlib';
import { TenetsInvalidInputError, type PipelineEvent } from '@tenets/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../test/collect.ts';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { ingestFiles, type FeedbackIngestItem } from './ingest-files.ts';
import { formatIngestSummary } from './ingest-summary.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

/** Items with the temp directory replaced by `<tmp>`, so snapshots do not depend on it. */
function portable(items: FeedbackIngestItem[]): unknown[] {
  return JSON.parse(JSON.stringify(items).replaceAll(temp.path, '<tmp>'));
}

describe('ingestFiles: generic rows', () => {
  it('recognises common column names and keeps unknown columns in metadata', async () => {
    const file = await temp.write(
      'aliases.jsonl',
      [
        { id: 7, comment: 'Too long, get to the point', question: 'How do I reset?', answer: 'Well, first…', score: '2', user_id: 'u1', created_at: 1714557600, channel: 'web' },
        { feedback: 'Great answer', input: { question: 'Refunds?' }, output: 'Within 5 days', thumbs: 'up' },
        { critique: 'Wrong tool', context: { messages: [{ role: 'human', content: [{ type: 'text', text: 'hi' }] }, { role: 'ai', content: 'hello' }] } },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    expect(portable(await collect(ingestFiles({ files: [file] })))).toMatchInlineSnapshot(`
      [
        {
          "kind": "feedback",
          "record": {
            "context": {
              "prompt": "How do I reset?",
              "response": "Well, first…",
            },
            "createdAt": "2024-05-01T10:00:00.000Z",
            "critique": "Too long, get to the point",
            "id": "7",
            "metadata": {
              "channel": "web",
            },
            "rating": 2,
            "source": {
              "file": "<tmp>/aliases.jsonl",
              "line": 1,
            },
            "user": "u1",
          },
        },
        {
          "kind": "feedback",
          "record": {
            "context": {
              "prompt": "Refunds?",
              "response": "Within 5 days",
            },
            "critique": "Great answer",
            "id": "fb_c59a3d5fc6664132",
            "metadata": {},
            "rating": "up",
            "source": {
              "file": "<tmp>/aliases.jsonl",
              "line": 2,
            },
          },
        },
        {
          "kind": "feedback",
          "record": {
            "context": {
              "messages": [
                {
                  "content": "hi",
                  "role": "user",
                },
                {
                  "content": "hello",
                  "role": "assistant",
                },
              ],
            },
            "critique": "Wrong tool",
            "id": "fb_36405a19ede4e1a7",
            "metadata": {},
            "source": {
              "file": "<tmp>/aliases.jsonl",
              "line": 3,
            },
          },
        },
      ]
    `);
  });

  it('applies a field map with dotted paths on both sides, overriding the aliases', async () => {
    const file = await temp.write(
      'mapped.jsonl',
      `${JSON.stringify({ note: 'Do not promise dates', comment: 'ignored because critique is mapped', run: { inputs: { q: 'When?' }, answer: 'Tomorrow' }, stars: 1, team: 'support' })}\n`,
    );
    const items = await collect(
      ingestFiles({ files: [file], map: { critique: 'note', 'context.prompt': 'run.inputs.q', 'context.response': 'run.answer', rating: 'stars', 'metadata.team': 'team' } }),
    );
    expect(portable(items)).toMatchInlineSnapshot(`
      [
        {
          "kind": "feedback",
          "record": {
            "context": {
              "prompt": "When?",
              "response": "Tomorrow",
            },
            "critique": "Do not promise dates",
            "id": "fb_d429071aad0aeb00",
            "metadata": {
              "comment": "ignored because critique is mapped",
              "team": "support",
            },
            "rating": 1,
            "source": {
              "file": "<tmp>/mapped.jsonl",
              "line": 1,
            },
          },
        },
      ]
    `);
  });

  it('reads CSV with quoted fields, CRLF and a JSON cell, numbering lines as an editor does', async () => {
    const file = await temp.write(
      'feedback.csv',
      '\uFEFFid,critique,rating,context.prompt,messages\r\n' +
        'c1,"Said ""sorry"" three times",down,"Where is my order?",\r\n' +
        'c2,"Line one\r\nline two",3,,"[{""role"":""user"",""content"":""hi""}]"\r\n' +
        '\r\n' +
        'c3,too,many,fields,here,!\r\n' +
        'c4,Fine,5,,\r\n',
    );
    const ingestion = ingestFiles({ files: [file] });
    expect(portable(await collect(ingestion))).toMatchInlineSnapshot(`
      [
        {
          "kind": "feedback",
          "record": {
            "context": {
              "prompt": "Where is my order?",
            },
            "critique": "Said "sorry" three times",
            "id": "c1",
            "metadata": {},
            "rating": "down",
            "source": {
              "file": "<tmp>/feedback.csv",
              "line": 2,
            },
          },
        },
        {
          "kind": "feedback",
          "record": {
            "context": {
              "messages": [
                {
                  "content": "hi",
                  "role": "user",
                },
              ],
            },
            "critique": "Line one
      line two",
            "id": "c2",
            "metadata": {},
            "rating": 3,
            "source": {
              "file": "<tmp>/feedback.csv",
              "line": 3,
            },
          },
        },
        {
          "kind": "reject",
          "reject": {
            "file": "<tmp>/feedback.csv",
            "line": 6,
            "message": "the row has a different number of fields than the header (CSV_RECORD_INCONSISTENT_COLUMNS)",
            "raw": "c3,too,many,fields,here,!",
            "reason": "invalid CSV row",
          },
        },
        {
          "kind": "feedback",
          "record": {
            "critique": "Fine",
            "id": "c4",
            "metadata": {},
            "rating": 5,
            "source": {
              "file": "<tmp>/feedback.csv",
              "line": 7,
            },
          },
        },
      ]
    `);
    expect(formatIngestSummary(ingestion.summary())).toMatchInlineSnapshot(`"ingest: 4 rows from 1 file → 3 kept, 1 rejected (invalid CSV row 1), 1 blank line skipped"`);
  });
});

describe('ingestFiles: Langfuse and LangSmith', () => {
  it('recognises Langfuse API scores (camelCase, JSON page with data array)', async () => {
    const file = await temp.write(
      'langfuse-api.json',
      JSON.stringify(
        {
          data: [
            { id: 'lf-1', traceId: 't-1', observationId: 'o-1', name: 'user-feedback', value: 0, dataType: 'BOOLEAN', source: 'API', comment: 'Ignored my refund question', authorUserId: null, timestamp: '2024-05-01T10:00:00.000Z', stringValue: 'False' },
            { id: 'lf-2', traceId: 't-2', name: 'helpfulness', value: 0.25, dataType: 'NUMERIC', source: 'EVAL', comment: 'Vague answer', timestamp: '2024-05-01T10:00:01.000Z' },
            { id: 'lf-3', traceId: 't-3', name: 'note', value: 0, dataType: 'TEXT', source: 'ANNOTATION', stringValue: 'Too formal for chat', authorUserId: 'reviewer-1' },
            { id: 'lf-4', traceId: 't-4', name: 'fix', value: 0, dataType: 'CORRECTION', source: 'ANNOTATION', stringValue: 'Refunds take 5 days.', comment: 'Quoted the wrong policy' },
            { id: 'lf-5', traceId: 't-5', name: 'thumbs', value: 1, dataType: 'BOOLEAN', source: 'API' },
          ],
          meta: { page: 1 },
        },
        null,
        1,
      ),
    );
    const ingestion = ingestFiles({ files: [file] });
    expect(portable(await collect(ingestion))).toMatchInlineSnapshot(`
      [
        {
          "kind": "feedback",
          "record": {
            "createdAt": "2024-05-01T10:00:00.000Z",
            "critique": "Ignored my refund question",
            "id": "lf-1",
            "metadata": {
              "dataType": "BOOLEAN",
              "label": "False",
              "name": "user-feedback",
              "observationId": "o-1",
              "raw": {
                "authorUserId": null,
                "comment": "Ignored my refund question",
                "dataType": "BOOLEAN",
                "id": "lf-1",
                "name": "user-feedback",
                "observationId": "o-1",
                "source": "API",
                "stringValue": "False",
                "timestamp": "2024-05-01T10:00:00.000Z",
                "traceId": "t-1",
                "value": 0,
              },
              "scoreSource": "API",
              "traceId": "t-1",
            },
            "origin": "human",
            "rating": "down",
            "source": {
              "file": "<tmp>/langfuse-api.json",
              "line": 3,
            },
            "sourceSystem": "langfuse",
            "targetId": "o-1",
          },
        },
        {
          "kind": "feedback",
          "record": {
            "createdAt": "2024-05-01T10:00:01.000Z",
            "critique": "Vague answer",
            "id": "lf-2",
            "metadata": {
              "dataType": "NUMERIC",
              "name": "helpfulness",
              "raw": {
                "comment": "Vague answer",
                "dataType": "NUMERIC",
                "id": "lf-2",
                "name": "helpfulness",
                "source": "EVAL",
                "timestamp": "2024-05-01T10:00:01.000Z",
                "traceId": "t-2",
                "value": 0.25,
              },
              "scoreSource": "EVAL",
              "traceId": "t-2",
            },
            "origin": "machine",
            "rating": 0.25,
            "source": {
              "file": "<tmp>/langfuse-api.json",
              "line": 16,
            },
            "sourceSystem": "langfuse",
            "targetId": "t-2",
          },
        },
        {
          "kind": "feedback",
          "record": {
            "critique": "Too formal for chat",
            "id": "lf-3",
            "metadata": {
              "dataType": "TEXT",
              "name": "note",
              "raw": {
                "authorUserId": "reviewer-1",
                "dataType": "TEXT",
                "id": "lf-3",
                "name": "note",
                "source": "ANNOTATION",
                "stringValue": "Too formal for chat",
                "traceId": "t-3",
                "value": 0,
              },
              "scoreSource": "ANNOTATION",
              "traceId": "t-3",
            },
            "origin": "human",
            "source": {
              "file": "<tmp>/langfuse-api.json",
              "line": 26,
            },
            "sourceSystem": "langfuse",
            "targetId": "t-3",
            "user": "reviewer-1",
          },
        },
        {
          "kind": "feedback",
          "record": {
            "correction": "Refunds take 5 days.",
            "critique": "Quoted the wrong policy",
            "id": "lf-4",
            "metadata": {
              "dataType": "CORRECTION",
              "name": "fix",
              "raw": {
                "comment": "Quoted the wrong policy",
                "dataType": "CORRECTION",
                "id": "lf-4",
                "name": "fix",
                "source": "ANNOTATION",
                "stringValue": "Refunds take 5 days.",
                "traceId": "t-4",
                "value": 0,
              },
              "scoreSource": "ANNOTATION",
              "traceId": "t-4",
            },
            "origin": "human",
            "source": {
              "file": "<tmp>/langfuse-api.json",
              "line": 36,
            },
            "sourceSystem": "langfuse",
            "targetId": "t-4",
          },
        },
        {
          "kind": "reject",
          "reject": {
            "field": "critique",
            "file": "<tmp>/langfuse-api.json",
            "line": 46,
            "message": "a rating without critique text (looked in "comment", "stringValue (TEXT scores)"); counted as rating only",
            "raw": "{
         "id": "lf-5",
         "traceId": "t-5",
         "name": "thumbs",
         "value": 1,
         "dataType": "BOOLEAN",
         "source": "API"
        }",
            "reason": "rating without critique",
          },
        },
      ]
    `);
    expect(ingestion.summary().files.map((summary) => [summary.container, summary.shape, summary.ratingsOnly])).toEqual([['json', 'langfuse', 1]]);
  });

  it('recognises a Langfuse snake_case CSV export', async () => {
    const file = await temp.write(
      'scores.csv',
      'id,trace_id,observation_id,name,value,string_value,data_type,source,comment,author_user_id,timestamp,environment\n' +
        'sc-1,tr-1,,user-feedback,1,True,BOOLEAN,API,"Clear, short answer",,2024-05-01 10:00:00.123456,production\n' +
        'sc-2,tr-2,ob-2,tone,2,rude,CATEGORICAL,ANNOTATION,Sounded annoyed,annotator-7,2024-05-01 10:00:02.000000,production\n' +
        'sc-3,tr-3,,accuracy,0.9,,NUMERIC,EVAL,,,2024-05-01 10:00:03.000000,production\n',
    );
    expect(portable(await collect(ingestFiles({ files: [file] })))).toMatchInlineSnapshot(`
      [
        {
          "kind": "feedback",
          "record": {
            "createdAt": "2024-05-01T10:00:00.123456Z",
            "critique": "Clear, short answer",
            "id": "sc-1",
            "metadata": {
              "dataType": "BOOLEAN",
              "environment": "production",
              "label": "True",
              "name": "user-feedback",
              "raw": {
                "comment": "Clear, short answer",
                "data_type": "BOOLEAN",
                "environment": "production",
                "id": "sc-1",
                "name": "user-feedback",
                "source": "API",
                "string_value": "True",
                "timestamp": "2024-05-01 10:00:00.123456",
                "trace_id": "tr-1",
                "value": "1",
              },
              "scoreSource": "API",
              "traceId": "tr-1",
            },
            "origin": "human",
            "rating": "up",
            "source": {
              "file": "<tmp>/scores.csv",
              "line": 2,
            },
            "sourceSystem": "langfuse",
            "targetId": "tr-1",
          },
        },
        {
          "kind": "feedback",
          "record": {
            "createdAt": "2024-05-01T10:00:02.000000Z",
            "critique": "Sounded annoyed",
            "id": "sc-2",
            "metadata": {
              "dataType": "CATEGORICAL",
              "environment": "production",
              "label": "rude",
              "name": "tone",
              "observationId": "ob-2",
              "raw": {
                "author_user_id": "annotator-7",
                "comment": "Sounded annoyed",
                "data_type": "CATEGORICAL",
                "environment": "production",
                "id": "sc-2",
                "name": "tone",
                "observation_id": "ob-2",
                "source": "ANNOTATION",
                "string_value": "rude",
                "timestamp": "2024-05-01 10:00:02.000000",
                "trace_id": "tr-2",
                "value": "2",
              },
              "scoreSource": "ANNOTATION",
              "traceId": "tr-2",
            },
            "origin": "human",
            "source": {
              "file": "<tmp>/scores.csv",
              "line": 3,
            },
            "sourceSystem": "langfuse",
            "targetId": "ob-2",
            "user": "annotator-7",
          },
        },
        {
          "kind": "reject",
          "reject": {
            "field": "critique",
            "file": "<tmp>/scores.csv",
            "line": 4,
            "message": "a rating without critique text (looked in "comment", "stringValue (TEXT scores)"); counted as rating only",
            "raw": "sc-3,tr-3,,accuracy,0.9,,NUMERIC,EVAL,,,2024-05-01 10:00:03.000000,production",
            "reason": "rating without critique",
          },
        },
      ]
    `);
  });

  it('recognises LangSmith feedback, including a CSV with a JSON feedback_source cell', async () => {
    const jsonl = await temp.write(
      'langsmith.jsonl',
      [
        { id: 'ls-1', run_id: 'run-1', trace_id: 'trace-1', key: 'correctness', score: 0, value: null, comment: 'Quoted last year’s prices', correction: { outputs: { answer: 'Prices rose 5% in March.' } }, feedback_source: { type: 'app', user_id: 'user-9' }, created_at: '2024-06-01T00:00:00Z' },
        { id: 'ls-2', run_id: 'run-2', key: 'tone', score: true, value: 'friendly', comment: 'Warm and polite', feedback_source: { type: 'model' }, created_at: '2024-06-01T00:00:01Z' },
        { id: 'ls-3', run_id: 'run-3', key: 'user_score', score: 1, comment: '', feedback_source: { type: 'api' } },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const csv = await temp.write('langsmith.csv', 'id,run_id,key,score,comment,feedback_source\nls-4,run-4,helpfulness,0.5,"Missed the second question","{""type"": ""model""}"\n');
    expect(portable(await collect(ingestFiles({ files: [jsonl, csv] })))).toMatchInlineSnapshot(`
      [
        {
          "kind": "feedback",
          "record": {
            "correction": "Prices rose 5% in March.",
            "createdAt": "2024-06-01T00:00:00Z",
            "critique": "Quoted last year’s prices",
            "id": "ls-1",
            "metadata": {
              "feedbackSourceType": "app",
              "key": "correctness",
              "raw": {
                "comment": "Quoted last year’s prices",
                "correction": {
                  "outputs": {
                    "answer": "Prices rose 5% in March.",
                  },
                },
                "created_at": "2024-06-01T00:00:00Z",
                "feedback_source": {
                  "type": "app",
                  "user_id": "user-9",
                },
                "id": "ls-1",
                "key": "correctness",
                "run_id": "run-1",
                "score": 0,
                "trace_id": "trace-1",
                "value": null,
              },
              "runId": "run-1",
              "traceId": "trace-1",
            },
            "origin": "human",
            "rating": 0,
            "source": {
              "file": "<tmp>/langsmith.jsonl",
              "line": 1,
            },
            "sourceSystem": "langsmith",
            "targetId": "run-1",
            "user": "user-9",
          },
        },
        {
          "kind": "feedback",
          "record": {
            "createdAt": "2024-06-01T00:00:01Z",
            "critique": "Warm and polite",
            "id": "ls-2",
            "metadata": {
              "feedbackSourceType": "model",
              "key": "tone",
              "raw": {
                "comment": "Warm and polite",
                "created_at": "2024-06-01T00:00:01Z",
                "feedback_source": {
                  "type": "model",
                },
                "id": "ls-2",
                "key": "tone",
                "run_id": "run-2",
                "score": true,
                "value": "friendly",
              },
              "runId": "run-2",
              "value": "friendly",
            },
            "origin": "machine",
            "rating": "up",
            "source": {
              "file": "<tmp>/langsmith.jsonl",
              "line": 2,
            },
            "sourceSystem": "langsmith",
            "targetId": "run-2",
          },
        },
        {
          "kind": "reject",
          "reject": {
            "field": "critique",
            "file": "<tmp>/langsmith.jsonl",
            "line": 3,
            "message": "a rating without critique text (looked in "comment"); counted as rating only",
            "raw": "{"id":"ls-3","run_id":"run-3","key":"user_score","score":1,"comment":"","feedback_source":{"type":"api"}}",
            "reason": "rating without critique",
          },
        },
        {
          "kind": "feedback",
          "record": {
            "critique": "Missed the second question",
            "id": "ls-4",
            "metadata": {
              "feedbackSourceType": "model",
              "key": "helpfulness",
              "raw": {
                "comment": "Missed the second question",
                "feedback_source": "{"type": "model"}",
                "id": "ls-4",
                "key": "helpfulness",
                "run_id": "run-4",
                "score": "0.5",
              },
              "runId": "run-4",
            },
            "origin": "machine",
            "rating": 0.5,
            "source": {
              "file": "<tmp>/langsmith.csv",
              "line": 2,
            },
            "sourceSystem": "langsmith",
            "targetId": "run-4",
          },
        },
      ]
    `);
  });

  it('forces a shape with --format even when the keys would not say', async () => {
    const file = await temp.write('forced.jsonl', `${JSON.stringify({ id: 'x', comment: 'Slow', value: 3 })}\n`);
    const [item] = await collect(ingestFiles({ files: [file], format: 'langfuse' }));
    expect(item.kind === 'feedback' && [item.record.sourceSystem, item.record.rating]).toEqual(['langfuse', 3]);
  });
});

describe('ingestFiles: files', () => {
  it('reads gzip-compressed logs and hashes the compressed bytes', async () => {
    const content = `${JSON.stringify({ critique: 'Compressed and fine' })}\n`;
    const file = await temp.write('logs.jsonl.gz', gzipSync(content));
    const ingestion = ingestFiles({ files: [file] });
    const items = await collect(ingestion);
    const [summary] = ingestion.summary().files;
    expect([items.map((item) => item.kind), summary.container, summary.bytes]).toEqual([['feedback'], 'jsonl', gzipSync(content).length]);
  });

  it('gives the same items in batches as one by one', async () => {
    const file = await temp.write('batches.jsonl', ['a', 'b', '', 'c'].map((critique) => (critique ? JSON.stringify({ critique }) : '{')).join('\n'));
    const oneByOne = await collect(ingestFiles({ files: [file] }));
    const batched = (await collect(ingestFiles({ files: [file] }).batches())).flat();
    expect(batched).toEqual(oneByOne);
    expect(oneByOne.map((item) => item.kind)).toEqual(['feedback', 'feedback', 'reject', 'feedback']);
  });
});

describe('ingestFiles: ids', () => {
  it('derives the same ids on every run and numbers identical rows', async () => {
    const file = await temp.write('no-ids.jsonl', ['too slow', 'too slow', 'wrong answer'].map((critique) => JSON.stringify({ critique })).join('\n'));
    const ids = async () => (await collect(ingestFiles({ files: [file] }))).map((item) => (item.kind === 'feedback' ? item.record.id : item.reject.reason));
    const first = await ids();
    expect(first).toMatchInlineSnapshot(`
      [
        "fb_7df4c4d19ae8e142",
        "fb_7df4c4d19ae8e142-2",
        "fb_1417dc0fc8338dfc",
      ]
    `);
    expect(await ids()).toEqual(first);
  });

  it('rejects a later row that repeats an input id, across files', async () => {
    const first = await temp.write('ids-1.jsonl', `${JSON.stringify({ id: 'a', critique: 'one' })}\n`);
    const second = await temp.write('ids-2.jsonl', `${JSON.stringify({ id: 'b', critique: 'two' })}\n${JSON.stringify({ id: 'a', critique: 'three' })}\n`);
    const items = await collect(ingestFiles({ files: [first, second] }));
    expect(portable(items.filter((item) => item.kind === 'reject'))).toMatchInlineSnapshot(`
      [
        {
          "kind": "reject",
          "reject": {
            "field": "id",
            "file": "<tmp>/ids-2.jsonl",
            "line": 2,
            "message": "id "a" was already used by an earlier row; this later row is left out",
            "raw": "{"id":"a","critique":"three"}",
            "reason": "duplicate id",
          },
        },
      ]
    `);
  });
});

describe('ingestFiles: strict mode, limits, events', () => {
  it('throws at the first bad row in strict mode, naming file, line and field', async () => {
    const file = await temp.write('strict.jsonl', `${JSON.stringify({ critique: 'fine' })}\n${JSON.stringify({ rating: 3 })}\n${JSON.stringify({ critique: 'ok', rating: 'great' })}\n`);
    const error = await collect(ingestFiles({ files: [file], strict: true })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TenetsInvalidInputError);
    const invalid = error as TenetsInvalidInputError;
    expect([invalid.message.replace(temp.path, '<tmp>'), invalid.line, invalid.field, invalid.hint]).toMatchInlineSnapshot(`
      [
        "<tmp>/strict.jsonl, line 3, field "rating": wrong type: "rating" must be a number or "up"/"down", got a string ("great"); if the ratings are labels, list them lowest first with --rating-scale",
        3,
        "rating",
        "fix the row, or run without --strict to write bad rows to the rejects file and go on",
      ]
    `);
  });

  it('skips a line over the limit while streaming and keeps the rows around it', async () => {
    const huge = JSON.stringify({ critique: 'z'.repeat(17 * 1024 * 1024) });
    const file = await temp.write('huge-line.jsonl', `${JSON.stringify({ critique: 'before' })}\n${huge}\n${JSON.stringify({ critique: 'after' })}\n`);
    const items = await collect(ingestFiles({ files: [file] }));
    expect(items.map((item) => (item.kind === 'feedback' ? item.record.critique : `${item.reject.line} ${item.reject.reason}: ${item.reject.message} [raw ${item.reject.raw.length} chars]`))).toMatchInlineSnapshot(`
      [
        "before",
        "2 line too large: line is 17 MB, over the 16 MB limit; it was skipped without being read [raw 1830 chars]",
        "after",
      ]
    `);
  });

  it('rejects a field over 10 MB on a line under the line limit, naming the field', async () => {
    const file = await temp.write('big-field.jsonl', `${JSON.stringify({ critique: 'ok', context: { response: 'r'.repeat(10 * 1024 * 1024 + 1) } })}\n`);
    const [item] = await collect(ingestFiles({ files: [file] }));
    expect(item.kind === 'reject' && [item.reject.field, item.reject.reason, item.reject.message]).toMatchInlineSnapshot(`
      [
        "context.response",
        "field too large",
        "field "context.response" is longer than the 10 MB limit per field",
      ]
    `);
  });

  it('reports start, rejects, per-file info and end through onEvent', async () => {
    const file = await temp.write('events.jsonl', `${JSON.stringify({ critique: 'fine' })}\n{oops\n`);
    const events: PipelineEvent[] = [];
    await collect(ingestFiles({ files: [file], onEvent: (event) => void events.push(event) }));
    expect(JSON.parse(JSON.stringify(events).replaceAll(temp.path, '<tmp>').replace(/"durationMs":[\d.e-]+/, '"durationMs":0'))).toMatchInlineSnapshot(`
      [
        {
          "stage": "ingest",
          "total": 26,
          "type": "stage-start",
        },
        {
          "itemId": "<tmp>/events.jsonl:2",
          "message": "not valid JSON: Expected property name or '}' in JSON at position 1 (line 1 column 2)",
          "reason": "invalid JSON",
          "stage": "ingest",
          "type": "item-failed",
        },
        {
          "message": "<tmp>/events.jsonl: jsonl, generic rows",
          "stage": "ingest",
          "type": "info",
        },
        {
          "counts": {
            "exploded": 0,
            "kept": 1,
            "ratingsOnly": 0,
            "records": 2,
            "rejected": 1,
            "rows": 2,
            "skippedBlank": 0,
          },
          "durationMs": 0,
          "stage": "ingest",
          "type": "stage-end",
        },
      ]
    `);
  });

  it('stops when aborted', async () => {
    const file = await temp.write('abort.jsonl', `${JSON.stringify({ critique: 'fine' })}\n`);
    const controller = new AbortController();
    controller.abort(new Error('stopped by test'));
    await expect(collect(ingestFiles({ files: [file], abortSignal: controller.signal }))).rejects.toThrow('stopped by test');
  });

  it('fails fast on a missing file and on an unknown map target', async () => {
    await expect(collect(ingestFiles({ files: [temp.join('missing.jsonl')] }))).rejects.toThrow(/cannot read the input file: no such file/);
    expect(() => ingestFiles({ files: [], map: { comment: 'critique' } })).toThrow('--map target "comment" is not a field of the record');
  });
});
