import type { SynthesisRecord } from '@tenets/core';
import { splitFiles, verifiedPairs, type ChatMessage, type SyntheticExportFile, type SyntheticExportInput } from './synthetic-export-input.ts';

export interface TrlExportOptions {
  /** Message lists instead of strings; TRL applies the model's chat template itself. @default false */
  conversational?: boolean;
}

export type TrlPreferenceRow = { prompt: string; chosen: string; rejected: string } | { prompt: ChatMessage[]; chosen: ChatMessage[]; rejected: ChatMessage[] };

/** A TRL preference row (DPO, CPO, ORPO, reward): chosen = the verified revision, rejected = the baseline. */
export function toTrlPreferenceRow(record: SynthesisRecord & { baseline: { text: string }; revised: { text: string } }, options: TrlExportOptions = {}): TrlPreferenceRow {
  if (!options.conversational) return { prompt: record.prompt, chosen: record.revised.text, rejected: record.baseline.text };
  return {
    prompt: [{ role: 'user', content: record.prompt }],
    chosen: [{ role: 'assistant', content: record.revised.text }],
    rejected: [{ role: 'assistant', content: record.baseline.text }],
  };
}

/** `trl`: in-scope preference rows, `train.jsonl` and `test.jsonl`. No chat-template strings are ever written. */
export function renderTrl(input: SyntheticExportInput, options: TrlExportOptions = {}): SyntheticExportFile[] {
  return splitFiles(verifiedPairs(input.records), '', (record) => toTrlPreferenceRow(record, options));
}
