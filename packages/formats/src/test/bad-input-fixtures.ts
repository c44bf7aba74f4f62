/** One line of a bad-input fixture: its bytes and what ingest should make of it. */
export interface FixtureLine {
  bytes: Buffer;
  /** What is wrong with (or special about) the line, for the README. */
  what: string;
  /** The expected outcome: `kept`, `skipped (blank)`, or the reject reason. */
  expect: string;
}

export interface BadInputFixture {
  name: string;
  summary: string;
  lines: FixtureLine[];
  /** Line separators, one per line (the last may be ''), so CRLF and missing final newlines are explicit. */
  separators: string[];
}

const text = (value: string) => Buffer.from(value, 'utf8');
const json = (value: unknown) => text(JSON.stringify(value));
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? text(part) : Buffer.from(part))));
const line = (content: Buffer, what: string, expectation: string): FixtureLine => ({ bytes: content, what, expect: expectation });

const latin1E = [0xe9]; // "é" in Latin-1: not valid UTF-8 on its own.

/** The committed bad-input fixtures, built from bytes so BOM, CRLF and invalid UTF-8 are exact. */
export function badInputFixtures(): BadInputFixture[] {
  const jsonlLines = [
    line(bytes('\uFEFF', '{"id":"bad-1","critique":"Answer was correct but far too long.","rating":3}'), 'starts with a UTF-8 byte-order mark (stripped)', 'kept'),
    line(json({ id: 'bad-2', critique: 'Stop apologising in every reply.', context: { prompt: 'Where is my parcel?', response: 'I am so sorry for the trouble…' } }), 'a valid row with context', 'kept'),
    line(text(''), 'empty line', 'skipped (blank)'),
    line(text('  \t '), 'spaces and a tab only', 'skipped (blank)'),
    line(text('\u00a0\u000b'), 'a no-break space and a vertical tab: whitespace garbage JSON does not allow', 'invalid JSON'),
    line(text('{"id":"bad-6","critique":"Cut off mid-row"'), 'object never closed', 'invalid JSON'),
    line(json(['an array', 'not an object']), 'an array instead of an object', 'not an object'),
    line(json({ id: 'bad-8', note: 'the critique column is called something else' }), 'no critique-like field and no rating', 'missing critique'),
    line(json({ id: 'bad-9', critique: '   ', rating: 1 }), 'blank critique with a rating', 'rating without critique'),
    line(json({ id: 'bad-10', critique: 42 }), 'critique is a number', 'wrong type'),
    line(json({ id: 'bad-11', critique: 'Good tone.', rating: 'excellent' }), 'rating is neither a number nor up/down', 'wrong type'),
    line(json({ id: 'bad-12', critique: 'Used the wrong tool.', context: { messages: [{ role: 'robot', content: 'beep' }] } }), 'unknown message role', 'wrong type'),
    line(bytes('{"id":"bad-13","critique":"Latin-1 byte: caf', latin1E, ' au lait"}'), 'a Latin-1 byte (0xE9) inside the critique', 'invalid UTF-8'),
    line(json({ id: 'bad-1', critique: 'Same id as line 1.' }), 'repeats the id of line 1', 'duplicate id'),
    line(json({ id: 'bad-15', critique: 'Mixed languages: la réponse était trop longue, 太长了.' }), 'valid multi-byte UTF-8', 'kept'),
    line(json({ id: { nested: true }, critique: 'An id must be a string or a number.' }), 'id is an object', 'wrong type'),
  ];
  const csvLines = [
    line(text('id,critique,rating,prompt'), 'header', 'header'),
    line(text('csv-1,"Quoted, with a comma",4,How do I reset my password?'), 'quoted field with a comma', 'kept'),
    line(text('csv-2,"Spans'), 'quoted field with a line break inside (continues on the next line)', 'kept'),
    line(text('two lines",2,'), 'second line of the record above', '(part of line 3)'),
    line(text(''), 'empty line', 'skipped (blank)'),
    line(text('csv-3,Too,many,columns,here'), 'five fields under a four-column header', 'invalid CSV row'),
    line(text('csv-4,,5,Rated but no text'), 'empty critique with a rating', 'rating without critique'),
    line(bytes('csv-5,caf', latin1E, ',3,'), 'a Latin-1 byte in the critique', 'invalid UTF-8'),
    line(text('csv-6,Fine,not-a-number,'), 'rating is not a number', 'wrong type'),
    line(text('csv-1,Duplicate of line 2,3,'), 'repeats the id of line 2', 'duplicate id'),
    line(text('csv-7,,,Neither text nor rating'), 'no critique and no rating', 'missing critique'),
    line(text('csv-8,"Unclosed quote runs to the end,1,'), 'a quote that is never closed swallows the rest of the file; the reject says so', 'invalid CSV row'),
    line(text('csv-9,Swallowed by the quote above and read again,1,'), 'swallowed by the quote on line 12, then read again as a row', 'kept'),
  ];
  const jsonLines = [
    line(text('['), 'opens the array', '—'),
    line(text('  {"id": "json-1", "critique": "Kept: a valid element."},'), 'valid element', 'kept'),
    line(text('  ,'), 'an empty element (two commas in a row)', 'invalid JSON'),
    line(text('  "a bare string",'), 'a string instead of an object', 'not an object'),
    line(text('  {"id": "json-3", "critique": ["not", "a", "string"]},'), 'critique is an array', 'wrong type'),
    line(text('  {"id": "json-4", "rating": 2},'), 'rating without critique', 'rating without critique'),
    line(text('  {"id": "json-5", "critique": "The file ends inside this element'), 'string and object never closed; the file ends here', 'invalid JSON'),
  ];
  return [
    {
      name: 'feedback-bad.jsonl',
      summary: 'JSONL with one example of every bad-row kind that can be committed',
      lines: jsonlLines,
      separators: jsonlLines.map((_, index) => (index < 2 ? '\r\n' : '\n')),
    },
    {
      name: 'feedback-bad.csv',
      summary: 'CSV (mixed CRLF/LF) with malformed rows',
      lines: csvLines,
      separators: csvLines.map((_, index) => (index < 4 ? '\r\n' : '\n')),
    },
    {
      name: 'feedback-bad.json',
      summary: 'A JSON array with bad elements, truncated at the end',
      lines: jsonLines,
      separators: jsonLines.map((_, index) => (index === jsonLines.length - 1 ? '' : '\n')),
    },
  ];
}

/** The bytes of a fixture file. */
export function renderFixture(fixture: BadInputFixture): Buffer {
  return Buffer.concat(fixture.lines.flatMap((entry, index) => [entry.bytes, Buffer.from(fixture.separators[index])]));
}

/** The README that documents every line of every fixture. */
export function renderBadInputReadme(): string {
  const sections = badInputFixtures().map((fixture) => {
    const rows = fixture.lines.map((entry, index) => {
      const ending = fixture.separators[index] === '\r\n' ? ' (line ends with CRLF)' : '';
      return `| ${index + 1} | ${entry.what}${ending} | ${entry.expect} |`;
    });
    return [`## ${fixture.name}`, '', `${fixture.summary}.`, '', '| Line | What is in it | Expected outcome |', '| --- | --- | --- |', ...rows].join('\n');
  });
  return [
    '# Bad-input fixtures (SYNTHETIC)',
    '',
    'SYNTHETIC data, written by hand to exercise `tenets ingest`. No real users or conversations.',
    '',
    'The files are generated byte for byte by `fixtures/bad-input/generate.ts` (from',
    '`packages/formats/src/test/bad-input-fixtures.ts`), because some bytes (a BOM, CRLF, invalid UTF-8)',
    'do not survive editors. Regenerate with `npx tsx fixtures/bad-input/generate.ts`; a test fails if the',
    'committed files drift from the generator. Two kinds are not committed because of their size and are',
    'generated by the tests instead: a field over 10 MB (`field too large`) and a line over 16 MB',
    '(`line too large`, skipped without being read).',
    '',
    'Every reject is written to `<out>.rejects.jsonl` as `{ file, line, field, reason, message, raw }`.',
    '`rating without critique` rows are counted as "ratings only", not as errors.',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
