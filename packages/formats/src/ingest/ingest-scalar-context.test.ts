import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../test/collect.ts';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { ingestFiles } from './ingest-files.ts';
import { formatRejectSummary } from './ingest-summary.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

describe('a string where an object is expected', () => {
  it('reads a CSV `context` column of text as context.prompt (noted), JSON text as its parts, a JSON list as messages', async () => {
    const file = await temp.write(
      'support.csv',
      [
        'id,critique,context',
        'r1,Too long,How do I reset my password?',
        'r2,Wrong answer,"{""prompt"":""Refund?"",""response"":""No."",""channel"":""web""}"',
        'r3,Rude,"[{""role"":""human"",""content"":""hi""},{""role"":""ai"",""content"":""what""}]"',
      ].join('\n'),
    );
    const ingestion = ingestFiles({ files: [file] });
    const records = (await collect(ingestion)).map((item) => (item.kind === 'feedback' ? [item.record.id, item.record.context, item.record.metadata] : item.reject.message));
    expect(records).toMatchInlineSnapshot(`
      [
        [
          "r1",
          {
            "prompt": "How do I reset my password?",
          },
          {},
        ],
        [
          "r2",
          {
            "prompt": "Refund?",
            "response": "No.",
          },
          {
            "context": {
              "channel": "web",
            },
          },
        ],
        [
          "r3",
          {
            "messages": [
              {
                "content": "hi",
                "role": "user",
              },
              {
                "content": "what",
                "role": "assistant",
              },
            ],
          },
          {},
        ],
      ]
    `);
    expect(ingestion.summary().notes.map((note) => `${note.line} ${note.kind}: ${note.message}`)).toMatchInlineSnapshot(`
      [
        "2 context text read as prompt: column "context" holds text, read as context.prompt; if it is the response, pass --map context.response=context",
      ]
    `);
  });

  it('names the --map fix when the row has a prompt already, and groups the rejects by reason with a first example', async () => {
    const rows = ['id,critique,prompt,context', ...Array.from({ length: 512 }, (_, index) => `r${index},Critique ${index},Question ${index},Answer ${index}`)];
    const file = await temp.write('ambiguous.csv', rows.join('\n'));
    const ingestion = ingestFiles({ files: [file] });
    await collect(ingestion);
    const summary = ingestion.summary();
    expect([summary.kept, summary.rejected]).toEqual([0, 512]);
    expect(formatRejectSummary(summary, { rejectsPath: 'out/feedback.jsonl.rejects.jsonl' }).map((line) => line.replace(temp.path, '<tmp>'))).toMatchInlineSnapshot(`
      [
        "rejected 512 rows (every row); top reasons:",
        "  wrong type 512 (first: <tmp>/ambiguous.csv:2 [context] "context" must be an object with prompt, response, messages or trajectory, got a string ("Answer 0"); the row has a prompt already, so say what this text is: --map context.response=context (or --map metadata.context=context to keep it aside))",
        "all rejects: out/feedback.jsonl.rejects.jsonl",
      ]
    `);
    const fixed = ingestFiles({ files: [file], map: { 'context.response': 'context' } });
    const first = (await collect(fixed))[0];
    expect(first.kind === 'feedback' ? first.record.context : first).toEqual({ prompt: 'Question 0', response: 'Answer 0' });
    expect(fixed.summary().kept).toBe(512);
  });

  it('keeps a text `metadata` column as metadata.value, and text mapped to `context` goes to the prompt', async () => {
    const file = await temp.write('scalar.jsonl', `${JSON.stringify({ id: 'm1', critique: 'Fine', metadata: 'from the web form', channel: 'web' })}\n${JSON.stringify({ id: 'm2', critique: 'Fine', question_text: 'Where is it?' })}\n`);
    const ingestion = ingestFiles({ files: [file], map: { context: 'question_text' } });
    const records = (await collect(ingestion)).map((item) => (item.kind === 'feedback' ? [item.record.context, item.record.metadata] : item.reject.message));
    expect(records).toEqual([
      [undefined, { value: 'from the web form', channel: 'web' }],
      [{ prompt: 'Where is it?' }, {}],
    ]);
    expect(ingestion.summary().notesByKind).toEqual({ 'context text read as prompt': 1, 'scalar metadata kept as metadata.value': 1 });
  });
});
