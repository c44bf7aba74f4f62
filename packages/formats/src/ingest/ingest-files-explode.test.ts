import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TenetsConfigError, TenetsInvalidInputError, type Feedback } from '@tenets/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPreferences } from '../preferences/read-preferences.ts';
import type { Reject } from '../reject/reject.ts';
import { collect } from '../test/collect.ts';
import { createTempDir, type TempDir } from '../test/temp-dir.ts';
import { ingestFiles, type IngestFilesOptions } from './ingest-files.ts';
import { formatIngestSummary } from './ingest-summary.ts';

const fixture = fileURLToPath(new URL('./__fixtures__/parallel-feedback.json', import.meta.url));
const feedbackQaScale = ['Bad', 'Could be Improved', 'Acceptable', 'Excellent'];
/** The FeedbackQA mapping: the question is the prompt, the rated passage the response, two parallel lists. */
const feedbackQaOptions = {
  map: { critique: 'feedback', 'context.prompt': 'question', 'context.response': 'passage.reference.section_content' },
  explode: ['feedback', 'rating'],
} satisfies Partial<IngestFilesOptions>;

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir();
});
afterAll(async () => {
  await temp.remove();
});

async function ingest(options: IngestFilesOptions) {
  const ingestion = ingestFiles(options);
  const items = await collect(ingestion);
  const records = items.flatMap((item) => (item.kind === 'feedback' ? [item.record] : []));
  const rejects = items.flatMap((item) => (item.kind === 'reject' ? [item.reject] : []));
  return { records, rejects, summary: ingestion.summary() };
}

const brief = (record: Feedback) => ({ id: record.id, line: record.source?.line, critique: record.critique, rating: record.rating, metadata: record.metadata });
const briefReject = (reject: Reject) => ({ line: reject.line, element: reject.element, field: reject.field, reason: reject.reason, message: reject.message });

describe('ingestFiles with explode', () => {
  it('makes one record per element of parallel lists, with #element ids, the row line and the index in metadata', async () => {
    const { records, rejects, summary } = await ingest({ files: [fixture], ...feedbackQaOptions, ratingScale: feedbackQaScale });
    expect(records.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "critique": "Clear and short.",
          "id": "q1#0",
          "line": 2,
          "metadata": {
            "explodedIndex": 0,
            "ratingLabel": "Excellent",
          },
          "rating": 3,
        },
        {
          "critique": "Does not say how to ask for one.",
          "id": "q1#1",
          "line": 2,
          "metadata": {
            "explodedIndex": 1,
            "ratingLabel": "Could be Improved",
          },
          "rating": 1,
        },
        {
          "critique": "A single critique, not a list: says where the link is.",
          "id": "fb_673d7a55cd2a7cef",
          "line": 16,
          "metadata": {
            "ratingLabel": "Acceptable",
          },
          "rating": 2,
        },
        {
          "critique": "Points to the right page.",
          "id": "fb_fdc9f9958ad53760#0",
          "line": 22,
          "metadata": {
            "explodedIndex": 0,
            "ratingLabel": "Excellent",
          },
          "rating": 3,
        },
      ]
    `);
    expect(records[0].context).toEqual({ prompt: 'Can I get a refund?', response: 'Refunds are paid within 5 days.' });
    expect(rejects.map(briefReject)).toMatchInlineSnapshot(`
      [
        {
          "element": undefined,
          "field": "rating",
          "line": 9,
          "message": "the exploded columns must hold lists of the same length: "feedback" has 1 element, "rating" has 2 elements",
          "reason": "length mismatch",
        },
        {
          "element": undefined,
          "field": "critique",
          "line": 15,
          "message": "no critique text (looked in "feedback"); name the column with --map critique=<column>",
          "reason": "missing critique",
        },
        {
          "element": 1,
          "field": "critique",
          "line": 22,
          "message": "a rating without critique text (looked in "feedback"); counted as rating only",
          "reason": "rating without critique",
        },
        {
          "element": 2,
          "field": "rating",
          "line": 22,
          "message": ""rating" must be a number, "up"/"down" or a label of the rating scale (Bad, Could be Improved, Acceptable, Excellent), got a string ("Great")",
          "reason": "wrong type",
        },
      ]
    `);
    // Every reject carries the whole row it came from.
    expect(JSON.parse(rejects[3].raw)).toMatchObject({ question: 'Where is my order?' });
    expect(summary).toMatchObject({ rows: 5, exploded: 2, records: 8, kept: 4, rejected: 3, ratingsOnly: 1, rejectedByReason: { 'length mismatch': 1, 'missing critique': 1, 'wrong type': 1 } });
    expect(summary.records).toBe(summary.kept + summary.rejected + summary.ratingsOnly);
    expect(formatIngestSummary(summary)).toMatchInlineSnapshot(
      `"ingest: 5 rows from 1 file (2 exploded into 8 records) → 4 kept, 1 ratings only (no critique), 3 rejected (length mismatch 1, missing critique 1, wrong type 1)"`,
    );
  });

  it('gives the same ids on a re-run, and content ids that do not depend on the rating scale label spelling', async () => {
    const first = await ingest({ files: [fixture], ...feedbackQaOptions, ratingScale: feedbackQaScale });
    const again = await ingest({ files: [fixture], ...feedbackQaOptions, ratingScale: feedbackQaScale.map((label) => label.toUpperCase()) });
    expect(again.records.map((record) => record.id)).toEqual(first.records.map((record) => record.id));
  });

  it('without a rating scale keeps the usual rating handling (only thumbs words and numbers are ratings)', async () => {
    const { records, rejects, summary } = await ingest({ files: [fixture], ...feedbackQaOptions });
    // Every critique in the fixture has a label other than "Bad" beside it, so none is kept.
    expect(records).toEqual([]);
    expect(summary).toMatchObject({ records: 8, kept: 0, ratingsOnly: 1, rejected: 7 });
    expect(rejects.filter((reject) => reject.reason === 'wrong type').map((reject) => [reject.line, reject.element, reject.message])).toEqual([
      [2, 0, '"rating" must be a number or "up"/"down", got a string ("Excellent"); if the ratings are labels, list them lowest first with --rating-scale'],
      [2, 1, '"rating" must be a number or "up"/"down", got a string ("Could be Improved"); if the ratings are labels, list them lowest first with --rating-scale'],
      [16, undefined, '"rating" must be a number or "up"/"down", got a string ("Acceptable"); if the ratings are labels, list them lowest first with --rating-scale'],
      [22, 0, '"rating" must be a number or "up"/"down", got a string ("Excellent"); if the ratings are labels, list them lowest first with --rating-scale'],
      [22, 2, '"rating" must be a number or "up"/"down", got a string ("Great"); if the ratings are labels, list them lowest first with --rating-scale'],
    ]);
  });

  it('suggests --explode for a list where one value is expected', async () => {
    const { rejects } = await ingest({ files: [fixture], map: feedbackQaOptions.map, explode: ['feedback'] });
    expect(rejects[0]).toMatchObject({ line: 2, element: 0, field: 'rating', message: '"rating" must be a number or "up"/"down", got an array; for one record per element, add --explode rating' });
    const unexploded = await ingest({ files: [fixture], map: feedbackQaOptions.map });
    expect(unexploded.rejects[0]).toMatchObject({ line: 2, field: 'critique', message: '"critique" must be a string, got an array (from column "feedback"); for one record per element, add --explode feedback' });
  });

  it('suffixes input ids, so a repeated input id rejects every element of the later row', async () => {
    const file = await temp.write(
      'repeat.jsonl',
      [{ id: 'a', comments: ['one', 'two'] }, { id: 'a', comments: ['three'] }, { id: 'a#0', comment: 'clashes with an exploded id' }].map((row) => JSON.stringify(row)).join('\n'),
    );
    const { records, rejects, summary } = await ingest({ files: [file], map: { critique: 'comments' }, explode: ['comments'] });
    expect(records.map((record) => [record.id, record.critique])).toEqual([
      ['a#0', 'one'],
      ['a#1', 'two'],
    ]);
    expect(rejects.map((reject) => [reject.line, reject.element, reject.reason, reject.message])).toEqual([
      [2, 0, 'duplicate id', 'id "a#0" was already used by an earlier row; this later row is left out'],
      [3, undefined, 'missing critique', 'no critique text (looked in "comments"); name the column with --map critique=<column>'],
    ]);
    expect(summary).toMatchObject({ rows: 3, records: 4, exploded: 2 });
  });

  it('numbers identical elements apart and splits lists of objects reached by a dotted map', async () => {
    const file = await temp.write('objects.jsonl', JSON.stringify({ task: 'sum', notes: [{ text: 'off by one', by: 'ann' }, { text: 'off by one', by: 'ann' }] }));
    const { records } = await ingest({ files: [file], map: { critique: 'notes.text', user: 'notes.by', 'context.prompt': 'task' }, explode: ['notes'] });
    expect(records.map((record) => [record.id.replace(/^fb_[0-9a-f]{16}/, 'fb_<hash>'), record.critique, record.user, record.context?.prompt])).toEqual([
      ['fb_<hash>#0', 'off by one', 'ann', 'sum'],
      ['fb_<hash>#1', 'off by one', 'ann', 'sum'],
    ]);
  });

  it('reads lists from JSON cells in CSV', async () => {
    const file = await temp.write('lists.csv', 'question,feedback,rating\nRefunds?,"[""Clear."",""Too short.""]","[4,2]"\n');
    const { records } = await ingest({ files: [file], explode: ['feedback', 'rating'] });
    expect(records.map((record) => [record.id.slice(-2), record.critique, record.rating, record.context?.prompt, record.source?.line])).toEqual([
      ['#0', 'Clear.', 4, 'Refunds?', 2],
      ['#1', 'Too short.', 2, 'Refunds?', 2],
    ]);
  });

  it('names the element in strict mode', async () => {
    const rejected = ingest({ files: [fixture], ...feedbackQaOptions, strict: true, ratingScale: feedbackQaScale, explode: ['feedback', 'rating'] });
    await expect(rejected).rejects.toSatisfy((error: unknown) => error instanceof TenetsInvalidInputError && error.line === 9 && error.field === 'rating');
    await expect(rejected).rejects.toThrow('line 9, field "rating": length mismatch: the exploded columns must hold lists of the same length');
    const file = await temp.write('strict.jsonl', JSON.stringify({ feedback: ['fine', 'also fine', 42] }));
    await expect(ingest({ files: [file], explode: ['feedback'], strict: true })).rejects.toThrow(/line 1, field "critique": wrong type: element 2: "critique" must be a string/);
  });

  it('refuses bad options before reading', () => {
    expect(() => ingestFiles({ files: [fixture], explode: ['feedback', ' '] })).toThrow(TenetsConfigError);
    expect(() => ingestFiles({ files: [fixture], explode: ['a..b'] })).toThrow('explode column "a..b" is not a column name');
    expect(() => ingestFiles({ files: [fixture], ratingScale: ['Bad'] })).toThrow('a rating scale needs at least two labels');
    expect(() => ingestFiles({ files: [fixture], ratingScale: ['Bad', 'Good', 'bad '] })).toThrow('rating scale label "bad" appears twice');
    expect(() => readPreferences({ files: [fixture], ratingScale: feedbackQaScale })).toThrow(TenetsConfigError);
  });

  it('explodes preference rows too', async () => {
    const file = await temp.write('pairs.jsonl', JSON.stringify({ id: 'p', prompt: 'Hi', textA: 'Hello!', textB: 'What?', preferred: 'a', critique: ['friendlier', 'answers the greeting'] }));
    const preferences = (await collect(readPreferences({ files: [file], explode: ['critique'] }))).flatMap((item) => (item.kind === 'preference' ? [item.record] : []));
    expect(preferences.map((preference) => [preference.id, preference.critique, preference.metadata.explodedIndex])).toEqual([
      ['p#0', 'friendlier', 0],
      ['p#1', 'answers the greeting', 1],
    ]);
  });
});

// The real FeedbackQA WHO validation split (Li et al., 2022; Apache-2.0), shared with developers, not committed.
const feedbackQaWho = fileURLToPath(new URL('../../../../../shared/data/feedbackqa/WHO/feedback_valid.json', import.meta.url));

describe('ingestFiles on FeedbackQA (real data)', () => {
  it.skipIf(!existsSync(feedbackQaWho))('turns 129 rated answers into 258 feedback records, two per item, with no rejects', async () => {
    const { records, rejects, summary } = await ingest({ files: [feedbackQaWho], ...feedbackQaOptions, ratingScale: feedbackQaScale });
    expect(rejects).toEqual([]);
    expect(summary).toMatchObject({ rows: 129, exploded: 129, records: 258, kept: 258, rejected: 0, ratingsOnly: 0 });

    // Each item starts on a line holding only its opening brace (the file is indented by 6 spaces).
    const text = await readFile(feedbackQaWho, 'utf8');
    const itemLines = text.split('\n').flatMap((line, index) => (line === '      {' ? [index + 1] : []));
    const items = JSON.parse(text) as { question: string; passage: { reference: { section_content: string } }; feedback: string[]; rating: string[] }[];
    expect(itemLines).toHaveLength(129);
    expect(records.map((record) => record.source?.line)).toEqual(itemLines.flatMap((line) => [line, line]));
    expect(records.map((record) => record.metadata.explodedIndex)).toEqual(items.flatMap(() => [0, 1]));
    expect(records.map((record) => record.id.replace(/^fb_[0-9a-f]{16}/, ''))).toEqual(items.flatMap(() => ['#0', '#1']));
    expect(new Set(records.map((record) => record.id)).size).toBe(258);
    expect(records.map((record) => record.critique)).toEqual(items.flatMap((item) => item.feedback));
    expect(records.map((record) => record.metadata.ratingLabel)).toEqual(items.flatMap((item) => item.rating));
    expect(records.map((record) => record.rating)).toEqual(items.flatMap((item) => item.rating.map((label) => feedbackQaScale.indexOf(label))));
    expect(records[0].context).toEqual({ prompt: items[0].question, response: items[0].passage.reference.section_content });
    // The README's counts for this split: 93 Excellent, 53 Acceptable, 44 Could be Improved, 68 Bad.
    const byRating = [0, 1, 2, 3].map((rating) => records.filter((record) => record.rating === rating).length);
    expect(byRating).toEqual([68, 44, 53, 93]);
  });
});
