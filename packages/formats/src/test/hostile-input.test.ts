import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { PipelineEvent } from '@tenets/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestToFiles } from '../ingest/ingest-to-files.ts';
import { hostileInputKinds, renderHostileInputReadme } from './hostile-input/hostile-input-corpus.ts';
import type { HostileKind } from './hostile-input/hostile-kind.ts';
import { keptSecretIds } from './hostile-input/secret-kinds.ts';
import { createTempDir, type TempDir } from './temp-dir.ts';

const corpusDirectory = fileURLToPath(new URL('../../../../fixtures/hostile-input/', import.meta.url));
// Raw control characters no output may hold (files may hold \n between lines; messages none at all).
const rawControlInFile = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const rawControlInMessage = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let temp: TempDir;
beforeAll(async () => {
  temp = await createTempDir('tenets-hostile-');
});
afterAll(async () => {
  await temp.remove();
});

interface Outcome {
  crashed: string | undefined;
  kept: string[];
  rejectLines: number[];
  leaks: string[];
}

async function ingestKind(kind: HostileKind, redact = true): Promise<Outcome> {
  const input = kind.committed ? `${corpusDirectory}${kind.file}` : await temp.write(kind.file, kind.bytes);
  const events: PipelineEvent[] = [];
  const out = temp.join(`out/${kind.name}.jsonl`);
  try {
    const result = await ingestToFiles({ files: [input], out, redact, ...kind.options, onEvent: (event) => void events.push(event) });
    const outputText = await readFile(result.out.path, 'utf8');
    const rejectsText = await readFile(result.rejectsOut.path, 'utf8');
    const parse = (text: string) => text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
    const rejects = parse(rejectsText) as { line: number; reason: string; message: string }[];
    const messages = [
      ...events.flatMap((event) => ('message' in event ? [event.message] : [])),
      ...events.flatMap((event) => ('itemId' in event ? [event.itemId] : [])),
      ...rejects.map((reject) => reject.message),
      ...result.summary.notes.map((note) => note.message),
      ...result.summary.rejectGroups.map((group) => group.first.message),
    ];
    const leaks: string[] = [];
    const keptIds = keptSecretIds(kind);
    for (const secret of [...(kind.secrets ?? []), ...keptIds]) {
      const inOutput = outputText.includes(secret) && !keptIds.includes(secret);
      if (inOutput || rejectsText.includes(secret) || messages.some((message) => message.includes(secret)) || JSON.stringify(result.summary).includes(secret)) leaks.push(`secret ${secret.slice(0, 6)}…`);
    }
    if (rawControlInFile.test(outputText)) leaks.push('raw control character in the output file');
    if (rawControlInFile.test(rejectsText)) leaks.push('raw control character in the rejects file');
    for (const message of messages) if (rawControlInMessage.test(message)) leaks.push(`raw control character in a message: ${JSON.stringify(message)}`);
    return {
      crashed: undefined,
      kept: parse(outputText).map((record) => String(record.id)),
      rejectLines: [...new Set(rejects.filter((reject) => reject.reason !== 'rating without critique').map((reject) => reject.line))].sort((left, right) => left - right),
      leaks,
    };
  } catch (error) {
    return { crashed: error instanceof Error ? `${error.name}: ${error.message}` : String(error), kept: [], rejectLines: [], leaks: [] };
  }
}

describe('fixtures/hostile-input', () => {
  const kinds = hostileInputKinds();

  it('has at least 40 kinds, each with its own file name', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(40);
    expect(new Set(kinds.map((kind) => kind.file)).size).toBe(kinds.length);
  });

  it('match the generator byte for byte (regenerate with npx tsx fixtures/hostile-input/generate.ts)', async () => {
    for (const kind of kinds.filter((entry) => entry.committed)) expect((await readFile(`${corpusDirectory}${kind.file}`)).equals(kind.bytes), kind.file).toBe(true);
    expect(await readFile(`${corpusDirectory}README.md`, 'utf8')).toBe(renderHostileInputReadme());
  });

  it('every kind: no crash, exactly the good rows kept, every bad row reported with its line, nothing leaked', async () => {
    const table: string[] = ['| kinds | crashes | good rows kept | bad rows reported with line | leaks |', '| ---: | ---: | --- | --- | ---: |'];
    let crashes = 0;
    let keptTotal = 0;
    let expectedKept = 0;
    let reportedTotal = 0;
    let expectedBad = 0;
    let leakTotal = 0;
    for (const kind of kinds) {
      const outcome = await ingestKind(kind);
      expect.soft(outcome.crashed, kind.name).toBeUndefined();
      expect.soft(outcome.kept, kind.name).toEqual(kind.kept);
      expect.soft(outcome.rejectLines, kind.name).toEqual(kind.badLines);
      expect.soft(outcome.leaks, kind.name).toEqual([]);
      crashes += outcome.crashed === undefined ? 0 : 1;
      keptTotal += outcome.kept.filter((id) => kind.kept.includes(id)).length;
      expectedKept += kind.kept.length;
      reportedTotal += kind.badLines.filter((line) => outcome.rejectLines.includes(line)).length;
      expectedBad += kind.badLines.length;
      leakTotal += outcome.leaks.length;
    }
    table.push(`| ${kinds.length} | ${crashes} | ${keptTotal} of ${expectedKept} | ${reportedTotal} of ${expectedBad} | ${leakTotal} |`);
    expect(table.join('\n')).toMatchInlineSnapshot(`
      "| kinds | crashes | good rows kept | bad rows reported with line | leaks |
      | ---: | ---: | --- | --- | ---: |
      | 68 | 0 | 149 of 149 | 53 of 53 | 0 |"
    `);
  });

  it('the leak check is real: without redaction the credentials in critiques reach the output file', async () => {
    const kind = kinds.find((entry) => entry.name === 'secret-after-escape')!;
    expect((await ingestKind(kind, false)).leaks).toEqual(['secret sk-pro…', 'secret ghp_Zx…']);
  });
});
