import { describe, expect, it } from 'vitest';
import { namesAssistant } from './names-assistant.ts';

describe('namesAssistant', () => {
  it('finds the assistant, its output or its act', () => {
    expect(namesAssistant('the reply was way too long')).toBe(true);
    expect(namesAssistant('answered 12 instead of 11')).toBe(true);
    expect(namesAssistant('never looked up my order')).toBe(true);
    expect(namesAssistant('the base case is wrong')).toBe(false);
    expect(namesAssistant('the function returns None')).toBe(true);
    expect(namesAssistant('it left out the 5 laps already run')).toBe(true);
    expect(namesAssistant('die Antwort kam auf Englisch')).toBe(true);
  });

  it('counts "it" and "you" only when asked to, and ignores the given words', () => {
    expect(namesAssistant('it holds 50')).toBe(true);
    expect(namesAssistant('it holds 50', { pronouns: false })).toBe(false);
    expect(namesAssistant('a bag covers 0.5 m2', { pronouns: false })).toBe(true);
    expect(namesAssistant('a bag covers 0.5 m2', { pronouns: false, ignore: new Set(['covers']) })).toBe(false);
    expect(namesAssistant('gary is furry')).toBe(false);
  });
});
