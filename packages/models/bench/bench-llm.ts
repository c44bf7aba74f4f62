/**
 * `npm run bench:llm` — the model layer against the loopback OpenAI server with a fixed latency.
 * Measures structured grounding-sized calls through `generateStructured` at a concurrency, with and
 * without an RPM limit, a cache-hit re-run, and batch mode; prints wall time against the bound
 * max(calls × latency / concurrency, calls / RPM × 60 s).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { delimit, generateStructured, mapConcurrent, seededRandom, untrustedTextNotice } from '@tenets/core';
import { createOpenAI } from '@ai-sdk/openai';
import { createModelRuntime, resolveModelConfig, type ModelRuntime, type ModelSettings } from '@tenets/models';
import { createLoopbackServer } from '@tenets/models/test';
import { z } from 'zod';

const latencyMs = 50;
const concurrency = 8;
const groundingSchema = z.object({
  aspects: z.array(z.object({ behaviour: z.string(), sign: z.enum(['positive', 'negative']), evidence: z.string() })),
});

const words = 'the answer cited sources but missed the refund policy and was too long while tone stayed polite yet vague about dates steps links code errors'.split(' ');
function text(random: () => number, length: number): string {
  return Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
}

/** A critique with its prompt and response, about the size grounding sends (~450 prompt tokens). */
function groundingPrompts(count: number): string[] {
  const random = seededRandom(7);
  return Array.from({ length: count }, (_, index) =>
    [`Item ${index}.`, delimit('prompt', text(random, 40)), delimit('response', text(random, 200)), delimit('critique', text(random, 60))].join('\n'),
  );
}

const instructions = `List the behaviours of the assistant that the critique judges, each with its sign and a short quote as evidence. ${untrustedTextNotice}`;

async function run(runtime: ModelRuntime, prompts: string[]): Promise<{ ms: number; succeeded: number }> {
  const started = performance.now();
  const results = await runtime.withStage('ground', () =>
    mapConcurrent(prompts, runtime.stageConcurrency, (prompt) => generateStructured({ model: runtime.languageModel!, schema: groundingSchema, schemaName: 'aspects', instructions, prompt, promptVersion: 'bench-1' })),
  );
  return { ms: performance.now() - started, succeeded: results.filter((result) => result.success).length };
}

interface Row {
  scenario: string;
  calls: number;
  network: number;
  httpRequests: number;
  tokensPerCall: string;
  wallMs: number;
  boundMs: number | undefined;
  costUsd: string;
}

async function main(): Promise<void> {
  const server = await createLoopbackServer({ latencyMs });
  const directory = await mkdtemp(path.join(tmpdir(), 'tenets-bench-llm-'));
  const rows: Row[] = [];
  const measure = async (scenario: string, settings: ModelSettings, calls: number, bound: (calls: number) => number | undefined) => {
    const config = resolveModelConfig({
      cwd: directory,
      env: { OPENAI_API_KEY: 'sk-bench' },
      flags: { model: 'openai:gpt-4.1-mini', baseURL: server.url, concurrency, cacheDir: path.join(directory, scenario.split(' ')[0] ?? 'cache'), ...settings },
    });
    const runtime = createModelRuntime(config);
    const before = server.count();
    const { ms, succeeded } = await run(runtime, groundingPrompts(calls));
    const total = runtime.meter.snapshot().total;
    await runtime.close();
    if (succeeded !== calls) throw new Error(`${scenario}: only ${succeeded} of ${calls} calls succeeded.`);
    rows.push({
      scenario,
      calls: total.calls,
      network: total.networkCalls,
      httpRequests: server.count() - before,
      tokensPerCall: total.networkCalls ? `${Math.round(total.inputTokens / total.networkCalls)} in / ${Math.round(total.outputTokens / total.networkCalls)} out` : `${Math.round(total.cachedTokens / total.calls)} (cached)`,
      wallMs: Math.round(ms),
      boundMs: bound(calls),
      costUsd: (total.costUsd ?? 0).toFixed(4),
    });
  };

  const latencyBound = (calls: number) => Math.round((calls * latencyMs) / concurrency);
  // Warm-up (JIT, sockets), not reported.
  await measure('warm-up', {}, 40, () => undefined);
  rows.length = 0;
  {
    // Baseline: the bare AI SDK model, no cache/limits/meter, same concurrency.
    const model = createOpenAI({ baseURL: server.url, apiKey: 'sk-bench' }).chat('gpt-4.1-mini');
    const prompts = groundingPrompts(200).map((prompt) => `${prompt} (baseline)`);
    const before = server.count();
    const started = performance.now();
    await mapConcurrent(prompts, concurrency, (prompt) => generateStructured({ model, schema: groundingSchema, schemaName: 'aspects', instructions, prompt }));
    rows.push({ scenario: 'bare AI SDK (no model layer)', calls: 200, network: 200, httpRequests: server.count() - before, tokensPerCall: '–', wallMs: Math.round(performance.now() - started), boundMs: latencyBound(200), costUsd: '–' });
  }
  await measure('latency-bound', {}, 200, latencyBound);
  await measure('latency-bound re-run (cache hits)', {}, 200, () => undefined);
  const rpm = 1200;
  await measure('rpm-bound', { requestsPerMinute: rpm }, 120, (calls) => Math.max(latencyBound(calls), Math.round((calls / rpm) * 60_000)));
  await measure('batch', { batch: true, batchPollIntervalMs: 50, batchIdleMs: 100 }, 200, () => undefined);
  await server.close();
  await rm(directory, { recursive: true, force: true });

  console.log(`Loopback OpenAI server, ${latencyMs} ms per reply, concurrency ${concurrency}, model openai:gpt-4.1-mini prices; grounding-sized structured calls.\n`);
  console.log('| scenario | calls | network calls | HTTP requests | tokens per call | wall time | bound | cost (USD) |');
  console.log('|---|---:|---:|---:|---|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.scenario} | ${row.calls} | ${row.network} | ${row.httpRequests} | ${row.tokensPerCall} | ${row.wallMs} ms | ${row.boundMs === undefined ? '–' : `${row.boundMs} ms`} | ${row.costUsd} |`);
  }
}

await main();
