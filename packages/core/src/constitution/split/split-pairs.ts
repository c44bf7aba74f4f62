import { isDecisivePreference, type Preference } from '../../schemas/preference.ts';
import { seededRandom } from '../../util/seeded-random.ts';

export interface SplitPairsOptions {
  pairs: readonly Preference[];
  /** Share of the decisive pairs held out for reconstruction (never used for proposal, voting or selection). @default 0.3 */
  heldOutFraction?: number;
  seed: number;
}

export interface PairSplit {
  selection: Preference[];
  heldOut: Preference[];
  /** `tie` and `both_bad` pairs: kept and counted, never voted on or in an agreement denominator. */
  ties: Preference[];
}

const byId = (left: Preference, right: Preference) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);

/** A seeded split of the decisive pairs (canonical order by id, Fisher–Yates shuffle); each part sorted by id. */
export function splitPairs(options: SplitPairsOptions): PairSplit {
  const { pairs, heldOutFraction = 0.3, seed } = options;
  if (!(heldOutFraction >= 0 && heldOutFraction < 1)) throw new RangeError(`heldOutFraction must be in [0, 1), got ${heldOutFraction}`);
  const decisive = pairs.filter(isDecisivePreference).sort(byId);
  const ties = pairs.filter((pair) => !isDecisivePreference(pair)).sort(byId);
  const shuffled = [...decisive];
  const random = seededRandom(seed);
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  const heldOutCount = Math.round(decisive.length * heldOutFraction);
  return { heldOut: shuffled.slice(0, heldOutCount).sort(byId), selection: shuffled.slice(heldOutCount).sort(byId), ties };
}
