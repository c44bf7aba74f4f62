import { createCritiques, fromLines, type HostileKind, type LineEntry } from './hostile-kind.ts';

const critiques = createCritiques(34);
// Unquoted CSV cells: no commas.
const critique = () => critiques().replaceAll(',', '');
const good = (id: string, text: string): LineEntry => ({ good: id, text });
const bad = (text: string | Buffer): LineEntry => ({ bad: text });
const header = (text: string): LineEntry => ({ blank: text });

function kind(name: string, what: string, entries: LineEntry[], options: { separator?: string; extension?: string; bytesOf?: (bytes: Buffer) => Buffer } & Pick<HostileKind, 'options'> = {}): HostileKind {
  const built = fromLines(entries, options.separator);
  return {
    name,
    file: `${name}${options.extension ?? '.csv'}`,
    what,
    bytes: options.bytesOf ? options.bytesOf(built.bytes) : built.bytes,
    committed: true,
    kept: built.kept,
    badLines: built.badLines,
    ...(options.options ? { options: options.options } : {}),
  };
}

/** CSV and TSV dialects and broken quoting. */
export function csvKinds(): HostileKind[] {
  const ambiguousRows = Array.from({ length: 6 }, (_, index) => bad(`amb-${index},${critique()},Question ${index},Answer ${index}`));
  return [
    kind('csv-context-text', 'a `context` column holding plain text (read as context.prompt)', [header('id,critique,context'), good('ctx-1', `ctx-1,${critique()},How do I reset my password?`), good('ctx-2', `ctx-2,${critique()},"{""prompt"":""Refund?"",""response"":""No.""}"`)]),
    kind('csv-context-ambiguous', 'a `prompt` column and a `context` text column: every row rejected, naming --map context.response=context', [header('id,critique,prompt,context'), ...ambiguousRows]),
    kind('csv-semicolon', 'semicolon-delimited (European Excel), commas inside critiques', [header('id;critique;rating'), good('semi-1', `semi-1;${critique()}, really;2`), good('semi-2', 'semi-2;"Quoted; with a semicolon";4')]),
    kind('csv-tab-in-csv', 'tab-delimited content in a .csv file', [header('id\tcritique'), good('tab-1', `tab-1\t${critique()}, with a comma`), good('tab-2', `tab-2\t${critique()}`)]),
    kind('csv-pipe', 'pipe-delimited, unknown extension', [header('id|critique'), good('pipe-1', `pipe-1|${critique()}`)], { extension: '.txt' }),
    kind('tsv-file', 'a .tsv file', [header('id\tcritique\trating'), good('tsv-1', `tsv-1\t${critique()}\t3`)], { extension: '.tsv' }),
    kind('csv-bom-crlf', 'Excel export: UTF-8 BOM and CRLF', [header('\uFEFFid,critique'), good('bom-1', `bom-1,${critique()}`), good('bom-2', `bom-2,${critique()}`)], { separator: '\r\n' }),
    kind('csv-unclosed-quote-eof', 'a quote never closed: it swallows the rest of the file; the rows after it are read again', [
      header('id,critique,rating'),
      good('uq-1', `uq-1,${critique()},1`),
      bad('uq-2,"never closed,2'),
      good('uq-3', `uq-3,${critique()},3`),
      good('uq-4', `uq-4,${critique()},4`),
    ]),
    kind('csv-unclosed-quote-middle', 'a quote that only closes in a later row, swallowing the rows between', [
      header('id,critique,rating'),
      bad('um-1,"opens here,1'),
      good('um-2', `um-2,${critique()},2`),
      good('um-3', 'um-3,"closes, here",3'),
      good('um-4', `um-4,${critique()},4`),
    ]),
    kind('csv-wrong-columns', 'rows with too many and too few fields', [header('id,critique,rating'), bad('wc-1,too,many,fields,here'), bad('wc-2'), good('wc-3', `wc-3,${critique()},3`)]),
    kind('csv-multiline-field', 'a quoted field with line breaks inside (one record over three lines)', [header('id,critique'), good('ml-1', `ml-1,"${critique()}`), header('still the critique'), header('and the end"'), good('ml-2', `ml-2,${critique()}`)]),
    kind('csv-header-only', 'a header and nothing else', [header('id,critique,rating')]),
    kind('csv-invalid-utf8', 'a Latin-1 byte in one cell', [header('id,critique'), good('cu-1', `cu-1,${critique()}`), bad(Buffer.concat([Buffer.from('cu-2,caf'), Buffer.from([0xe9]), Buffer.from(' au lait')])), good('cu-3', `cu-3,${critique()}`)]),
    kind('csv-nul', 'a NUL byte inside a cell', [header('id,critique'), good('cn-1', `cn-1,before\u0000after`), good('cn-2', `cn-2,${critique()}`)]),
    kind('csv-huge-ints', 'integer ids beyond 2^53', [header('id,critique'), good('9007199254740993', `9007199254740993,${critique()}`), good('9007199254740992', `9007199254740992,${critique()}`)]),
    kind('csv-deep-json-cell', 'a metadata cell holding JSON nested 1,000 levels', [header('id,critique,metadata'), bad(`cd-1,Deep cell,"${`${'{""a"":'.repeat(1000)}1${'}'.repeat(1000)}`}"`), good('cd-2', `cd-2,${critique()},{}`)]),
    kind('csv-formula', 'spreadsheet formulas in cells (kept as text)', [header('id,critique'), good('f-1', 'f-1,"=HYPERLINK(""http://example.invalid"",""click"")"'), good('f-2', 'f-2,+1+1 was the whole answer')]),
  ];
}
