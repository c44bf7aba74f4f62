import { z } from 'zod';

export const tokenUsageSchema = z.object({
  calls: z.number().int().nonnegative(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  totalTokens: z.number().int().nonnegative(),
  /** Calls answered from the cache (no network). */
  cachedCalls: z.number().int().nonnegative().default(0),
  failedCalls: z.number().int().nonnegative().default(0),
  /** Requests that reached the provider (the model layer's count; absent offline and for in-memory usage). */
  networkCalls: z.number().int().nonnegative().optional(),
  /** Retries after a failed attempt (HTTP 429/5xx, timeouts), preflight included. */
  retries: z.number().int().nonnegative().optional(),
  costUsd: z.number().nonnegative().optional(),
});
export type TokenUsage = z.infer<typeof tokenUsageSchema>;

export function emptyUsage(): TokenUsage {
  return { calls: 0, inputTokens: 0, outputTokens: 0, totalTokens: 0, cachedCalls: 0, failedCalls: 0 };
}

export function addUsage(total: TokenUsage, part: TokenUsage): TokenUsage {
  const costUsd = total.costUsd === undefined && part.costUsd === undefined ? undefined : (total.costUsd ?? 0) + (part.costUsd ?? 0);
  return {
    calls: total.calls + part.calls,
    inputTokens: total.inputTokens + part.inputTokens,
    outputTokens: total.outputTokens + part.outputTokens,
    totalTokens: total.totalTokens + part.totalTokens,
    cachedCalls: total.cachedCalls + part.cachedCalls,
    failedCalls: total.failedCalls + part.failedCalls,
    ...(costUsd === undefined ? {} : { costUsd }),
  };
}
