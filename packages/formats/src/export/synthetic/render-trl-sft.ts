import type { SynthesisRecord } from '@tenets/core';
import { splitFiles, verifiedAnchors, type ChatMessage, type SyntheticExportFile, type SyntheticExportInput } from './synthetic-export-input.ts';

/** The C3PO loss weights (paper Eq. 5): λ1 for out-of-scope anchors, λ2 for near-scope anchors, β for DPO. */
export const c3poLossWeights = { outOfScope: 0.2, nearScope: 0.1, beta: 0.1 } as const;

export interface TrlSftExportOptions {
  /** @default false */
  conversational?: boolean;
}

export type TrlPromptCompletionRow = { prompt: string; completion: string } | { prompt: ChatMessage[]; completion: ChatMessage[] };

export function toTrlPromptCompletionRow(record: SynthesisRecord & { baseline: { text: string } }, options: TrlSftExportOptions = {}): TrlPromptCompletionRow {
  if (!options.conversational) return { prompt: record.prompt, completion: record.baseline.text };
  return { prompt: [{ role: 'user', content: record.prompt }], completion: [{ role: 'assistant', content: record.baseline.text }] };
}

/**
 * `trl-sft`: prompt/completion anchors from near- and out-of-scope baselines, one folder each (they carry
 * different loss weights), and a dataset card with the paper's weights and how to train without the joint loss.
 */
export function renderTrlSft(input: SyntheticExportInput, options: TrlSftExportOptions = {}): SyntheticExportFile[] {
  const near = splitFiles(verifiedAnchors(input.records, 'near'), 'near_scope_anchor/', (record) => toTrlPromptCompletionRow(record, options));
  const out = splitFiles(verifiedAnchors(input.records, 'out'), 'out_of_scope_anchor/', (record) => toTrlPromptCompletionRow(record, options));
  return [...near, ...out, { path: 'README.md', content: anchorCard(near.length + out.length > 0) }];
}

function anchorCard(hasRows: boolean): string {
  return [
    '# Scoped anchors (C3PO)',
    '',
    hasRows ? 'Prompt–completion anchors: the policy model\'s own answers to prompts the principle does not apply to.' : 'No verified anchors: nothing to train on yet.',
    '',
    '- `near_scope_anchor/`: prompts close to the principle\'s domain but outside it.',
    '- `out_of_scope_anchor/`: general prompts unrelated to the domain.',
    '',
    '## Loss weights (RLVF / C3PO, arXiv 2402.10893, Eq. 5)',
    '',
    `L = L_DPO(in-scope pairs; β = ${c3poLossWeights.beta}) + λ1 · L_SFT(out-of-scope anchors) + λ2 · L_SFT(near-scope anchors), λ1 = ${c3poLossWeights.outOfScope}, λ2 = ${c3poLossWeights.nearScope}.`,
    '',
    'The SFT terms are a per-token mean NLL on completion tokens while DPO sums sequence log-ratios; the λ values assume that normalisation. No TRL option reproduces the joint loss (`rpo_alpha` puts NLL on the chosen answers, not on other prompts). Without a custom trainer: train SFT on these anchors (`completion_only_loss`), then DPO on the `trl` export; or use the pure-preference approximation.',
    '',
  ].join('\n');
}
