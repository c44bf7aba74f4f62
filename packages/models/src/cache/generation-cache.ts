import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { LanguageModelV4Content, LanguageModelV4GenerateResult } from '@ai-sdk/provider';
import { z } from 'zod';

const storableContentTypes = new Set<LanguageModelV4Content['type']>(['text', 'reasoning', 'tool-call', 'source']);

/** What a cached reply keeps: enough to rebuild the V4 result, nothing about the request or headers. */
const storedGenerationSchema = z.object({
  content: z.array(z.record(z.string(), z.unknown())),
  structuredOutputText: z.string().optional(),
  finishReason: z.object({ unified: z.string(), raw: z.string().optional() }),
  usage: z.object({
    inputTokens: z.object({ total: z.number().optional(), noCache: z.number().optional(), cacheRead: z.number().optional(), cacheWrite: z.number().optional() }),
    outputTokens: z.object({ total: z.number().optional(), text: z.number().optional(), reasoning: z.number().optional() }),
  }),
  providerMetadata: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  response: z.object({ id: z.string().optional(), modelId: z.string().optional(), timestamp: z.string().optional() }).optional(),
});

/** Replies keyed by `languageCacheKey`. Only complete replies (finish reason `stop`) are stored. */
export class GenerationCache {
  private readonly selectStatement: StatementSync;
  private readonly insertStatement: StatementSync;

  constructor(database: DatabaseSync) {
    this.selectStatement = database.prepare('SELECT result FROM generations WHERE key = ?');
    this.insertStatement = database.prepare('INSERT OR REPLACE INTO generations (key, provider, model_id, result, created_at) VALUES (?, ?, ?, ?, ?)');
  }

  /** The stored reply, or `undefined` (also for a row this version cannot read). */
  get(key: string): LanguageModelV4GenerateResult | undefined {
    const row = this.selectStatement.get(key) as { result: string } | undefined;
    if (!row) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(row.result);
    } catch {
      return undefined;
    }
    const parsed = storedGenerationSchema.safeParse(json);
    if (!parsed.success) return undefined;
    const { response, ...rest } = parsed.data;
    return {
      ...(rest as unknown as Omit<LanguageModelV4GenerateResult, 'warnings' | 'response'>),
      ...(response ? { response: { ...response, timestamp: response.timestamp ? new Date(response.timestamp) : undefined } } : {}),
      warnings: [],
    };
  }

  /** Whether a reply may be cached: it finished normally and holds only plain-data content. */
  static isCacheable(result: LanguageModelV4GenerateResult): boolean {
    return result.finishReason.unified === 'stop' && result.content.every((part) => storableContentTypes.has(part.type));
  }

  /** Stores a reply; returns false (and stores nothing) when it is not cacheable. */
  put(key: string, model: { provider: string; modelId: string }, result: LanguageModelV4GenerateResult): boolean {
    if (!GenerationCache.isCacheable(result)) return false;
    const stored = {
      content: result.content,
      structuredOutputText: result.structuredOutputText,
      finishReason: result.finishReason,
      usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens },
      providerMetadata: result.providerMetadata,
      response: result.response && { id: result.response.id, modelId: result.response.modelId, timestamp: result.response.timestamp?.toISOString() },
    };
    this.insertStatement.run(key, model.provider, model.modelId, JSON.stringify(stored), Date.now());
    return true;
  }
}
