import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHdbscanClusterer } from '@tenets/cluster';
import { createProviderEmbeddingModel, createProviderLanguageModel } from '@tenets/models';
import { createLoopbackServer, type ChatCompletionRequest, type LoopbackServer } from '@tenets/models/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConstitutionCommand } from './run-constitution-command.ts';

const root = resolve(import.meta.dirname, '../../../..');
const sharedData = [process.env.TENETS_SHARED_DATA, resolve(root, '../shared/data'), resolve(root, '../../shared/data')].find((path): path is string => path !== undefined && existsSync(resolve(path, 'icai-synthetic')));
const orthogonal = sharedData && resolve(sharedData, 'icai-synthetic/synthetic_data_orthogonal_adcbg.csv');

const planted = ['cat', 'blue', 'lemon'];
const block = (text: string, label: string) => new RegExp(`${label}:\\n<response>\\n([\\s\\S]*?)\\n</response>`).exec(text)?.[1]?.toLowerCase() ?? '';
const wordOf = (principle: string) => /"([^"]+)"/.exec(principle)?.[1];

/**
 * A scripted annotator over the OpenAI wire format that knows the planted words: it proposes "mentions
 * <word>" rules (plus one vague rule), votes by which sample holds a rule's word, and judges by the listed
 * principles — or, without a constitution, always answers "A" (a position-biased default judge).
 */
function annotator(request: ChatCompletionRequest, text: string) {
  const system = String(request.messages.find((message) => message.role === 'system')?.content ?? '');
  if (system.startsWith('You explain a pairwise preference')) {
    const selected = block(text, 'Selected response');
    return { json: { principles: [...planted.filter((word) => selected.includes(word)).map((word) => `Select the response that mentions "${word}"`), 'Select the response that is more fun', 'Select the response that is shorter'] } };
  }
  const first = block(text, 'Sample A');
  const second = block(text, 'Sample B');
  const pick = (principle: string) => {
    const word = wordOf(principle);
    if (!word) return 'None';
    return first.includes(word) && second.includes(word) ? 'Both' : first.includes(word) ? 'A' : second.includes(word) ? 'B' : 'None';
  };
  if (system.startsWith('You test principles')) {
    const listed = [...text.matchAll(/^(\d+)\. (.*)$/gm)].map((match) => ({ principle: Number(match[1]), choice: pick(match[2]!) }));
    return { json: { votes: listed } };
  }
  const rules = [...system.matchAll(/^\d+\. (.*)$/gm)].map((match) => match[1]!);
  if (rules.length === 0) return { json: { preferred: 'A' } };
  const net = rules.reduce((sum, rule) => sum + (pick(rule) === 'A' ? 1 : pick(rule) === 'B' ? -1 : 0), 0);
  return { json: { preferred: net > 0 ? 'A' : net < 0 ? 'B' : 'cannot tell' } };
}

let server: LoopbackServer;
let temporary: string;
beforeAll(async () => {
  temporary = await mkdtemp(join(tmpdir(), 'tenets-constitution-loopback-'));
  server = await createLoopbackServer({ chat: (request, { text }) => annotator(request, text), embeddingDimensions: 64 });
});
afterAll(async () => {
  await server.close();
  await rm(temporary, { recursive: true, force: true });
});

describe.skipIf(sharedData === undefined)('tenets constitution over the OpenAI wire format (loopback server)', () => {
  it('recovers the planted rules at the defaults; calls and tokens per pair are measured', async () => {
    const resolved = { provider: 'openai' as const, modelId: 'gpt-4.1-mini', baseURL: server.url, apiKeyEnv: 'OPENAI_API_KEY', apiKey: () => 'sk-loopback' };
    const model = createProviderLanguageModel({ spec: 'openai:gpt-4.1-mini', ...resolved });
    const embeddingModel = createProviderEmbeddingModel({ spec: 'openai:text-embedding-3-small', ...resolved, modelId: 'text-embedding-3-small' });
    const result = await runConstitutionCommand({ inputs: [orthogonal!], outDir: join(temporary, 'run'), model, embeddingModel, clusterer: createHdbscanClusterer(), concurrency: 2, price: { input: 0.4, output: 1.6 } });
    const constitution = result.result!.constitution;
    expect(constitution.engine).toBe('llm');
    expect(constitution.principles.map((principle) => principle.text).sort()).toEqual(['Select the response that mentions "blue"', 'Select the response that mentions "cat"', 'Select the response that mentions "lemon"']);
    expect(constitution.reconstruction.heldOut!.withConstitution.agreement!).toBeGreaterThanOrEqual(0.85);
    expect(constitution.reconstruction.heldOut!.withoutConstitution!.agreement).toBeLessThan(0.85);

    const chatCalls = server.count('/v1/chat/completions');
    const embeddingCalls = server.count('/v1/embeddings');
    const tokens = result.usage.inputTokens + result.usage.outputTokens;
    const measured = { chatCalls, embeddingCalls, callsPerPair: Number(((chatCalls + embeddingCalls) / 30).toFixed(2)), tokensPerPair: Math.round(tokens / 30), plannedTotal: result.plan.total, heldOutWith: constitution.reconstruction.heldOut!.withConstitution.agreement, heldOutWithout: constitution.reconstruction.heldOut!.withoutConstitution!.agreement, selection: constitution.reconstruction.selection.withConstitution.agreement };
    // Printed for docs/constitution.md; the assertions below hold whatever the exact token counts.
    console.info(`constitution loopback: ${JSON.stringify(measured)}`);
    expect(chatCalls).toBe(21 + 21 + 9 + 9 + 9); // propose + vote (1 chunk) on 21 selection pairs; vote + judge with + without on 9 held-out
    expect(embeddingCalls).toBe(1);
    expect(measured.callsPerPair).toBeLessThan(6);
    expect(chatCalls + embeddingCalls).toBeLessThanOrEqual(result.plan.total);
    expect(result.estimate.costUsd).toBeGreaterThan(0);
  });
});
