import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../ingest/ingest-files.ts';
import { formatIngestSummary } from '../ingest/ingest-summary.ts';
import { rejectReasons } from '../reject/reject.ts';
import { badInputFixtures, renderBadInputReadme, renderFixture } from './bad-input-fixtures.ts';
import { collect } from './collect.ts';

const outcomesWithARow = new Set<string>(['kept', ...rejectReasons]);
const fixtureDirectory = fileURLToPath(new URL('../../../../fixtures/bad-input/', import.meta.url));

describe('fixtures/bad-input', () => {
  it('match the generator byte for byte (regenerate with npx tsx fixtures/bad-input/generate.ts)', async () => {
    for (const fixture of badInputFixtures()) {
      expect((await readFile(`${fixtureDirectory}${fixture.name}`)).equals(renderFixture(fixture)), fixture.name).toBe(true);
    }
    expect(await readFile(`${fixtureDirectory}README.md`, 'utf8')).toBe(renderBadInputReadme());
  });

  it('produce exactly the documented outcome on every line', async () => {
    for (const fixture of badInputFixtures()) {
      const ingestion = ingestFiles({ files: [`${fixtureDirectory}${fixture.name}`] });
      const outcomes = new Map<number, string>();
      for (const item of await collect(ingestion)) {
        if (item.kind === 'feedback') outcomes.set(item.record.source?.line ?? -1, 'kept');
        else outcomes.set(item.reject.line, item.reject.reason);
      }
      // Lines documented as kept or as a reject reason; headers, blanks and continuation lines yield nothing.
      const documented = fixture.lines.flatMap((entry, index) => (outcomesWithARow.has(entry.expect) ? [[index + 1, entry.expect] as const] : []));
      expect([...outcomes].sort(([left], [right]) => left - right), fixture.name).toEqual(documented);
      const blanks = fixture.lines.filter((entry) => entry.expect === 'skipped (blank)').length;
      expect(ingestion.summary().skippedBlank, fixture.name).toBe(blanks);
    }
  });

  it('report file, line, field, reason and message for every bad row', async () => {
    const ingestion = ingestFiles({ files: badInputFixtures().map((fixture) => `${fixtureDirectory}${fixture.name}`) });
    const rejects = (await collect(ingestion)).flatMap((item) =>
      item.kind === 'reject' ? [`${item.reject.file.replace(fixtureDirectory, '')}:${item.reject.line} [${item.reject.field ?? '-'}] ${item.reject.reason}: ${item.reject.message}`] : [],
    );
    expect(rejects).toMatchInlineSnapshot(`
      [
        "feedback-bad.jsonl:5 [-] invalid JSON: the line holds only whitespace that JSON does not allow (U+00A0 U+000B)",
        "feedback-bad.jsonl:6 [-] invalid JSON: not valid JSON: Expected ',' or '}' after property value in JSON at position 42 (line 1 column 43)",
        "feedback-bad.jsonl:7 [-] not an object: expected a JSON object, got an array",
        "feedback-bad.jsonl:8 [critique] missing critique: no critique text (looked in "critique", "comment", "comments", "feedback", "feedback_text", "text"); name the column with --map critique=<column>",
        "feedback-bad.jsonl:9 [critique] rating without critique: a rating without critique text (looked in "critique", "comment", "comments", "feedback", "feedback_text", "text"); counted as rating only",
        "feedback-bad.jsonl:10 [critique] wrong type: "critique" must be a string, got a number",
        "feedback-bad.jsonl:11 [rating] wrong type: "rating" must be a number or "up"/"down", got a string ("excellent"); if the ratings are labels, list them lowest first with --rating-scale",
        "feedback-bad.jsonl:12 [context.messages.0.role] wrong type: "context.messages.0.role": Invalid option: expected one of "system"|"user"|"assistant"|"tool", got a string ("robot")",
        "feedback-bad.jsonl:13 [critique] invalid UTF-8: bytes are not valid UTF-8 (first bad byte at offset 44, in field "critique"); re-save the file as UTF-8",
        "feedback-bad.jsonl:14 [id] duplicate id: id "bad-1" was already used by an earlier row; this later row is left out",
        "feedback-bad.jsonl:16 [id] wrong type: "id" must be a string, got an object",
        "feedback-bad.csv:6 [-] invalid CSV row: the row has a different number of fields than the header (CSV_RECORD_INCONSISTENT_COLUMNS)",
        "feedback-bad.csv:7 [critique] rating without critique: a rating without critique text (looked in "critique", "comment", "comments", "feedback", "feedback_text", "text"); counted as rating only",
        "feedback-bad.csv:8 [critique] invalid UTF-8: bytes are not valid UTF-8 in column "critique"; re-save the file as UTF-8",
        "feedback-bad.csv:9 [rating] wrong type: "rating" must be a number or "up"/"down", got a string ("not-a-number"); if the ratings are labels, list them lowest first with --rating-scale",
        "feedback-bad.csv:10 [id] duplicate id: id "csv-1" was already used by an earlier row; this later row is left out",
        "feedback-bad.csv:11 [critique] missing critique: no critique text (looked in "critique", "comment", "comments", "feedback", "feedback_text", "text"); name the column with --map critique=<column>",
        "feedback-bad.csv:12 [-] invalid CSV row: a quote opened on line 12 (field 2, "critique") is never closed; it swallowed the next line (to line 13), which was read again as rows (CSV_QUOTE_NOT_CLOSED)",
        "feedback-bad.json:3 [-] invalid JSON: empty array element (two commas in a row)",
        "feedback-bad.json:4 [-] not an object: expected a JSON object, got a string ("a bare string")",
        "feedback-bad.json:5 [critique] wrong type: "critique" must be a string, got an array; for one record per element, add --explode critique",
        "feedback-bad.json:6 [critique] rating without critique: a rating without critique text (looked in "critique", "comment", "comments", "feedback", "feedback_text", "text"); counted as rating only",
        "feedback-bad.json:7 [-] invalid JSON: the file ends inside this element (an unclosed string, object or array)",
      ]
    `);
    expect(formatIngestSummary(ingestion.summary())).toMatchInlineSnapshot(`"ingest: 30 rows from 3 files → 7 kept, 3 ratings only (no critique), 20 rejected (duplicate id 2, invalid CSV row 2, invalid JSON 4, invalid UTF-8 2, missing critique 2, not an object 2, wrong type 6), 3 blank lines skipped"`);
  });
});
