import type { Metric } from '@tenets/core';
import { Document } from 'yaml';
import { promptfooAssertionsFileSchema, type PromptfooAssertion } from './promptfoo-assertion.ts';
import { renderRubricText, type RubricTextOptions } from './rubric-text.ts';

export interface PromptfooExportOptions extends RubricTextOptions {
  /** Pass when the grader's score reaches this (Tenets maps +1 → 1, −1 → 0). @default 0.5 */
  threshold?: number;
  /** A grader provider id (e.g. `openai:gpt-4.1-mini`); absent → promptfoo's default grader. */
  provider?: string;
  weight?: number;
  /** First comment line, e.g. where the metrics came from. */
  header?: string;
}

/** One promptfoo `llm-rubric` assertion per metric, named by `metric:` for aggregation. */
export function toPromptfooAssertions(metrics: readonly Metric[], options: PromptfooExportOptions = {}): PromptfooAssertion[] {
  const { threshold = 0.5, provider, weight } = options;
  return metrics.map((metric) => ({
    type: 'llm-rubric' as const,
    value: escapeNunjucks(renderRubricText(metric, options)),
    metric: metric.name,
    threshold,
    ...(weight === undefined ? {} : { weight }),
    ...(provider === undefined ? {} : { provider }),
  }));
}

/**
 * promptfoo YAML: `defaultTest.assert` with one `llm-rubric` assertion per metric. Merge it into a
 * promptfooconfig.yaml (or copy the list into a test's `assert`). Validated against the assertion shape
 * before it is returned.
 */
export function renderPromptfooAssertions(metrics: readonly Metric[], options: PromptfooExportOptions = {}): string {
  const file = promptfooAssertionsFileSchema.parse({ defaultTest: { assert: toPromptfooAssertions(metrics, options) } });
  const document = new Document(file);
  document.commentBefore = [
    ` ${options.header ?? 'Evaluation metrics induced by Tenets (AutoLibra method).'}`,
    ' Merge into promptfooconfig.yaml. Tenets scale: +1 → pass (score 1), −1 → fail (score 0), not applicable → pass with reason "not applicable".',
  ].join('\n');
  return document.toString({ lineWidth: 0, blockQuote: 'literal' });
}

/** Nunjucks would treat `{{`, `{%` and `{#` in user-written examples as template syntax. */
function escapeNunjucks(text: string): string {
  return text.replace(/\{(?=[{%#])/g, '{ ');
}
