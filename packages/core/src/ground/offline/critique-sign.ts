import type { Aspect, Sign } from '../../schemas/aspect.ts';

/**
 * The sign of a whole critique from its aspects: the sign most of them have. A tie goes to negative — a critique
 * that praises as much as it complains still asks for a change — and a critique with no aspect has no sign.
 */
export function critiqueSign(aspects: ReadonlyArray<Pick<Aspect, 'sign'>>): Sign | undefined {
  if (aspects.length === 0) return undefined;
  const positive = aspects.filter((aspect) => aspect.sign === 'positive').length;
  return positive * 2 > aspects.length ? 'positive' : 'negative';
}
