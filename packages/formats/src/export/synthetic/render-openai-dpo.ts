import { splitFiles, verifiedAnchors, verifiedPairs, type ChatMessage, type SyntheticExportFile, type SyntheticExportInput } from './synthetic-export-input.ts';

export interface OpenAiDpoRow {
  input: { messages: ChatMessage[] };
  preferred_output: [ChatMessage];
  non_preferred_output: [ChatMessage];
}

export interface OpenAiSupervisedRow {
  messages: ChatMessage[];
}

/**
 * `openai-dpo`: OpenAI preference fine-tuning JSONL (`method.type: "dpo"`; Together AI and others accept the same
 * shape), one assistant message per output, plus the anchors as supervised rows (`method.type: "supervised"`) in
 * `anchors/`: there is no joint objective, so train SFT on the anchors first, then DPO.
 */
export function renderOpenAiDpo(input: SyntheticExportInput): SyntheticExportFile[] {
  const pairs = splitFiles(verifiedPairs(input.records), '', (record): OpenAiDpoRow => ({
    input: { messages: [{ role: 'user', content: record.prompt }] },
    preferred_output: [{ role: 'assistant', content: record.revised.text }],
    non_preferred_output: [{ role: 'assistant', content: record.baseline.text }],
  }));
  const anchors = splitFiles(verifiedAnchors(input.records), 'anchors/', (record): OpenAiSupervisedRow => ({
    messages: [
      { role: 'user', content: record.prompt },
      { role: 'assistant', content: record.baseline.text },
    ],
  }));
  return [...pairs, ...anchors];
}
