import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLoopbackServer, type ChatHandler, type LoopbackServer } from '@tenets/models/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './test/run-cli.ts';

const repositoryRoot = resolve(import.meta.dirname, '../../..');
const fixture = join(repositoryRoot, 'fixtures/support-assistant/feedback.jsonl');
const temporary = mkdtempSync(join(tmpdir(), 'tenets-cli-llm-'));

/** Pulls the critique text out of a <critique> block. */
const critiqueOf = (block: string) => /<critique>\n([\s\S]*?)\n<\/critique>/.exec(block)?.[1] ?? '';
const verdict = (critique: string) => ({
  verdict: 'grounded',
  ungroundableReason: null,
  aspects: [{ behaviour: critique.slice(0, 120), sign: /great|love|thanks|perfect|helpful/i.test(critique) ? 'positive' : 'negative', critiqueQuote: critique.slice(0, 60), responseQuote: null, stepIndex: null }],
});

/**
 * A scripted model: grounds each critique on its first words (single and batched calls); every other call
 * gets a reply generated from its JSON schema, which the metric and principle stages reject (unknown example
 * ids), so those clusters fall back to the offline drafts and are counted as failures.
 */
const chat: ChatHandler = (_request, { text }) => {
  if (text.includes('Ground the critique above.')) return { json: verdict(critiqueOf(text)) };
  if (text.includes('Ground each critique above.')) {
    const blocks = text.split(/\n(?=Critique c\d+\n)/).filter((block) => /^Critique c\d+\n/.test(block));
    return { json: { results: blocks.map((block) => ({ critiqueId: /^Critique (c\d+)/.exec(block)![1], ...verdict(critiqueOf(block)) })) } };
  }
  return undefined;
};

let server: LoopbackServer;
beforeAll(async () => {
  server = await createLoopbackServer({ chat });
});
afterAll(async () => {
  await server.close();
  rmSync(temporary, { recursive: true, force: true });
});

describe('tenets run with a model over the OpenAI wire format', () => {
  const argv = (out: string, ...extra: string[]) => [
    'run', fixture, '--out', join(temporary, out), '--model', 'compatible:test-model',
    '--base-url', server.url, '--cache-dir', join(temporary, 'cache'), '--json', '--quiet', ...extra,
  ];

  it('grounds with the model, falls back per cluster when a draft is unusable, and accounts for every call', async () => {
    const result = await runCli(argv('first'), { cwd: temporary });
    const summary = JSON.parse(result.stdout);
    expect(summary.engine).toBe('llm');
    expect(summary.counts.aspects).toBe(360);
    expect(summary.counts.clusters).toBeGreaterThan(0);
    expect(summary.counts.metrics).toBe(summary.counts.clusters);
    expect(summary.counts.principles).toBe(summary.counts.clusters);
    // Unusable metric/principle drafts are counted failures (exit 6), each written to failures.jsonl.
    expect(result.exitCode).toBe(6);
    const failures = readFileSync(join(temporary, 'first', 'failures.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(failures).toHaveLength(summary.counts.failures);
    expect(new Set(failures.map((failure) => failure.stage))).toEqual(new Set(['metrics', 'principles']));
    const manifest = JSON.parse(readFileSync(join(temporary, 'first', 'manifest.json'), 'utf8')).run;
    expect(manifest.models).toMatchObject({ language: 'compatible:test-model', embedding: 'tenets:lexical-tfidf-lsa' });
    // Every chat request the server saw is booked to a stage, the preflight included.
    expect(Object.keys(manifest.usage.stages).sort()).toEqual(['ground', 'metrics', 'preflight', 'principles']);
    expect(manifest.usage.total.calls - manifest.usage.total.cachedCalls).toBe(server.count('/v1/chat/completions'));
    // The manifest also says how many requests reached the provider and how many were retries.
    expect([manifest.usage.total.networkCalls, manifest.usage.total.retries]).toEqual([server.count('/v1/chat/completions'), 0]);
    expect(JSON.stringify(manifest)).not.toMatch(/Bearer|sk-/);
  });

  it('with only an embedding model, runs the offline engine on the model\'s embeddings and says so', async () => {
    server.clearRequests();
    const out = join(temporary, 'embedding-only');
    const result = await runCli(['run', fixture, '--out', out, '--embedding-model', 'compatible:test-embedding', '--cache-dir', join(temporary, 'cache'), '--quiet'], {
      cwd: temporary,
      env: { TENETS_EMBEDDING_BASE_URL: server.url },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Tenets offline engine (no language model configured) with embeddings from compatible:test-embedding');
    // The lexical limit is not claimed for a model's embeddings; the extractive wording still is.
    expect(result.stdout).not.toContain('meet only through an embedding model');
    expect(result.stdout).toContain('not paraphrased or understood (--model for that)');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).run;
    expect(manifest).toMatchObject({ engine: 'offline', models: { embedding: 'compatible:test-embedding' } });
    expect(manifest.engineNote).toContain('with a configured embedding model');
    expect(server.count('/v1/embeddings')).toBeGreaterThan(0);
    expect(server.count('/v1/chat/completions')).toBe(0);
  });

  it('re-runs from the cache with --resume without a single network call, to identical artefacts', async () => {
    server.clearRequests();
    const result = await runCli(argv('second', '--resume'), { cwd: temporary });
    expect(result.exitCode).toBe(6);
    expect(server.requests).toEqual([]);
    for (const file of ['aspects.jsonl', 'clusters.json', 'metrics.json', 'constitution.json', 'failures.jsonl']) {
      expect(readFileSync(join(temporary, 'second', file)), file).toEqual(readFileSync(join(temporary, 'first', file)));
    }
  });

  it('runs the same job through the Batch API (--batch) with settings from tenets.config.json', async () => {
    const cwd = join(temporary, 'batch-project');
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(cwd, 'tenets.config.json'), JSON.stringify({ batchPollIntervalMs: 20, batchIdleMs: 20 }));
    server.clearRequests();
    const result = await runCli(
      ['run', fixture, '--out', join(cwd, 'run'), '--model', 'compatible:test-model', '--base-url', server.url, '--cache-dir', join(cwd, 'cache'), '--batch', '--json', '--quiet'],
      { cwd },
    );
    const summary = JSON.parse(result.stdout);
    expect(summary.engine).toBe('llm');
    expect(summary.counts.aspects).toBe(360);
    expect(server.count('/v1/batches')).toBeGreaterThan(0);
    expect(server.count('/v1/files')).toBeGreaterThan(0);
    // Only the preflight goes to the interactive endpoint; every stage call went through a batch.
    expect(server.count('/v1/chat/completions')).toBe(1);
    expect(readFileSync(join(cwd, 'run', 'aspects.jsonl'))).toEqual(readFileSync(join(temporary, 'first', 'aspects.jsonl')));
  });

  it('stops cleanly on Ctrl-C (exit 130) and resumes with --resume without repeating a finished call', async () => {
    const attempts = new Map<string, number>();
    let stageCalls = 0;
    const controller = new AbortController();
    const slow = await createLoopbackServer({
      latencyMs: 5,
      chat: (request, context) => {
        if (!context.text.includes('Reply with the word ok.')) {
          stageCalls += 1;
          if (stageCalls === 15) controller.abort(new Error('SIGINT'));
        }
        const key = JSON.stringify(request.messages);
        attempts.set(key, (attempts.get(key) ?? 0) + 1);
        return chat(request, context);
      },
    });
    try {
      const args = (out: string, ...extra: string[]) => ['run', fixture, '--out', join(temporary, out), '--model', 'compatible:test-model', '--base-url', slow.url, '--cache-dir', join(temporary, 'resume-cache'), '--quiet', ...extra];
      const interrupted = await runCli(args('interrupted'), { cwd: temporary, abortSignal: controller.signal });
      expect(interrupted.exitCode).toBe(130);
      expect(interrupted.stderr).toContain('--resume');
      const callsBeforeResume = stageCalls;
      const resumed = await runCli(args('resumed', '--resume', '--json'), { cwd: temporary });
      expect(resumed.exitCode).toBe(6);
      expect(JSON.parse(resumed.stdout).counts.aspects).toBe(360);
      // Calls whose replies arrived before Ctrl-C came from the cache. Only calls still in flight at that moment
      // (at most --concurrency, default 8: cut off before their replies arrived, so never finished) are asked again.
      const repeated = [...attempts.entries()].filter(([key, count]) => count > 1 && !key.includes('Reply with the word ok.'));
      expect(repeated.length).toBeLessThanOrEqual(8);
      expect(repeated.every(([, count]) => count === 2)).toBe(true);
      expect(callsBeforeResume - repeated.length).toBeGreaterThanOrEqual(7);
      expect(stageCalls).toBeGreaterThan(callsBeforeResume);
    } finally {
      await slow.close();
    }
  });
});
