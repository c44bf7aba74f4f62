import { describe, expect, it } from 'vitest';
import { nameFromTerms } from './name-from-terms.ts';

describe('nameFromTerms', () => {
  it('title-cases the leading term, prefers a bigram that contains it, and adds a second distinct term', () => {
    expect(nameFromTerms(['refund', 'refund policy', 'days', 'policy'])).toBe('Refund Policy & Days');
    expect(nameFromTerms(['emojis', 'formal', 'professional'])).toBe('Emojis & Formal');
  });

  it('extends or numbers a name that is already taken, and falls back when there are no usable terms', () => {
    expect(nameFromTerms(['emojis', 'formal', 'professional'], new Set(['Emojis & Formal']))).toBe('Emojis & Formal & Professional');
    expect(nameFromTerms(['emojis'], new Set(['Emojis']))).toBe('Emojis 2');
    expect(nameFromTerms([], new Set(), 'uses emojis')).toBe('Uses Emojis');
  });
});
