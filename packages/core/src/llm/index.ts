export { generateStructured, toTokenUsage, type GenerateStructuredOptions, type GenerateStructuredResult } from './generate-structured.ts';
export { delimit, untrustedTextNotice } from './delimit.ts';
export type { StageItemFailure } from './stage-item-failure.ts';
