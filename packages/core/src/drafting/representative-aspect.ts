import type { Aspect, Sign } from '../schemas/aspect.ts';
import { contentTokens } from '../text/content-tokens.ts';

/**
 * The member that best stands for a cluster (of one sign, when given): the medoid if it is in the critic's own
 * words, else the highest-ranked member that is (no quoted response text, at least two content words), else
 * the highest-ranked member. `ranked` is most representative first.
 */
export function representativeAspect(ranked: readonly Aspect[], medoid: Aspect | undefined, sign?: Sign): Aspect | undefined {
  const candidates = sign === undefined ? ranked : ranked.filter((aspect) => aspect.sign === sign);
  const ownWords = candidates.filter((aspect) => !aspect.evidence.response && contentTokens(aspect.evidence.critique.quote).length >= 2);
  if (medoid && ownWords.includes(medoid)) return medoid;
  return ownWords[0] ?? candidates[0] ?? ranked[0];
}
