import { createCritiques, type HostileKind } from './hostile-kind.ts';

const critique = createCritiques(56);
const element = (id: string) => JSON.stringify({ id, critique: critique() });

function kind(name: string, what: string, text: string, kept: string[], badLines: number[]): HostileKind {
  return { name, file: `${name}.json`, what, bytes: Buffer.from(text, 'utf8'), committed: true, kept, badLines };
}

/** JSON arrays and pages. */
export function jsonKinds(): HostileKind[] {
  return [
    kind('json-trailing-garbage', 'a JSON array followed by text after its closing bracket', `[\n${element('tg-1')},\n${element('tg-2')}\n]\ngarbage after the array\n`, ['tg-1', 'tg-2'], [5]),
    kind('json-truncated', 'a JSON array cut off inside its last element', `[\n${element('jt-1')},\n{"id":"jt-2","critique":"cut`, ['jt-1'], [3]),
    kind('json-empty-element', 'two commas in a row', `[\n${element('je-1')},\n,\n${element('je-3')}\n]`, ['je-1', 'je-3'], [3]),
    kind('json-not-objects', 'array elements that are not objects', `[\n"a string",\n7,\nnull,\n${element('jn-4')}\n]`, ['jn-4'], [2, 3, 4]),
    kind('json-data-page', 'a Langfuse-style {"data": [...], "meta": {...}} page', `{"data": [\n${element('jd-1')},\n${element('jd-2')}\n], "meta": {"page": 1}}`, ['jd-1', 'jd-2'], []),
    kind('json-object-no-array', 'a JSON object with no "data" array', '{"id": "jo-1", "critique": "Not an array."}', [], [1]),
    kind('json-huge-ints', 'integer ids beyond 2^53 in an array', `[\n{"id":12345678901234567891,"critique":"${critique()}"},\n{"id":12345678901234567892,"critique":"${critique()}"}\n]`, ['12345678901234567891', '12345678901234567892'], []),
    kind('json-deep-element', 'an element nesting 5,000 levels', `[\n${element('jdeep-1')},\n{"id":"jdeep-2","critique":"Deep","metadata":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}},\n${element('jdeep-3')}\n]`, ['jdeep-1', 'jdeep-3'], [3]),
    kind('json-empty-array', 'an empty array', '[]', [], []),
  ];
}
