export {
  createLexicalEmbeddingModel,
  defaultLexicalDimensions,
  type LexicalEmbeddingModel,
  type LexicalEmbeddingModelOptions,
} from './lexical/create-lexical-embedding-model.ts';
export { embedAspects, aspectEmbeddingText, type EmbedAspectsOptions, type EmbedAspectsResult } from './embed-aspects.ts';
