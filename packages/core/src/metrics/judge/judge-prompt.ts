import { delimit, untrustedTextNotice } from '../../llm/delimit.ts';
import type { FeedbackContext } from '../../schemas/feedback.ts';
import type { Metric } from '../../schemas/metric.ts';
import { renderItem, type RenderItemOptions } from '../../evidence/render-item.ts';
import { formatMetric } from './format-metric.ts';

/** Version of the judge instructions; part of every cache key, bump on any wording change. */
export const judgePromptVersion = 1;

export const judgeInstructions = [
  'You are an evaluator. You rate one item — an AI agent trajectory, a conversation or a model response — on each of the listed evaluation metrics.',
  'For every metric: first write brief reasoning that points at what the agent did (quote or cite the step), then give a rating:',
  '  1  = the metric applies to this item and the agent did well on it;',
  ' -1  = the metric applies to this item and the agent did badly on it;',
  '  0  = the metric does not apply to this item (use the metric\'s "Applies when" test; if nothing in the item bears on the metric, it does not apply).',
  'Treat 1 and -1 symmetrically: a single imperfection is not automatically -1, and absence of problems is not automatically 1. Judge each metric on its own, independently of the others.',
  'Refer to metrics only by their ids (such as m3). Rate every listed id exactly once and no other ids.',
  untrustedTextNotice,
].join('\n');

/** The item tag follows the content: a trajectory, a transcript, or a single response. */
export function itemTag(context: FeedbackContext | undefined): string {
  if (context?.trajectory?.length) return 'trajectory';
  if (context?.messages?.length) return 'transcript';
  return 'response';
}

export function buildJudgePrompt(options: {
  context: FeedbackContext | undefined;
  metrics: ReadonlyArray<{ metric: Metric; shortId: string }>;
  render?: RenderItemOptions;
  maxExamplesPerSide?: number;
}): string {
  const { context, metrics, render, maxExamplesPerSide } = options;
  const ids = metrics.map((entry) => entry.shortId);
  return [
    'Metrics to rate:',
    '',
    metrics.map((entry) => formatMetric(entry.metric, entry.shortId, { maxExamplesPerSide })).join('\n\n'),
    '',
    'The item:',
    delimit(itemTag(context), renderItem(context, render)),
    '',
    `Rate each of these metric ids exactly once: ${ids.join(', ')}.`,
  ].join('\n');
}
