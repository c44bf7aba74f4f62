import type { Metric } from '@tenets/core';

export interface RubricTextOptions {
  /** Good and bad examples shown, each. @default 3 */
  maxExamplesPerSide?: number;
}

/**
 * A metric as self-contained rubric text for an external judge: what it measures, when it applies (and what
 * to do when it does not), the three-way scale, and real good and bad examples — the examples are what
 * carries the metric (removing them cost AutoLibra up to ~30 coverage points).
 */
export function renderRubricText(metric: Metric, options: RubricTextOptions = {}): string {
  const { maxExamplesPerSide = 3 } = options;
  const lines = [`Metric: ${metric.name}`, '', `What it measures: ${metric.definition}`];
  lines.push('', `When it applies: ${metric.applicability ?? 'Whenever the output involves the behaviour described above.'}`);
  lines.push("If this metric is not applicable to the output, pass with reason 'not applicable'.");
  const good = metric.goodExamples.slice(0, maxExamplesPerSide);
  const bad = metric.badExamples.slice(0, maxExamplesPerSide);
  if (good.length > 0) lines.push('', 'Examples of doing well (real behaviours users praised):', ...good.map((example) => `- ${oneLine(example.behaviour)}`));
  if (bad.length > 0) lines.push('', 'Examples of doing badly (real behaviours users criticised):', ...bad.map((example) => `- ${oneLine(example.behaviour)}`));
  lines.push('', 'Pass if the output does well on this metric. Fail if it does badly on it.');
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
