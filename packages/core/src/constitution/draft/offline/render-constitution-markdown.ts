import type { Constitution } from '../../../schemas/principle.ts';

export interface RenderConstitutionMarkdownOptions {
  /** Which engine produced the constitution, shown under the title. */
  engineNote: string;
  /** @default 'Constitution' */
  title?: string;
  /** Example critiques longer than this are cut with an ellipsis. @default 280 */
  maxCritiqueLength?: number;
}

/** A readable constitution.md: title, engine note, then each principle with its support, the clauses it was written from and example critiques. */
export function renderConstitutionMarkdown(constitution: Constitution, options: RenderConstitutionMarkdownOptions): string {
  const { engineNote, title = 'Constitution', maxCritiqueLength = 280 } = options;
  const supporters = new Set(constitution.principles.flatMap((principle) => principle.supportingFeedbackIds));
  const lines = [`# ${title}`, '', `> ${oneLine(engineNote)}`, ''];
  const count = constitution.principles.length;
  lines.push(count === 0 ? 'No principles: no group of critiques was large enough.' : `${count} principle${count === 1 ? '' : 's'}, supported by ${supporters.size} critique${supporters.size === 1 ? '' : 's'}.`, '');
  constitution.principles.forEach((principle, index) => {
    const { feedback, aspects, positive, negative } = principle.support;
    lines.push(`## ${index + 1}. ${oneLine(principle.text)}`, '');
    lines.push(`Supported by ${feedback} critique${feedback === 1 ? '' : 's'} (${aspects} comment${aspects === 1 ? '' : 's'}: ${negative} negative, ${positive} positive).`, '');
    if (principle.sourceClauses && principle.sourceClauses.length > 0) {
      lines.push(`Written from: ${principle.sourceClauses.map((source) => `“${truncate(oneLine(source.clause), maxCritiqueLength)}” (\`${source.feedbackId}\`)`).join('; ')}.`, '');
    }
    if (principle.exampleCritiques.length > 0) {
      lines.push('Example critiques:', '');
      for (const example of principle.exampleCritiques) lines.push(`- “${truncate(oneLine(example.critique), maxCritiqueLength)}” (\`${example.feedbackId}\`)`);
      lines.push('');
    }
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}
