import { delimit } from '../../../llm/delimit.ts';
import type { Sign } from '../../../schemas/aspect.ts';
import type { Metric } from '../../../schemas/metric.ts';

/** Longest critique shown in a principle prompt. */
const maxCritiqueChars = 600;

export interface ShownCritique {
  id: string;
  feedbackId: string;
  critique: string;
  sign: Sign;
  behaviour: string;
}

/** The user prompt for one cluster: its critiques (`f…`, with sign and grounded behaviour) and its metric, if any. */
export function buildPrinciplePrompt(critiques: readonly ShownCritique[], metric: Metric | undefined): string {
  const blocks = critiques.map((shown) => {
    const critique = shown.critique.length > maxCritiqueChars ? `${shown.critique.slice(0, maxCritiqueChars)}…` : shown.critique;
    return `${shown.id} (${shown.sign === 'positive' ? '+' : '-'})\n${delimit('critique', critique)}\n${delimit('behaviour', shown.behaviour)}`;
  });
  const parts = [`Critiques on one theme (${critiques.length} shown):`, blocks.join('\n\n')];
  if (metric) parts.push(`The metric drafted for this theme:\n${delimit('behaviour', `${metric.name}: ${metric.definition}`)}`);
  parts.push('Draft the principle these critiques support.');
  return parts.join('\n\n');
}
