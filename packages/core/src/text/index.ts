export { distinctiveTerms, type DistinctiveTermsOptions } from './distinctive-terms.ts';
export { contentTokens, type ContentToken } from './content-tokens.ts';
export { stopwords } from './stopwords.ts';
