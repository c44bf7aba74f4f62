import { renderHfDataset } from './render-hf-dataset.ts';
import { renderOpenAiDpo } from './render-openai-dpo.ts';
import { renderTrlKto } from './render-trl-kto.ts';
import { renderTrlSft } from './render-trl-sft.ts';
import { renderTrl } from './render-trl.ts';
import type { SyntheticExportFile, SyntheticExportInput } from './synthetic-export-input.ts';

export const syntheticExportFormats = ['trl', 'trl-sft', 'trl-kto', 'openai-dpo', 'hf-dataset'] as const;
export type SyntheticExportFormat = (typeof syntheticExportFormats)[number];

export interface RenderSyntheticExportOptions {
  /** trl, trl-sft, trl-kto: message lists instead of strings. @default false */
  conversational?: boolean;
  /** trl-kto: anchors as desirable rows too. @default false */
  includeAnchors?: boolean;
}

/** The files of one synthetic-data export format (paths relative to the export folder). */
export function renderSyntheticExport(format: SyntheticExportFormat, input: SyntheticExportInput, options: RenderSyntheticExportOptions = {}): SyntheticExportFile[] {
  switch (format) {
    case 'trl':
      return renderTrl(input, options);
    case 'trl-sft':
      return renderTrlSft(input, options);
    case 'trl-kto':
      return renderTrlKto(input, options);
    case 'openai-dpo':
      return renderOpenAiDpo(input);
    case 'hf-dataset':
      return renderHfDataset(input);
  }
}
