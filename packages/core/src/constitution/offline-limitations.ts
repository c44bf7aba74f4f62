/** What the offline (lexical contrastive) constitution engine cannot do; written into its outputs. */
export const offlineConstitutionLimitations = [
  'This constitution was built by the offline engine (lexical contrastive): principles are words that preferred texts mention and rejected texts do not, and a principle "votes" by checking which text holds its words.',
  'It cannot judge truthfulness, politeness, helpfulness, specificity or any quality that is not carried by particular words; use a model for those.',
  'It has no judge of its own, so there is no "without constitution" agreement (chance is 50 %).',
] as const;
