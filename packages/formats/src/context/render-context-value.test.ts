import { describe, expect, it } from 'vitest';
import { renderContextValue } from './render-context-value.ts';

describe('renderContextValue', () => {
  it('keeps strings and parses JSON text from CSV cells', () => {
    expect(renderContextValue('plain question')).toEqual({ text: 'plain question' });
    expect(renderContextValue('{"question":"Why?"}')).toEqual({ text: 'Why?' });
    expect(renderContextValue(null)).toEqual({});
  });

  it('turns role/content lists into messages, LangChain roles and content parts included', () => {
    expect(renderContextValue({ messages: [{ role: 'human', content: [{ type: 'text', text: 'Hi' }] }, { role: 'ai', content: 'Hello' }] })).toEqual({
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
      ],
    });
    expect(renderContextValue({ role: 'assistant', content: 'Done.' })).toEqual({ text: 'Done.' });
  });

  it('writes other objects as compact JSON and cuts long text', () => {
    expect(renderContextValue({ query: 'france', limit: 3 })).toEqual({ text: '{"query":"france","limit":3}' });
    expect(renderContextValue([{ role: 'narrator', content: 'x' }])).toEqual({ text: '[{"role":"narrator","content":"x"}]' });
    expect(renderContextValue('a'.repeat(50), 10)).toEqual({ text: `${'a'.repeat(9)}…` });
  });
});
