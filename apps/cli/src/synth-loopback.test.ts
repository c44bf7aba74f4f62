import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLoopbackServer, messagesText, type ChatHandler, type ChatCompletionRequest, type LoopbackServer } from '@tenets/models/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './test/run-cli.ts';

const temporary = mkdtempSync(join(tmpdir(), 'tenets-synth-loopback-'));
const emoji = /\p{Extended_Pictographic}/u;
const blocks = (text: string, tag: string) => [...text.matchAll(new RegExp(`<${tag}>\\n([\\s\\S]*?)\\n</${tag}>`, 'g'))].map((match) => match[1]!);
const asked = (text: string) => Number(/(?:Write|List) (\d+)/.exec(text)?.[1] ?? 1);

/**
 * Four models on one OpenAI-wire server, scripted by request model and response schema name: the policy
 * answers with an emoji, the reviser removes it, the verifier judges by emoji, anchors are left alone.
 */
const chat: ChatHandler = (request: ChatCompletionRequest) => {
  const text = messagesText(request);
  if (text.includes('Reply with the word ok.')) return 'ok';
  const schema = request.response_format?.json_schema?.name;
  switch (schema) {
    case 'principle_scope':
      return { json: { domain: 'emails the user writes to their boss', effect: 'use no emojis', polarity: 'avoid' } };
    case 'categories':
      return { json: { categories: Array.from({ length: asked(text) }, (_, index) => ({ name: `Category ${index + 1}`, description: `Work messages, kind ${index + 1}.` })) } };
    case 'in_scope_prompts':
    case 'near_scope_prompts': {
      const category = /Category: <behaviour>\n([^:]+):/.exec(text)?.[1] ?? 'unknown';
      const offset = blocks(text, 'prompt').length;
      const lead = schema === 'in_scope_prompts' ? 'Write an email to my boss about' : 'Write a text to my friend about';
      return { json: { prompts: Array.from({ length: asked(text) }, (_, index) => `${lead} ${category.toLowerCase()}, item ${offset + index + 1}.`) } };
    }
    case 'out_of_scope_prompts': {
      const topics = /Topics: ([^.]+)\./.exec(text)![1]!;
      const topic = topics.split(', ')[0]!;
      return { json: { prompts: Array.from({ length: asked(text) }, (_, index) => ({ topic, prompt: `A question about ${topics}, number ${index + 1}.` })) } };
    }
    case 'revision':
      return { json: { explanation: 'Remove the emoji.', revised: blocks(text, 'response')[0]!.replace(/\s*\p{Extended_Pictographic}/gu, '') } };
    case 'pair_verdict': {
      const [first = '', second = ''] = blocks(text, 'response');
      return { json: { reasoning: 'Checked for emojis.', aFollows: !emoji.test(first), bFollows: !emoji.test(second) } };
    }
    case 'anchor_verdicts':
      return { json: { items: Array.from({ length: Number(/items a1 to a(\d+)/.exec(text)![1]) }, (_, index) => ({ id: `a${index + 1}`, applies: false, reason: 'not an email to the boss' })) } };
    case 'output_rating':
      return { json: { explanation: 'same', rating: 3 } };
    case undefined:
      return `Sure 🙂 here is my answer to: ${blocks(text, 'prompt')[0] ?? text.slice(0, 80)}`;
    default:
      return undefined;
  }
};

let server: LoopbackServer;
beforeAll(async () => {
  server = await createLoopbackServer({ chat });
});
afterAll(async () => {
  await server.close();
  rmSync(temporary, { recursive: true, force: true });
});

describe('tenets synth over the OpenAI wire format (loopback)', () => {
  it('plays each role with its own model at the default sizes, verifies, records the roles, exports and evaluates', async () => {
    const out = join(temporary, 'emoji');
    const common = ['--base-url', server.url, '--cache-dir', join(temporary, 'cache'), '--quiet'];
    const result = await runCli(
      ['synth', 'Never use emojis in emails to my boss.', '--out', out, '--model', 'compatible:generator', '--policy-model', 'compatible:policy', '--reviser-model', 'compatible:reviser', '--verifier-model', 'compatible:verifier', '--json', ...common],
      { cwd: temporary },
    );
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.models).toEqual({ generator: 'compatible:generator', policy: 'compatible:policy', reviser: 'compatible:reviser', verifier: 'compatible:verifier' });
    expect(summary.counts).toMatchInlineSnapshot(`
      {
        "anchors": 128,
        "conflicts": 0,
        "dropped": 0,
        "failures": 0,
        "needsGeneration": 0,
        "pairs": 64,
        "prompts": 192,
        "records": 192,
        "records.in": 64,
        "records.near": 64,
        "records.out": 64,
        "test": 48,
      }
    `);

    // Calls per role at the defaults, as the server saw them (preflight pings left out), against the plan.
    const calls: Record<string, number> = {};
    for (const request of server.requests) {
      const body = request.body as ChatCompletionRequest | undefined;
      if (request.path !== '/v1/chat/completions' || !body || messagesText(body).includes('Reply with the word ok.')) continue;
      calls[body.model] = (calls[body.model] ?? 0) + 1;
    }
    expect(calls).toEqual({ generator: summary.plan.callsPerPrinciple.generator - 1, policy: summary.plan.callsPerPrinciple.policy, reviser: summary.plan.callsPerPrinciple.reviser, verifier: summary.plan.callsPerPrinciple.verifier });
    expect(summary.plan.callsPerPrincipleTotal).toBe(427);

    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.artefacts['synth-records'].options.models).toEqual(summary.models);
    const records = readFileSync(join(out, 'synth-records.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const pair = records.find((record: { scope: string }) => record.scope === 'in');
    expect(pair.models).toEqual({ generator: 'compatible:generator', policy: 'compatible:policy', reviser: 'compatible:reviser', verifier: 'compatible:verifier' });
    expect(pair.verification.orders.map((order: { revisedFollows: boolean; baselineFollows: boolean }) => [order.revisedFollows, order.baselineFollows])).toEqual([[true, false], [true, false]]);

    const exported = await runCli(['export', out, '--format', 'openai-dpo', '--out', join(temporary, 'dpo'), '--quiet'], { cwd: temporary });
    expect(exported.exitCode).toBe(0);
    const dpo = JSON.parse(readFileSync(join(temporary, 'dpo', 'train.jsonl'), 'utf8').split('\n')[0]!);
    expect(Object.keys(dpo)).toEqual(['input', 'preferred_output', 'non_preferred_output']);
    expect(emoji.test(dpo.preferred_output[0].content)).toBe(false);
    expect(emoji.test(dpo.non_preferred_output[0].content)).toBe(true);

    // The tuned model drops the emoji in scope and leaves everything else as it was: S_in 1, S_out 0.
    const tests = records.filter((record: { split: string }) => record.split === 'test');
    const outputs = join(temporary, 'outputs.jsonl');
    writeFileSync(outputs, tests.map((record: { id: string; scope: string; baseline: { text: string }; revised?: { text: string } }) => JSON.stringify({ id: record.id, output: record.scope === 'in' ? record.revised!.text : record.baseline.text })).join('\n'));
    const evaluated = await runCli(['synth-eval', out, '--outputs', outputs, '--model', 'compatible:verifier', '--json', ...common], { cwd: temporary });
    expect(evaluated.exitCode).toBe(0);
    const scores = JSON.parse(evaluated.stdout);
    expect({ sIn: scores.sIn, sOut: scores.sOut, sOverall: scores.sOverall, unscored: scores.unscored }).toEqual({ sIn: 1, sOut: 0, sOverall: 1, unscored: 0 });
  });
});
