export {
  createLexicalEmbeddingModel,
  defaultLexicalDimensions,
  lexicalEmbeddingModelName,
  type LexicalEmbeddingModel,
  type LexicalEmbeddingModelOptions,
} from './lexical/create-lexical-embedding-model.ts';
export { fitLexicalEmbeddingModel, type FitLexicalEmbeddingModelOptions } from './lexical/fit-lexical-embedding-model.ts';
export type { FitProgress } from '../util/fit-steps.ts';
export { embedAspects, aspectEmbeddingText, type EmbedAspectsOptions, type EmbedAspectsResult } from './embed-aspects.ts';
export type { TopicSource } from './feedback-topic-text.ts';
