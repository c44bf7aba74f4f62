import type { Feedback } from '../../schemas/feedback.ts';
import { itemIdOf } from '../../schemas/judge-item.ts';
import { seededShuffle } from '../../util/seeded-random.ts';

export interface ItemSplit {
  seed: number;
  trainFraction: number;
  trainItemIds: string[];
  heldOutItemIds: string[];
}

/**
 * A seeded split of TARGETS (items), not of aspects: every aspect and critique of an item falls on the same
 * side, so held-out aspects never reach induction. Items are sorted before the shuffle, so input order does
 * not matter. With two or more items, at least one is held out and one trained on.
 */
export function splitItems(options: { feedback: readonly Pick<Feedback, 'id' | 'targetId'>[]; seed: number; trainFraction?: number }): ItemSplit {
  const { feedback, seed, trainFraction = 0.8 } = options;
  const itemIds = [...new Set(feedback.map((record) => itemIdOf(record)))].sort();
  const shuffled = seededShuffle(itemIds, seed);
  let trainCount = Math.round(itemIds.length * trainFraction);
  if (itemIds.length >= 2) trainCount = Math.min(itemIds.length - 1, Math.max(1, trainCount));
  return {
    seed,
    trainFraction,
    trainItemIds: shuffled.slice(0, trainCount).sort(),
    heldOutItemIds: shuffled.slice(trainCount).sort(),
  };
}
