import type { SynthesisRecord } from '@tenets/core';
import type { SyntheticExportInput } from '../synthetic-export-input.ts';

const base = { principleId: 'pri_emoji', category: 'Work email', checks: {}, origin: { kind: 'generated' as const, feedbackIds: [] }, needsGeneration: false, models: { generator: 'openai/gpt-4.1', policy: 'ollama/llama3', reviser: 'openai/gpt-4.1', verifier: 'anthropic/claude' } };
const passedPair = { method: 'verifier' as const, orders: [{ order: 'revised-first' as const, revisedFollows: true, baselineFollows: false, reasoning: 'ok' }, { order: 'baseline-first' as const, revisedFollows: true, baselineFollows: false, reasoning: 'ok' }], passed: true };
const anchor = { method: 'verifier' as const, orders: [], leftAlone: true, passed: true };
const response = (text: string, model: string) => ({ text, model, finishReason: 'stop' });

export const syntheticRecords: SynthesisRecord[] = [
  { ...base, id: 'syn_in_train', scope: 'in', prompt: 'Email my boss that the report is late.', baseline: response('Hi! 🙂 The report is late.', 'ollama/llama3'), revised: { ...response('Hi, the report is late.', 'openai/gpt-4.1'), explanation: 'No emoji.' }, verification: passedPair, split: 'train' },
  { ...base, id: 'syn_in_test', scope: 'in', prompt: 'Email my boss about Friday.', baseline: response('Friday works 👍', 'ollama/llama3'), revised: { ...response('Friday works.', 'openai/gpt-4.1') }, verification: passedPair, split: 'test' },
  { ...base, id: 'syn_near', scope: 'near', category: 'Texts to friends', prompt: 'Text my friend about Friday.', baseline: response('Friday! 🎉', 'ollama/llama3'), verification: anchor, split: 'train' },
  { ...base, id: 'syn_out', scope: 'out', category: 'cooking', prompt: 'How long do I boil an egg?', baseline: response('About 7 minutes.', 'ollama/llama3'), verification: anchor, split: 'test' },
  { ...base, id: 'syn_prompt_only', scope: 'in', prompt: 'Email my boss about the budget.', verification: { method: 'none', orders: [], passed: false }, split: 'train', needsGeneration: true, message: 'needs a model' },
];

export const syntheticInput: SyntheticExportInput = {
  records: syntheticRecords,
  scopes: [{ principleId: 'pri_emoji', principle: 'Never use emojis in emails to my boss.', domain: 'emails to the boss', effect: 'use no emojis', polarity: 'avoid', source: 'model' }],
  checks: [{ principleId: 'pri_emoji', spec: { kind: 'regex', pattern: '\\p{Extended_Pictographic}', flags: 'u', expect: 'no-match' }, description: 'does not match /\\p{Extended_Pictographic}/u', source: 'offline' }],
  models: { generator: 'openai/gpt-4.1', policy: 'ollama/llama3', reviser: 'openai/gpt-4.1', verifier: 'anthropic/claude' },
  engine: 'llm',
  counts: { records: 4, 'dropped.baseline-already-follows': 1, 'dropped.anchor-affected': 2 },
};
