import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { traitSchema } from '@tenets/core';
import { createProviderLanguageModel } from '@tenets/models';
import { createLoopbackServer, type LoopbackServer } from '@tenets/models/test';
import { openRun } from '@tenets/store';
import { afterEach, describe, expect, it } from 'vitest';
import { readTrajectoryFeedback } from './__fixtures__/trajectory-run.ts';
import { testMetrics } from './__fixtures__/test-metrics.ts';
import { runJudgeCommand } from './run-judge-command.ts';

let server: LoopbackServer | undefined;
const cleanup: string[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const dir of cleanup.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function runDirWithMetrics(): Promise<{ runDir: string; itemsFile: string }> {
  const runDir = await mkdtemp(join(tmpdir(), 'tenets-judge-'));
  cleanup.push(runDir);
  await (await openRun(runDir, { create: true })).write('metrics', { engine: 'llm', metrics: testMetrics }, { command: 'test fixture' });
  const items = (await readTrajectoryFeedback()).slice(0, 3);
  const itemsFile = join(runDir, 'items.jsonl');
  await writeFile(itemsFile, items.map((item) => JSON.stringify(item)).join('\n') + '\n');
  return { runDir, itemsFile };
}

describe('runJudgeCommand over the OpenAI wire format', () => {
  it('rates every item on every metric in one structured call per item; an unparseable reply is unscored, never a fail', async () => {
    const { runDir, itemsFile } = await runDirWithMetrics();
    server = await createLoopbackServer({
      chat: (_request, { text }) => {
        // The second fixture item (a TableNow booking) gets prose instead of JSON, twice (call and repair).
        if (text.includes('TableNow')) return 'The agent did fine, I would say.';
        const ids = /exactly once: ([^.]+)\./.exec(text)![1]!.split(', ');
        return { json: { ratings: ids.map((id) => ({ metricId: id, reasoning: `reasoning for ${id}`, rating: id === 'm1' ? 0 : id === 'm2' ? 1 : -1 })) } };
      },
    });
    const model = createProviderLanguageModel({ spec: 'openai:gpt-4.1-mini', provider: 'openai', modelId: 'gpt-4.1-mini', baseURL: server.url, apiKeyEnv: 'OPENAI_API_KEY', apiKey: () => 'sk-loopback' });
    const result = await runJudgeCommand({ runDir, itemsFile, model, concurrency: 1 });

    // 3 items: 1 call each, plus one repair attempt for the unparseable one.
    expect(server.count('/v1/chat/completions')).toBe(4);
    const body = server.requests[0]!.body as { response_format: { type: string; json_schema: { name: string; schema: { properties: { ratings: { items: { properties: Record<string, unknown> } } } } } } };
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.name).toBe('metric_ratings');
    expect(body.response_format.json_schema.schema.properties.ratings.items.properties).toMatchInlineSnapshot(`
      {
        "metricId": {
          "enum": [
            "m2",
            "m3",
            "m1",
          ],
          "type": "string",
        },
        "rating": {
          "enum": [
            -1,
            0,
            1,
          ],
          "type": "number",
        },
        "reasoning": {
          "type": "string",
        },
      }
    `);

    const judgements = (await readFile(result.file, 'utf8')).trim().split('\n').map((line) => traitSchema.parse(JSON.parse(line)));
    expect(judgements).toHaveLength(9);
    expect(judgements.map((trait) => `${trait.itemId}:${trait.metricId}:${trait.status === 'scored' ? trait.rating : trait.reason}`)).toEqual([
      'run-1001:met_buttons:0', 'run-1001:met_variant:1', 'run-1001:met_verify:-1',
      'run-1002:met_buttons:parse_error', 'run-1002:met_variant:parse_error', 'run-1002:met_verify:parse_error',
      'run-1003:met_buttons:0', 'run-1003:met_variant:1', 'run-1003:met_verify:-1',
    ]);
    // Pass rate = #(+1) / (#(+1) + #(−1)) over scored ratings only; the unscored item is counted, not failed.
    expect(result.perMetric.map((entry) => [entry.name, entry.passRate, entry.naRate, entry.unscored, entry.unscoredRate])).toEqual([
      ['Disabled controls', null, 1, 1, 1 / 3],
      ['Variant selection', 1, 0, 1, 1 / 3],
      ['Answer verification', 0, 0, 1, 1 / 3],
    ]);
    expect([result.items, result.ratings, result.unscored, result.unscoredRate, result.naRate]).toEqual([3, 9, 3, 3 / 9, 2 / 6]);
    expect(JSON.parse(await readFile(result.summaryFile, 'utf8'))).toMatchObject({ engine: 'llm', items: 3, unscored: 3 });
  });

  it('judges offline with the lexical judge, clearly labelled, when no model is given', async () => {
    const { runDir, itemsFile } = await runDirWithMetrics();
    const result = await runJudgeCommand({ runDir, itemsFile });
    expect(result.engine).toBe('offline-lexical');
    const judgements = (await readFile(result.file, 'utf8')).trim().split('\n').map((line) => traitSchema.parse(JSON.parse(line)));
    expect(judgements).toHaveLength(9);
    expect(judgements.every((trait) => trait.status === 'scored' && trait.reasoning.startsWith('Offline lexical judge'))).toBe(true);
  });
});
