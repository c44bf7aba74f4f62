import { TenetsConfigError } from '@tenets/core';
import { describe, expect, it } from 'vitest';
import { formatModelSpec } from './model-spec.ts';
import { parseModelSpec, safeParseModelSpec } from './parse-model-spec.ts';

describe('parseModelSpec', () => {
  it('splits on the first colon only, keeping Ollama tags', () => {
    expect(parseModelSpec('ollama:qwen2.5:7b')).toEqual({ provider: 'ollama', modelId: 'qwen2.5:7b' });
  });

  it('parses every provider prefix', () => {
    const specs = ['openai:gpt-4.1-mini', 'openai:text-embedding-3-small', 'compatible:my-model', 'vllm:Qwen/Qwen2.5-7B-Instruct', 'LMStudio:llama-3.2-3b'];
    expect(specs.map((spec) => parseModelSpec(spec))).toMatchInlineSnapshot(`
      [
        {
          "modelId": "gpt-4.1-mini",
          "provider": "openai",
        },
        {
          "modelId": "text-embedding-3-small",
          "provider": "openai",
        },
        {
          "modelId": "my-model",
          "provider": "compatible",
        },
        {
          "modelId": "Qwen/Qwen2.5-7B-Instruct",
          "provider": "vllm",
        },
        {
          "modelId": "llama-3.2-3b",
          "provider": "lmstudio",
        },
      ]
    `);
  });

  it('round-trips through formatModelSpec', () => {
    expect(formatModelSpec(parseModelSpec(' openai:gpt-4.1 '))).toBe('openai:gpt-4.1');
  });

  it('rejects specs without a provider, with an unknown provider or without a model', () => {
    const messages = ['gpt-4.1-mini', 'anthropic:claude', 'openai:'].map((text) => {
      const result = safeParseModelSpec(text);
      return result.success ? 'parsed' : result.error.message;
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        ""gpt-4.1-mini" is not a model spec: the provider prefix is missing.",
        ""anthropic" in "anthropic:claude" is not a known provider (openai, ollama, vllm, lmstudio, compatible).",
        ""openai:" names no model after "openai:".",
      ]
    `);
    expect(() => parseModelSpec('nope')).toThrow(TenetsConfigError);
  });
});
