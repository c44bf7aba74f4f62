export { draftPrinciplesLlm, type DraftPrinciplesLlmOptions, type DraftPrinciplesLlmResult } from './draft/llm/draft-principles-llm.ts';
export { PRINCIPLE_PROMPT_VERSION } from './draft/llm/principle-prompt.ts';
export { draftPrinciplesOffline, type DraftPrinciplesOfflineOptions } from './draft/offline/draft-principles-offline.ts';
export { renderConstitutionMarkdown, type RenderConstitutionMarkdownOptions } from './draft/offline/render-constitution-markdown.ts';
export { draftPrinciples, type DraftPrinciplesOptions, type DraftPrinciplesResult } from './draft/draft-principles.ts';
