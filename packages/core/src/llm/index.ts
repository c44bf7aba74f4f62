export { generateStructured, toTokenUsage, type GenerateStructuredOptions, type GenerateStructuredResult } from './generate-structured.ts';
export { delimit, untrustedTextNotice } from './delimit.ts';
