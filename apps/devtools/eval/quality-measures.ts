import type { Aspect, Sign } from '@tenets/core';

/**
 * The critique-level sign of a grounding: the majority of its aspects' signs, negative on a tie (a critique that praises
 * as much as it complains still asks for a change). The same rule as core's `critiqueSign`, defined here again because
 * the baseline (main before issue 13) has none.
 */
export function critiqueSign(aspects: readonly Aspect[]): Sign | undefined {
  if (aspects.length === 0) return undefined;
  const positive = aspects.filter((aspect) => aspect.sign === 'positive').length;
  return positive > aspects.length - positive ? 'positive' : 'negative';
}
