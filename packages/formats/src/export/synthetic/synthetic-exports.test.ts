import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { syntheticInput } from './__fixtures__/synthetic-input.ts';
import { renderSyntheticExport } from './render-synthetic-export.ts';
import type { SyntheticExportFile } from './synthetic-export-input.ts';

// The target shapes of ../shared/reference/ecosystem.md A7 and c3po.md §9, strict: an extra or missing key fails.
const message = (role: 'user' | 'assistant') => z.strictObject({ role: z.literal(role), content: z.string().min(1) });
const trlStandard = z.strictObject({ prompt: z.string(), chosen: z.string(), rejected: z.string() });
const trlConversational = z.strictObject({ prompt: z.array(message('user')).min(1), chosen: z.tuple([message('assistant')]), rejected: z.tuple([message('assistant')]) });
const promptCompletion = z.strictObject({ prompt: z.string(), completion: z.string() });
const promptCompletionConversational = z.strictObject({ prompt: z.array(message('user')).min(1), completion: z.tuple([message('assistant')]) });
const unpaired = z.strictObject({ prompt: z.string(), completion: z.string(), label: z.boolean() });
const openAiDpo = z.strictObject({ input: z.strictObject({ messages: z.array(message('user')).min(1) }), preferred_output: z.tuple([message('assistant')]), non_preferred_output: z.tuple([message('assistant')]) });
const openAiSupervised = z.strictObject({ messages: z.tuple([message('user'), message('assistant')]) });

const lines = (files: SyntheticExportFile[], path: string) => files.find((file) => file.path === path)!.content.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);
const paths = (files: SyntheticExportFile[]) => files.map((file) => file.path);

describe('synthetic-data exports', () => {
  it('trl: standard preference rows of verified in-scope pairs only, per split', () => {
    const files = renderSyntheticExport('trl', syntheticInput);
    expect(paths(files)).toEqual(['train.jsonl', 'test.jsonl']);
    const train = lines(files, 'train.jsonl');
    for (const row of [...train, ...lines(files, 'test.jsonl')]) trlStandard.parse(row);
    expect(train).toEqual([{ prompt: 'Email my boss that the report is late.', chosen: 'Hi, the report is late.', rejected: 'Hi! 🙂 The report is late.' }]);
    expect(files.map((file) => file.content).join('')).not.toContain('[INST]');
  });

  it('trl --conversational: message lists with one assistant message per side', () => {
    const files = renderSyntheticExport('trl', syntheticInput, { conversational: true });
    const [row] = lines(files, 'test.jsonl');
    expect(trlConversational.parse(row)).toEqual({ prompt: [{ role: 'user', content: 'Email my boss about Friday.' }], chosen: [{ role: 'assistant', content: 'Friday works.' }], rejected: [{ role: 'assistant', content: 'Friday works 👍' }] });
  });

  it('trl-sft: near and out anchors in their own folders, and a card with the loss weights', () => {
    const files = renderSyntheticExport('trl-sft', syntheticInput);
    expect(paths(files)).toEqual(['near_scope_anchor/train.jsonl', 'out_of_scope_anchor/test.jsonl', 'README.md']);
    expect(promptCompletion.parse(lines(files, 'near_scope_anchor/train.jsonl')[0])).toEqual({ prompt: 'Text my friend about Friday.', completion: 'Friday! 🎉' });
    const conversational = renderSyntheticExport('trl-sft', syntheticInput, { conversational: true });
    expect(promptCompletionConversational.parse(lines(conversational, 'out_of_scope_anchor/test.jsonl')[0])).toEqual({ prompt: [{ role: 'user', content: 'How long do I boil an egg?' }], completion: [{ role: 'assistant', content: 'About 7 minutes.' }] });
    const card = files.find((file) => file.path === 'README.md')!.content;
    expect(card).toContain('λ1 = 0.2, λ2 = 0.1');
    expect(card).toContain('β = 0.1');
    expect(card).toContain('per-token mean NLL');
  });

  it('trl-kto: revision label true, baseline label false; anchors only when asked', () => {
    const files = renderSyntheticExport('trl-kto', syntheticInput);
    const train = lines(files, 'train.jsonl').map((row) => unpaired.parse(row));
    expect(train).toEqual([
      { prompt: 'Email my boss that the report is late.', completion: 'Hi, the report is late.', label: true },
      { prompt: 'Email my boss that the report is late.', completion: 'Hi! 🙂 The report is late.', label: false },
    ]);
    const withAnchors = lines(renderSyntheticExport('trl-kto', syntheticInput, { includeAnchors: true }), 'train.jsonl');
    expect(withAnchors.at(-1)).toEqual({ prompt: 'Text my friend about Friday.', completion: 'Friday! 🎉', label: true });
  });

  it('openai-dpo: input.messages, preferred_output, non_preferred_output; anchors as supervised rows', () => {
    const files = renderSyntheticExport('openai-dpo', syntheticInput);
    expect(paths(files)).toEqual(['train.jsonl', 'test.jsonl', 'anchors/train.jsonl', 'anchors/test.jsonl']);
    expect(openAiDpo.parse(lines(files, 'train.jsonl')[0])).toEqual({
      input: { messages: [{ role: 'user', content: 'Email my boss that the report is late.' }] },
      preferred_output: [{ role: 'assistant', content: 'Hi, the report is late.' }],
      non_preferred_output: [{ role: 'assistant', content: 'Hi! 🙂 The report is late.' }],
    });
    expect(files.map((file) => file.content).join('')).not.toMatch(/preferred_completion/);
    expect(openAiSupervised.parse(lines(files, 'anchors/test.jsonl')[0])).toEqual({ messages: [{ role: 'user', content: 'How long do I boil an egg?' }, { role: 'assistant', content: 'About 7 minutes.' }] });
  });

  it('hf-dataset: JSONL per config and split, YAML configs listing exactly those files, metadata and provenance', () => {
    const files = renderSyntheticExport('hf-dataset', syntheticInput);
    expect(paths(files)).toEqual([
      'in_scope_preference/train.jsonl',
      'in_scope_preference/test.jsonl',
      'near_scope_anchor/train.jsonl',
      'out_of_scope_anchor/test.jsonl',
      'eval_prompts/test.jsonl',
      'metadata.jsonl',
      'README.md',
    ]);
    const readme = files.find((file) => file.path === 'README.md')!.content;
    const yaml = parse(/^---\n([\s\S]*?)\n---\n/.exec(readme)![1]!) as { configs: Array<{ config_name: string; data_files: Array<{ split: string; path: string }> }> };
    expect(yaml.configs).toEqual([
      { config_name: 'in_scope_preference', data_files: [{ split: 'train', path: 'in_scope_preference/train.jsonl' }, { split: 'test', path: 'in_scope_preference/test.jsonl' }] },
      { config_name: 'near_scope_anchor', data_files: [{ split: 'train', path: 'near_scope_anchor/train.jsonl' }] },
      { config_name: 'out_of_scope_anchor', data_files: [{ split: 'test', path: 'out_of_scope_anchor/test.jsonl' }] },
      { config_name: 'eval_prompts', data_files: [{ split: 'test', path: 'eval_prompts/test.jsonl' }] },
    ]);
    for (const config of yaml.configs) for (const file of config.data_files) expect(paths(files)).toContain(file.path);
    trlConversational.parse(lines(files, 'in_scope_preference/train.jsonl')[0]);
    promptCompletionConversational.parse(lines(files, 'near_scope_anchor/train.jsonl')[0]);
    expect(lines(files, 'eval_prompts/test.jsonl').map((row) => (row as { scope: string }).scope)).toEqual(['in', 'out']);
    expect(lines(files, 'metadata.jsonl')).toHaveLength(6);
    expect(lines(files, 'metadata.jsonl')[0]).toMatchObject({ config: 'in_scope_preference', split: 'train', index: 0, id: 'syn_in_train', principle_id: 'pri_emoji', verification: { passed: true } });
    expect(readme.slice(readme.indexOf('## Provenance'))).toMatchInlineSnapshot(`
      "## Provenance

      ### Principles

      - \`pri_emoji\`: Never use emojis in emails to my boss.
        - domain: emails to the boss; effect: use no emojis (avoid; scope from model)

      ### Derived checks

      - \`pri_emoji\`: does not match /\\p{Extended_Pictographic}/u (offline)

      ### Models

      - generator: \`openai/gpt-4.1\`
      - policy: \`ollama/llama3\`
      - reviser: \`openai/gpt-4.1\`
      - verifier: \`anthropic/claude\`

      ### Verification

      - in-scope pairs kept: 2/3 (66.7%) (the verifier confirmed each in both presentation orders; derived checks agreed where present)
      - anchors kept: 2/4 (50.0%) (the verifier found the principle leaves them alone)
      - dropped, baseline-already-follows: 1
      - dropped, anchor-affected: 2

      \`metadata.jsonl\` gives, for each row (config, split, index), its record id, principle, category, origin, models, verification verdicts and check results.

      ## Licence

      Synthetic data: the terms of use of the generator, policy and reviser models listed above apply to their outputs.
      "
    `);
  });
});
