export { verifiedPairs, verifiedAnchors, type SyntheticExportInput, type SyntheticExportFile, type ChatMessage } from './synthetic-export-input.ts';
export { renderTrl, toTrlPreferenceRow, type TrlExportOptions, type TrlPreferenceRow } from './render-trl.ts';
export { renderTrlSft, toTrlPromptCompletionRow, c3poLossWeights, type TrlSftExportOptions, type TrlPromptCompletionRow } from './render-trl-sft.ts';
export { renderTrlKto, type TrlKtoExportOptions, type TrlUnpairedRow } from './render-trl-kto.ts';
export { renderOpenAiDpo, type OpenAiDpoRow, type OpenAiSupervisedRow } from './render-openai-dpo.ts';
export { renderHfDataset, type HfDatasetExportOptions } from './render-hf-dataset.ts';
export { renderSyntheticExport, syntheticExportFormats, type SyntheticExportFormat, type RenderSyntheticExportOptions } from './render-synthetic-export.ts';
