import type { TokenUsage } from '@tenets/core';
import type { ModelRedraftPlan, ModelRedraftResult } from '../session/model-redraft.ts';

const dollars = (costUsd: number | undefined) => (costUsd === undefined ? 'cost unknown' : `$${costUsd.toFixed(4)}`);

/** The confirmation line before a model redraft: the planned calls and their estimated tokens and cost. */
export function modelRedraftPlanText(plan: ModelRedraftPlan): string {
  return `redraft: ${plan.calls} calls (metric, principle) to ${plan.modelName} ≈ ${(plan.inputTokens + plan.outputTokens).toLocaleString('en-US')} tokens ≈ ${dollars(plan.costUsd)}`;
}

/** What a model redraft did: the new metric's name and the actual spend, or why the offline draft was kept. */
export function modelRedraftResultText(result: ModelRedraftResult): string {
  const spend = spendText(result.usage);
  if (result.failures.length >= 2) return `model failed (${result.failures[0]}); offline draft kept · ${spend}`;
  const kept = result.failures.length > 0 ? ` (${result.failures[0]!.split(':')[0]} failed: offline kept)` : '';
  return `model draft: “${result.metrics[0]?.name ?? '—'}”${kept} · ${spend}`;
}

function spendText(usage: TokenUsage): string {
  return `spent ${usage.calls} calls, ${usage.totalTokens.toLocaleString('en-US')} tokens, ${dollars(usage.costUsd)}`;
}
