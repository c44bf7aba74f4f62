import { createCritiques, fakeSecret, type HostileKind } from './hostile-kind.ts';

const critique = createCritiques(90);

function kind(name: string, what: string, lines: string[], kept: string[], badLines: number[], secrets: string[]): HostileKind {
  return { name, file: `${name}.jsonl`, what, bytes: Buffer.from(`${lines.join('\n')}\n`), committed: false, kept, badLines, secrets };
}

/** Credentials in odd places. Not committed: no secret-shaped string sits in the repository. */
export function secretKinds(): HostileKind[] {
  const afterNewline = fakeSecret('sk-proj-', 'NL');
  const afterTab = fakeSecret('ghp_', 'TAB');
  const inKey = fakeSecret('sk-ant-api03-', 'KEY');
  const idOne = fakeSecret('sk-proj-', 'IDA');
  const idTwo = fakeSecret('sk-proj-', 'IDB');
  const inWrongType = fakeSecret('sk-proj-', 'WRONG');
  const inBadJson = fakeSecret('AKIA', '').slice(0, 20).toUpperCase();
  const bearer = fakeSecret('', 'BEARER');
  return [
    kind('secret-after-escape', 'keys right after an escaped \\n or \\t inside a JSON string', [JSON.stringify({ id: 's-1', critique: `line one\n${afterNewline}` }), JSON.stringify({ id: 's-2', critique: critique(), metadata: { note: `tab\t${afterTab}` } })], ['s-1', 's-2'], [], [afterNewline, afterTab]),
    kind('secret-in-key', 'a key used as a metadata key name', [JSON.stringify({ id: 'k-1', critique: critique(), metadata: { [inKey]: 'value' } })], ['k-1'], [], [inKey]),
    kind('secret-like-ids', 'two ids that look like API keys: kept exactly (no collision), noted, never echoed', [JSON.stringify({ id: idOne, critique: critique() }), JSON.stringify({ id: idTwo, critique: critique() }), JSON.stringify({ id: idOne, critique: 'Duplicate: the message must not echo the id.' })], [idOne, idTwo], [3], []),
    kind('secret-in-wrong-type', 'a key where a rating should be: the wrong-type message quotes the value', [JSON.stringify({ id: 'w-1', critique: critique(), rating: inWrongType })], [], [1], [inWrongType]),
    kind('secret-in-bad-json', 'a key in a line that is not valid JSON (the parse error quotes it)', [`{"id":"b-1","critique":"${inBadJson} and the line is cut`, `Authorization: Bearer ${bearer}`], [], [1, 2], [inBadJson, bearer]),
  ];
}

/** The secret-like ids above are kept in the output file on purpose (see docs/ingest.md#ids). */
export function keptSecretIds(kind: HostileKind): string[] {
  return kind.name === 'secret-like-ids' ? kind.kept : [];
}
