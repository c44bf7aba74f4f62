import { describe, expect, it } from 'vitest';
import { contrastBefore } from './contrast-before.ts';
import { splitClauses } from './split-clauses.ts';

const contrasts = (critique: string) => {
  const clauses = splitClauses(critique);
  return clauses.map((_, index) => contrastBefore(critique, clauses, index));
};

describe('contrastBefore', () => {
  it('finds contrast words between clauses or opening a clause, in five languages', () => {
    expect(contrasts('It was quick, but the steps were wrong')).toEqual([false, true]);
    expect(contrasts('It was quick. However, the steps were wrong')).toEqual([false, true]);
    expect(contrasts('Rapide mais faux')).toEqual([false, true]);
    expect(contrasts('Rápido, pero incorrecto')).toEqual([false, true]);
    expect(contrasts('Schnell, aber falsch')).toEqual([false, true]);
    expect(contrasts('It was quick. Also, the steps were wrong')).toEqual([false, false]);
    expect(contrasts('It was quick. Butter is not the point')).toEqual([false, false]);
  });
});
