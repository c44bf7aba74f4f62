import type { Preference } from '../../schemas/preference.ts';
import { contrastiveTerms } from './contrastive-terms.ts';
import { principlePrefix, type Proposal } from './proposal.ts';
import { textStems } from './text-stems.ts';

export interface ProposePrinciplesOfflineOptions {
  /** Decisive pairs of the selection split. */
  pairs: ReadonlyArray<Preference & { preferred: 'a' | 'b' }>;
  /** Principles per pair (the reference's k). @default 3 */
  perPair?: number;
  /** A term must be specific to the preferred side in at least this many pairs. @default 2 */
  minPairs?: number;
}

/**
 * The offline engine's proposal (lexical contrastive): for each pair, the `perPair` stems that only its
 * preferred text holds and that are most distinctive of preferred over rejected texts across all pairs
 * become "Select the response that mentions <term>". It sees words only: it cannot tell truthful from
 * made-up, polite from rude, or good from bad, unless particular words carry that difference.
 */
export function proposePrinciplesOffline(options: ProposePrinciplesOfflineOptions): { proposals: Proposal[] } {
  const { pairs, perPair = 3, minPairs = 2 } = options;
  const terms = contrastiveTerms(pairs);
  const proposals: Proposal[] = [];
  for (const pair of pairs) {
    const preferred = textStems(pair.preferred === 'a' ? pair.textA : pair.textB);
    const rejected = textStems(pair.preferred === 'a' ? pair.textB : pair.textA);
    const ranked = [...preferred.stems]
      .filter((stem) => !rejected.stems.has(stem))
      .map((stem) => terms.get(stem)!)
      .filter((term) => term.preferredOnly >= minPairs && term.score > 0)
      .sort((left, right) => right.score - left.score || (left.stem < right.stem ? -1 : left.stem > right.stem ? 1 : 0))
      .slice(0, perPair);
    for (const term of ranked) {
      proposals.push({ text: `${principlePrefix} mentions "${term.surface}"`, sourcePairIds: [pair.id], sourceFeedbackIds: [], origin: 'pairs', terms: [term.stem] });
    }
  }
  return { proposals };
}
