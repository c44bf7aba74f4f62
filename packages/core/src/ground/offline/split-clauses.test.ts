import { describe, expect, it } from 'vitest';
import { splitClauses } from './split-clauses.ts';

const clauses = (text: string) => splitClauses(text).map((span) => text.slice(span.start, span.end));

describe('splitClauses', () => {
  it('splits at sentence ends, keeping ? and ! with their clause', () => {
    expect(clauses('Way too long. Nobody reads that!! Why so many emojis?? ok')).toMatchInlineSnapshot(`
      [
        "Way too long",
        "Nobody reads that!!",
        "Why so many emojis??",
        "ok",
      ]
    `);
  });

  it('splits at contrast and addition connectors, in English, French, Spanish and German', () => {
    expect(clauses('it was polite but way too long, and also it ignored my order number')).toMatchInlineSnapshot(`
      [
        "it was polite",
        "way too long",
        "it ignored my order number",
      ]
    `);
    expect(clauses('Très poli mais beaucoup trop long; respuesta correcta pero en inglés, schnell, aber falsch')).toMatchInlineSnapshot(`
      [
        "Très poli",
        "beaucoup trop long",
        "respuesta correcta",
        "en inglés, schnell",
        "falsch",
      ]
    `);
    expect(clauses('Accurate answer. However, the tone was cold, plus it tried to upsell me')).toMatchInlineSnapshot(`
      [
        "Accurate answer",
        "the tone was cold",
        "it tried to upsell me",
      ]
    `);
  });

  it('splits before a new imperative after a comma, and at spaced dashes', () => {
    expect(clauses('you answered in English, please stop doing that - I wrote in Spanish')).toMatchInlineSnapshot(`
      [
        "you answered in English",
        "please stop doing that",
        "I wrote in Spanish",
      ]
    `);
  });

  it('never splits inside quotes, numbers, domains or tl;dr', () => {
    expect(clauses('it said "Good news! Refunds take 3.5 days. Enjoy!" but see shop.example.com/returns. tl;dr wrong')).toMatchInlineSnapshot(`
      [
        "it said "Good news! Refunds take 3.5 days. Enjoy!"",
        "see shop.example.com/returns",
        "tl;dr wrong",
      ]
    `);
  });

  it('returns trimmed spans whose offsets index the original text', () => {
    const text = '  Hi,\n\nthe reply was great ;  thanks!  ';
    const spans = splitClauses(text);
    expect(spans).toMatchInlineSnapshot(`
      [
        {
          "end": 4,
          "start": 2,
        },
        {
          "end": 26,
          "start": 7,
        },
        {
          "end": 37,
          "start": 30,
        },
      ]
    `);
    for (const span of spans) expect(text.slice(span.start, span.end).trim()).toBe(text.slice(span.start, span.end));
  });

  it('does not split code at "!="', () => {
    expect(clauses('Switch the >= with != here. Then return.')).toEqual(['Switch the >= with != here', 'Then return']);
  });

  it('handles empty and punctuation-only text', () => {
    expect(clauses('')).toEqual([]);
    expect(clauses(' ... !!! ')).toEqual([]);
    expect(clauses('👎')).toEqual(['👎']);
  });
});
