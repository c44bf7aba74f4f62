/** The JSON body of a chat completion request, as far as the loopback server reads it. */
export interface ChatCompletionRequest {
  model: string;
  messages: Array<{ role: string; content: unknown }>;
  response_format?: { type: string; json_schema?: { name?: string; strict?: boolean; schema?: unknown } };
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  [key: string]: unknown;
}

/** Things a scripted handler can make the server do instead of answering normally. */
export type ChatFault =
  /** 429 with `Retry-After: <seconds>` and/or `retry-after-ms`. */
  | { fault: 'rate-limit'; retryAfterSeconds?: number; retryAfterMs?: number }
  /** 5xx with an OpenAI-style error body. @default status 500 */
  | { fault: 'server-error'; status?: number }
  /** Never answers; the client must time out or abort. */
  | { fault: 'hang' }
  /** 200 with a body that is not JSON. */
  | { fault: 'malformed-body' }
  /** 200, finish_reason `length`, content cut off. */
  | { fault: 'truncated'; content?: string }
  /** 401 invalid_api_key. */
  | { fault: 'unauthorized' }
  /** 404 model_not_found. */
  | { fault: 'model-not-found' };

/**
 * What a handler returns: a string is sent as the assistant content verbatim (so malformed or
 * schema-violating JSON is just a string); `{ json }` is serialised; `undefined` answers with a value
 * generated from the request's `response_format` JSON schema (or "ok" for plain text).
 */
export type ChatReply = string | { json: unknown } | { content: string; finishReason?: 'stop' | 'length' } | ChatFault | undefined;

export interface ChatHandlerContext {
  /** 0-based index over all chat requests this server saw (interactive and batch lines). */
  callIndex: number;
  /** How many times this exact body has been seen, counting this one (1 = first). */
  attempt: number;
  /** True when the request is a line of a batch. */
  batch: boolean;
  /** The text of all messages, joined; convenient for scripting by content. */
  text: string;
}

export type ChatHandler = (request: ChatCompletionRequest, context: ChatHandlerContext) => ChatReply | Promise<ChatReply>;

export interface RecordedRequest {
  method: string;
  path: string;
  /** Lower-cased; `authorization` is replaced by `[redacted]`. */
  headers: Record<string, string>;
  /** Parsed JSON, a multipart summary `{ purpose, filename, bytes }`, or undefined. */
  body: unknown;
}

export interface LoopbackServerOptions {
  /** Scripts chat replies (interactive and batch). @default answers from the response schema */
  chat?: ChatHandler;
  /** Fixed delay before every chat and embedding reply. @default 0 */
  latencyMs?: number;
  /** Length of the deterministic embedding vectors (overridden by a request's `dimensions`). @default 8 */
  embeddingDimensions?: number;
  /** Model ids the server knows; others get 404 model_not_found. @default any */
  models?: string[];
  /** When set, requests must carry `Authorization: Bearer <apiKey>` or get 401. */
  apiKey?: string;
  /** How many `GET /v1/batches/:id` answer `validating`, then `in_progress`, before the batch runs. @default 1 */
  batchPollsPerStatus?: number;
  /** How a batch ends. @default 'completed' */
  batchOutcome?: 'completed' | 'failed' | 'expired';
}

export interface LoopbackServer {
  /** Base URL including `/v1`, e.g. `http://127.0.0.1:49152/v1`. */
  url: string;
  requests: RecordedRequest[];
  /** Uploaded and generated files (batch input, output and error JSONL) by id. */
  files: ReadonlyMap<string, { id: string; filename: string; purpose: string; content: string }>;
  /** Requests whose path starts with `pathPrefix` (e.g. `/v1/chat/completions`). */
  count(pathPrefix?: string): number;
  /** Forgets recorded requests (not files or batches). */
  clearRequests(): void;
  close(): Promise<void>;
}
