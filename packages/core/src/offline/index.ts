export { groundOffline } from './grounding/ground-offline.ts';
export { splitClauses, type TextSpan } from './grounding/split-clauses.ts';
export { scoreSign } from './grounding/detect-sign.ts';
export {
  createLexicalEmbeddingModel,
  defaultLexicalDimensions,
  type LexicalEmbeddingModel,
  type LexicalEmbeddingModelOptions,
} from './embedding/create-lexical-embedding-model.ts';
export { distinctiveTerms, type DistinctiveTermsOptions } from './terms/distinctive-terms.ts';
export { draftMetricsOffline, type DraftMetricsOfflineOptions } from './drafting/draft-metrics-offline.ts';
export { draftPrinciplesOffline, type DraftPrinciplesOfflineOptions } from './drafting/draft-principles-offline.ts';
export { renderConstitutionMarkdown, type RenderConstitutionMarkdownOptions } from './drafting/render-constitution-markdown.ts';
export { clusteringAgreement, type ClusteringAgreement } from './evaluation/clustering-agreement.ts';
export { offlineClusteringDefaults, type OfflineClusteringDefaults } from './clustering/offline-clustering-defaults.ts';
export { labelCritiques } from './evaluation/label-critiques.ts';
