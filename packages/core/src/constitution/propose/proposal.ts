/** One proposed principle, before de-duplication. */
export interface Proposal {
  /** "Select the response that …". */
  text: string;
  sourcePairIds: string[];
  sourceFeedbackIds: string[];
  origin: 'pairs' | 'critiques';
  clusterId?: string;
  /** Offline engine: the stems the principle checks. */
  terms?: string[];
}

/** The fixed opening of every pair principle. */
export const principlePrefix = 'Select the response that';
