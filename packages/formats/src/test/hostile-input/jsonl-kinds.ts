import { createCritiques, fromLines, type HostileKind, type LineEntry } from './hostile-kind.ts';

const critique = createCritiques(12);
const row = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({ id, critique: critique(), ...extra });
const good = (id: string, extra: Record<string, unknown> = {}): LineEntry => ({ good: id, text: row(id, extra) });
const bad = (text: string | Buffer): LineEntry => ({ bad: text });
const blank = (text = ''): LineEntry => ({ blank: text });
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

function kind(name: string, what: string, entries: LineEntry[], options: { separator?: string; trailing?: boolean; extension?: string } & Pick<HostileKind, 'options'> = {}): HostileKind {
  const built = fromLines(entries, options.separator, options.trailing);
  return { name, file: `${name}${options.extension ?? '.jsonl'}`, what, bytes: built.bytes, committed: true, kept: built.kept, badLines: built.badLines, ...(options.options ? { options: options.options } : {}) };
}

function deepObject(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

/** Line-oriented hostile files (JSONL). */
export function jsonlKinds(): HostileKind[] {
  return [
    kind('utf8-bom', 'a UTF-8 byte-order mark before the first row', [{ good: 'utf8-bom-1', text: `\uFEFF${row('utf8-bom-1')}` }, good('utf8-bom-2'), good('utf8-bom-3')]),
    kind('bom-every-line', 'concatenated files: a byte-order mark at the start of several lines', [{ good: 'bom-line-1', text: `\uFEFF${row('bom-line-1')}` }, good('bom-line-2'), { good: 'bom-line-3', text: `\uFEFF${row('bom-line-3')}` }]),
    kind('crlf', 'Windows line endings (CRLF)', [good('crlf-1'), good('crlf-2'), good('crlf-3')], { separator: '\r\n' }),
    kind('cr-only', 'classic Mac line endings (CR only): the whole file is one line, reported as invalid JSON', [bad(`${row('cr-1')}\r${row('cr-2')}\r${row('cr-3')}`)]),
    kind('blank-lines', 'empty lines, spaces, tabs and CR-only lines between rows', [blank(), good('blank-1'), blank('   '), blank('\t'), blank('\r'), good('blank-2'), blank(), blank()]),
    kind('no-final-newline', 'the last row has no line break', [good('final-1'), good('final-2')], { trailing: false }),
    kind('nul-bytes', 'raw NUL bytes in a line (not JSON)', [good('nul-1'), bad(bytes('{"id":"nul-2",', [0, 0, 0], '"critique":"x"}')), good('nul-3')]),
    kind('escaped-nul', 'NUL and ESC inside JSON strings, escaped (valid JSON: kept, and never written raw)', [good('escaped-nul-1', { critique: 'before\u0000after \u001b[31mred\u001b[0m' }), good('escaped-nul-2')]),
    kind('invalid-utf8', 'a Latin-1 byte (0xE9) inside a critique', [good('latin1-1'), bad(bytes('{"id":"latin1-2","critique":"caf', [0xe9], '"}')), good('latin1-3')]),
    kind('utf8-surrogate', 'UTF-8 bytes of a lone surrogate (ED A0 80) and an overlong slash (C0 AF)', [bad(bytes('{"id":"sur-1","critique":"', [0xed, 0xa0, 0x80], '"}')), bad(bytes('{"id":"sur-2","critique":"', [0xc0, 0xaf], '"}')), good('sur-3')]),
    kind('truncated-row', 'the file was cut off in the middle of the last row', [good('trunc-1'), good('trunc-2'), bad('{"id":"trunc-3","critique":"The answer was cut')], { trailing: false }),
    kind('truncated-multibyte', 'the file ends in the middle of a multi-byte character', [good('mb-1'), bad(bytes('{"id":"mb-2","critique":"太', [0xe9, 0x95]))], { trailing: false }),
    kind('duplicate-ids', 'the same id three times, and an id repeated with different case (kept: ids are exact)', [good('dup-1'), bad(row('dup-1')), good('DUP-1'), bad(row('dup-1'))]),
    kind('wrong-types', 'critique a number, rating a word, id an object, an unknown message role, metadata a list', [
      bad(JSON.stringify({ id: 'type-1', critique: 42 })),
      bad(JSON.stringify({ id: 'type-2', critique: 'Fine.', rating: 'superb' })),
      bad(JSON.stringify({ id: { nested: true }, critique: 'Object id.' })),
      bad(JSON.stringify({ id: 'type-4', critique: 'Role.', context: { messages: [{ role: 'robot', content: 'beep' }] } })),
      good('type-5', { metadata: ['a', 'list'] }),
    ]),
    kind('not-objects', 'JSON values that are not objects: array, string, number, null, boolean', [bad('[1,2]'), bad('"just a string"'), bad('42'), bad('null'), bad('true'), good('obj-6')]),
    kind('deep-nesting', 'a kept row whose metadata nests 5,000 levels deep (JSON.stringify would overflow)', [good('deep-1'), bad(`{"id":"deep-2","critique":"Deep.","metadata":${deepObject(5000)}}`), good('deep-3')]),
    kind('deep-array', 'an array nested 50,000 levels deep', [good('deep-array-1'), bad(`{"id":"deep-array-2","critique":"Deep.","metadata":{"list":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`), good('deep-array-3')]),
    kind('huge-ints', 'integer ids beyond 2^53 that JSON.parse would round (…993 and …992 are different rows)', [
      { good: '9007199254740993', text: `{"id":9007199254740993,"critique":"${critique()}"}` },
      { good: '9007199254740992', text: `{"id":9007199254740992,"critique":"${critique()}"}` },
      { good: '-123456789012345678901234567890', text: `{"id":-123456789012345678901234567890,"critique":"${critique()}"}` },
    ]),
    kind('spaced-ids', 'ids with leading and trailing spaces (kept exactly, not trimmed)', [good('  spaced id  '), good('spaced id'), good('\tspaced id')]),
    kind('control-chars', 'ESC sequences, C1 (CSI U+009B), DEL and a bidi override in critiques and ids', [
      good('ctrl-\u001b[31m-1', { critique: 'Red \u001b[31malert\u001b[0m and a title \u001b]0;pwned\u0007' }),
      good('ctrl-2', { critique: 'C1 \u009b2J, DEL \u007f, RLO \u202eevil' }),
      bad(JSON.stringify({ id: 'ctrl-\u001b[31m-1', critique: 'Duplicate id with ESC: quoted in the message.' })),
    ]),
    kind('huge-field', 'a 20 KB critique over a 16 KB field limit (limits lowered for the corpus)', [good('field-1'), bad(row('field-2', { critique: 'x'.repeat(20_000) })), good('field-3')], { options: { maxFieldBytes: 16 * 1024 } }),
    kind('huge-line', 'a 40 KB line over a 32 KB line limit, skipped unread', [good('line-1'), bad(row('line-2', { metadata: { blob: 'y'.repeat(40_000) } })), good('line-3')], { options: { maxLineBytes: 32 * 1024 } }),
    kind('empty-file', 'zero bytes', [], { trailing: false }),
    kind('whitespace-only', 'only newlines and spaces', [blank(), blank('  '), blank()]),
    kind('rating-only-rows', 'rows with a rating but no critique (counted apart, not errors) next to a row with neither', [
      { blank: JSON.stringify({ id: 'rate-1', rating: 4 }) },
      bad(JSON.stringify({ id: 'rate-2', note: 'no critique, no rating' })),
      good('rate-3'),
    ]),
    kind('whitespace-garbage', 'a line of no-break spaces and a vertical tab (not JSON whitespace)', [good('ws-1'), bad('\u00a0\u00a0\u000b'), good('ws-2')]),
    kind('json-with-comments', 'JSONC-style comments and a trailing comma', [bad('// exported by a tool'), bad('{"id":"c-2","critique":"Trailing comma",}'), good('c-3')]),
    kind('proto-keys', '__proto__ and constructor keys (must not pollute anything)', [good('proto-1', { metadata: JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}') }), good('proto-2')]),
  ];
}
