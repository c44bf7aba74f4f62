import { delimit } from '../../llm/delimit.ts';
import type { Metric } from '../../schemas/metric.ts';

/** A metric as the judge and the matcher read it: id, name, definition, applicability, examples. */
export function formatMetric(metric: Metric, shortId: string, options: { maxExamplesPerSide?: number; examples?: boolean } = {}): string {
  const { maxExamplesPerSide = 3, examples = true } = options;
  const lines = [`[${shortId}] ${metric.name}`, `Definition: ${metric.definition}`];
  if (metric.applicability) lines.push(`Applies when: ${metric.applicability}`);
  if (examples) {
    const good = metric.goodExamples.slice(0, maxExamplesPerSide);
    const bad = metric.badExamples.slice(0, maxExamplesPerSide);
    if (good.length > 0) lines.push('Examples of doing well:', ...good.map((example) => delimit('behaviour', example.behaviour)));
    if (bad.length > 0) lines.push('Examples of doing badly:', ...bad.map((example) => delimit('behaviour', example.behaviour)));
  }
  return lines.join('\n');
}
