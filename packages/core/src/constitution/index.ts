export { draftPrinciplesLlm, type DraftPrinciplesLlmOptions, type DraftPrinciplesLlmResult } from './draft/llm/draft-principles-llm.ts';
export { PRINCIPLE_PROMPT_VERSION } from './draft/llm/principle-prompt.ts';
export { draftPrinciplesOffline, type DraftPrinciplesOfflineOptions } from './draft/offline/draft-principles-offline.ts';
export { renderConstitutionMarkdown, type RenderConstitutionMarkdownOptions } from './draft/offline/render-constitution-markdown.ts';
export { draftPrinciples, type DraftPrinciplesOptions, type DraftPrinciplesResult } from './draft/draft-principles.ts';
// Inverse Constitutional AI: principles from preference pairs, tested by voting, selected jointly, checked on held-out pairs.
// Per-cluster principle drafting from critiques lives in ./draft/.
export { induceConstitution, type InduceConstitutionOptions, type InduceConstitutionResult } from './induce-constitution.ts';
export { planConstitutionCalls, type ConstitutionCallPlan, type PlanConstitutionCallsOptions } from './plan-constitution-calls.ts';
export { offlineConstitutionLimitations } from './offline-limitations.ts';
export { splitPairs, type PairSplit, type SplitPairsOptions } from './split/split-pairs.ts';
export { principlePrefix, type Proposal } from './propose/proposal.ts';
export { proposePrinciplesOffline, type ProposePrinciplesOfflineOptions } from './propose/propose-principles-offline.ts';
export { proposePrinciplesLlm, type ProposePrinciplesLlmOptions, type ProposePrinciplesLlmResult } from './propose/propose-principles-llm.ts';
export { contrastiveTerms, type ContrastiveTerm } from './propose/contrastive-terms.ts';
export { deduplicatePrinciples, type DeduplicatePrinciplesOptions } from './deduplicate/deduplicate-principles.ts';
export { votePrinciplesOffline, type VotePrinciplesOfflineOptions } from './vote/vote-principles-offline.ts';
export { votePrinciplesLlm, voteChunks, maxPrinciplesPerVoteCall, type VotePrinciplesLlmOptions, type VotePrinciplesLlmResult } from './vote/vote-principles-llm.ts';
export { voteValue, countVotes, emptyVoteCounts, totalVotes, type VoteChoice } from './vote/vote-value.ts';
export { flipCoin } from './vote/flip-coin.ts';
export { filterPrinciples, failedFilterRules, defaultFilterThresholds, type FilterRule, type FilterPrinciplesOptions } from './filter/filter-principles.ts';
export { selectPrinciples, rankByVotes, type SelectionMethod, type SelectPrinciplesOptions, type SelectPrinciplesResult } from './select/select-principles.ts';
export { predictPair, predictionCredit, setAgreement, type ChoiceMatrix, type Prediction } from './select/predict-pair.ts';
export { agreementStatistics, principleFigures, bootstrapResamples } from './reconstruct/agreement-statistics.ts';
export { judgePairsLlm, type JudgePairsLlmOptions } from './reconstruct/judge-pairs-llm.ts';
export { CONSTITUTION_PROMPT_VERSIONS } from './llm/constitution-prompts.ts';
export { renderTestedConstitutionMarkdown } from './render/render-tested-constitution-markdown.ts';
export { testPrinciplesOnCritiques, type TestPrinciplesOnCritiquesOptions } from './critiques/test-principles-on-critiques.ts';
export { aggregateSeedVotes, type SeedAggregation } from './vote/aggregate-seed-votes.ts';
