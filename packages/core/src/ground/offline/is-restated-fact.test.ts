import { describe, expect, it } from 'vitest';
import { isRestatedFact } from './is-restated-fact.ts';

const gary = { prompt: 'Gary is a furry guinea pig who sleeps most of the day. He eats 12 g of food every day.' };
const tank = { prompt: 'A tank holds 50 litres and a tap fills it at 5 litres a minute. How long does it take to fill?' };
const track = { prompt: 'Mia trains on a 400 m track. How many more laps are left to reach 4 km?' };

describe('isRestatedFact', () => {
  it('recognises a fact of the prompt said again', () => {
    expect(isRestatedFact('gary is furry', 0, gary)).toBe(true);
    expect(isRestatedFact('the tank holds 50 litres', 0, tank)).toBe(true);
    expect(isRestatedFact('the track is 400 m', 0, track)).toBe(true);
  });

  it('keeps clauses that name the assistant, prescribe, deny, ask or grade', () => {
    expect(isRestatedFact('it said the tank holds 40 litres', 0, tank)).toBe(false);
    expect(isRestatedFact('the total should include the tank', 0, tank)).toBe(false);
    expect(isRestatedFact("doesn't say how long the tank takes to fill", 0, tank)).toBe(false);
    expect(isRestatedFact('what about the laps left?', 0, track)).toBe(false);
    expect(isRestatedFact('it left out the laps left on the track', 0, track)).toBe(false);
    expect(isRestatedFact('gary is furry', -1, gary)).toBe(false);
  });

  it('needs a prompt and most of the clause’s words in it', () => {
    expect(isRestatedFact('gary is furry', 0, undefined)).toBe(false);
    expect(isRestatedFact('gary is furry and plays the violin beautifully', 0, gary)).toBe(false);
    expect(isRestatedFact('ft', 0, gary)).toBe(false);
  });
});
