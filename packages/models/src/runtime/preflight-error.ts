import { APICallError } from '@ai-sdk/provider';
import { TenetsConfigError, TenetsError } from '@tenets/core';
import type { ResolvedModel } from '../config/model-config.ts';
import { CallTimeoutError } from '../limits/classify-error.ts';
import { publicBaseUrl } from './public-base-url.ts';

const startHints: Record<ResolvedModel['provider'], string> = {
  openai: 'Check your network connection and OPENAI_BASE_URL / --base-url.',
  ollama: 'Start Ollama (`ollama serve`), or pass --base-url if it listens elsewhere (default http://localhost:11434/v1).',
  vllm: 'Start the server (`vllm serve <model>`), or pass --base-url if it listens elsewhere (default http://localhost:8000/v1).',
  lmstudio: 'Start the LM Studio server (Developer tab → Start Server), or pass --base-url (default http://localhost:1234/v1).',
  compatible: 'Check --base-url: it should be the server address including /v1, e.g. http://localhost:8080/v1.',
};

/** Turns what a preflight call threw into one clear `TenetsConfigError` that says what to check. */
export function preflightError(role: 'Language model' | 'Embedding model', model: ResolvedModel, error: unknown): TenetsError {
  if (TenetsError.isInstance(error)) return error;
  const where = `${role} ${model.spec} at ${publicBaseUrl(model.baseURL)}`;
  if (error instanceof CallTimeoutError) {
    return new TenetsConfigError({
      message: `${where} did not answer a tiny test call within ${error.timeoutMs / 1000} s.`,
      hint: `${startHints[model.provider]} A server that is still loading the model can be slow: try again, or raise --timeout.`,
      cause: error,
    });
  }
  if (!APICallError.isInstance(error)) {
    return new TenetsConfigError({ message: `${where} failed its test call: ${error instanceof Error ? error.message : String(error)}`, cause: error });
  }
  const status = error.statusCode;
  const serverMessage = serverErrorMessage(error);
  if (status === undefined) {
    return new TenetsConfigError({ message: `${where} cannot be reached (${networkCode(error) ?? error.message}).`, hint: startHints[model.provider], cause: error });
  }
  if (status === 401 || status === 403) {
    const key = model.apiKeyEnv ? `the key in ${model.apiKeyEnv}` : 'requests without an API key';
    return new TenetsConfigError({
      message: `${where} refused ${key} (HTTP ${status}${serverMessage ? `: ${serverMessage}` : ''}).`,
      hint: model.apiKeyEnv
        ? `Check ${model.apiKeyEnv}, or name the variable that holds the right key with apiKeyEnv in tenets.config (or TENETS_API_KEY_ENV).`
        : 'Set TENETS_API_KEY, or name the variable holding the key with apiKeyEnv in tenets.config (or TENETS_API_KEY_ENV).',
      cause: error,
    });
  }
  if (status === 404) {
    const hint =
      model.provider === 'ollama'
        ? `Pull the model first: \`ollama pull ${model.modelId}\` (see \`ollama list\`).`
        : model.provider === 'openai' && model.baseURL === 'https://api.openai.com/v1'
          ? 'Check the model name (e.g. gpt-4.1-mini, text-embedding-3-small) and that your project has access to it.'
          : `Check the model name against \`curl ${publicBaseUrl(model.baseURL)}/models\`, and that the base URL ends in /v1.`;
    return new TenetsConfigError({ message: `${where}: model "${model.modelId}" not found (HTTP 404${serverMessage ? `: ${serverMessage}` : ''}).`, hint, cause: error });
  }
  if (status === 429) {
    return new TenetsConfigError({
      message: `${where} refused the test call with HTTP 429${serverMessage ? ` (${serverMessage})` : ''}.`,
      hint: 'Your quota or rate limit is exhausted: check billing and limits, or lower --concurrency / set --rpm.',
      cause: error,
    });
  }
  return new TenetsConfigError({ message: `${where} failed its test call with HTTP ${status}${serverMessage ? `: ${serverMessage}` : ''}.`, cause: error });
}

function serverErrorMessage(error: APICallError): string | undefined {
  const data = error.data as { error?: { message?: unknown } } | undefined;
  const message = data?.error?.message;
  return typeof message === 'string' ? message.slice(0, 200) : undefined;
}

function networkCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
