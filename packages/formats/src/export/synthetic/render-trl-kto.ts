import { verifiedAnchors, verifiedPairs, type ChatMessage, type SyntheticExportFile, type SyntheticExportInput } from './synthetic-export-input.ts';

export interface TrlKtoExportOptions {
  /** @default false */
  conversational?: boolean;
  /** Also emit near/out-of-scope baselines as desirable rows (label true). @default false */
  includeAnchors?: boolean;
}

export type TrlUnpairedRow = { prompt: string | ChatMessage[]; completion: string | ChatMessage[]; label: boolean };

/** `trl-kto`: unpaired preference rows (KTO, BCO): the revision with label true, the baseline with label false. */
export function renderTrlKto(input: SyntheticExportInput, options: TrlKtoExportOptions = {}): SyntheticExportFile[] {
  const row = (prompt: string, completion: string, label: boolean): TrlUnpairedRow =>
    options.conversational ? { prompt: [{ role: 'user', content: prompt }], completion: [{ role: 'assistant', content: completion }], label } : { prompt, completion, label };
  const records = [...verifiedPairs(input.records), ...(options.includeAnchors ? verifiedAnchors(input.records) : [])];
  const files: SyntheticExportFile[] = [];
  for (const split of ['train', 'test'] as const) {
    const rows = records
      .filter((record) => record.split === split)
      .flatMap((record) => (record.revised ? [row(record.prompt, record.revised.text, true), row(record.prompt, record.baseline!.text, false)] : [row(record.prompt, record.baseline!.text, true)]));
    if (rows.length > 0) files.push({ path: `${split}.jsonl`, content: rows.map((entry) => `${JSON.stringify(entry)}\n`).join('') });
  }
  return files;
}
