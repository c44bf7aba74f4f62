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

/** Abstract traits of the aligned set, each with its opposite, recognised by the scripted annotator. */
const traits = [
  { good: 'is truthful', bad: 'makes up facts', holds: (text: string) => text.includes('washington') },
  { good: 'names a specific destination', bad: 'stays vague', holds: (text: string) => /bath|edinburgh|lake district/.test(text) },
  { good: 'is polite and helpful', bad: 'is rude and reluctant', holds: (text: string) => text.includes('of course') },
];

/** A scripted annotator that "understands" truthfulness, specificity and politeness (via keyword oracles). */
function traitAnnotator(request: ChatCompletionRequest, text: string) {
  const system = String(request.messages.find((message) => message.role === 'system')?.content ?? '');
  const rule = (phrase: string) => `Select the response that ${phrase}`;
  if (system.startsWith('You explain a pairwise preference')) {
    const selected = block(text, 'Selected response');
    const other = block(text, 'Other response');
    const principles = traits.flatMap((trait) => (trait.holds(selected) && !trait.holds(other) ? [rule(trait.good)] : !trait.holds(selected) && trait.holds(other) ? [rule(trait.bad)] : []));
    return { json: { principles: [...principles, rule('is longer')] } };
  }
  const first = block(text, 'Sample A');
  const second = block(text, 'Sample B');
  const pick = (principle: string) => {
    if (principle === rule('is longer')) return first.length > second.length ? 'A' : 'B';
    const trait = traits.find((entry) => principle === rule(entry.good) || principle === rule(entry.bad));
    if (!trait) return 'None';
    const [inFirst, inSecond] = [trait.holds(first), trait.holds(second)];
    if (inFirst === inSecond) return 'None';
    const wantsTrait = principle === rule(trait.good);
    return inFirst === wantsTrait ? 'A' : 'B';
  };
  if (system.startsWith('You test principles')) return { json: { votes: [...text.matchAll(/^(\d+)\. (.*)$/gm)].map((match) => ({ principle: Number(match[1]), choice: pick(match[2]!) })) } };
  const rules = [...system.matchAll(/^\d+\. (.*)$/gm)].map((match) => match[1]!);
  // Without a constitution this judge has normal taste: it prefers the truthful, specific, polite answer.
  if (rules.length === 0) return { json: { preferred: traits.some((trait) => trait.holds(first) && !trait.holds(second)) ? 'A' : 'B' } };
  const net = rules.reduce((sum, entry) => sum + (pick(entry) === 'A' ? 1 : pick(entry) === 'B' ? -1 : 0), 0);
  return { json: { preferred: net > 0 ? 'A' : net < 0 ? 'B' : 'cannot tell' } };
}

let handler: (request: ChatCompletionRequest, text: string) => unknown = annotator;
let server: LoopbackServer;
let temporary: string;
beforeAll(async () => {
  temporary = await mkdtemp(join(tmpdir(), 'tenets-constitution-loopback-'));
  server = await createLoopbackServer({ chat: (request, { text }) => handler(request, text) as { json: unknown }, embeddingDimensions: 64 });
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

  it('on the aligned set, and with its labels flipped, a model finds the abstract principles and their opposites', async () => {
    handler = traitAnnotator;
    const aligned = resolve(sharedData!, 'icai-synthetic/synthetic_data_aligned_vqvtb.csv');
    const model = createProviderLanguageModel({ spec: 'openai:gpt-4.1-mini', provider: 'openai', modelId: 'gpt-4.1-mini', baseURL: server.url, apiKeyEnv: 'OPENAI_API_KEY', apiKey: () => 'sk-loopback' });
    const figures = async (invertLabels: boolean) => {
      const result = await runConstitutionCommand({ inputs: [aligned], outDir: join(temporary, invertLabels ? 'unaligned' : 'aligned'), model, invertLabels, concurrency: 2 });
      const constitution = result.result!.constitution;
      return {
        principles: constitution.principles.map((principle) => principle.text).sort(),
        heldOutWith: constitution.reconstruction.heldOut!.withConstitution.agreement,
        heldOutWithout: constitution.reconstruction.heldOut!.withoutConstitution!.agreement,
      };
    };
    expect({ aligned: await figures(false), unaligned: await figures(true) }).toMatchInlineSnapshot(`
      {
        "aligned": {
          "heldOutWith": 0.944444,
          "heldOutWithout": 1,
          "principles": [
            "Select the response that is polite and helpful",
            "Select the response that is truthful",
            "Select the response that names a specific destination",
          ],
        },
        "unaligned": {
          "heldOutWith": 0.944444,
          "heldOutWithout": 0,
          "principles": [
            "Select the response that is rude and reluctant",
            "Select the response that makes up facts",
            "Select the response that stays vague",
          ],
        },
      }
    `);
    handler = annotator;
  });
});
