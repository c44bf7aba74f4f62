import { delimit } from '../../../llm/delimit.ts';
import type { Aspect } from '../../../schemas/aspect.ts';

/** Longest critique fragment shown per member. */
const maxCritiqueChars = 300;

/** The user prompt for one cluster: sampled members (`m…`, with sign and critique words) and nearest non-members (`n…`). */
export function buildMetricPrompt(members: ReadonlyArray<{ id: string; aspect: Aspect }>, nonMembers: ReadonlyArray<{ id: string; aspect: Aspect }>): string {
  const memberBlocks = members.map(({ id, aspect }) => {
    const quote = aspect.evidence.critique.quote;
    const critique = quote.length > maxCritiqueChars ? `${quote.slice(0, maxCritiqueChars)}…` : quote;
    return `${id} (${aspect.sign === 'positive' ? '+' : '-'})\n${delimit('behaviour', aspect.behaviour)}\n${delimit('critique', critique)}`;
  });
  const parts = [`Members of the cluster (${members.length} shown):`, memberBlocks.join('\n\n')];
  if (nonMembers.length > 0) {
    parts.push(`Nearest behaviours from other clusters (not members; for contrast only):`, nonMembers.map(({ id, aspect }) => `${id}\n${delimit('behaviour', aspect.behaviour)}`).join('\n'));
  }
  parts.push('Name and define the metric these members share.');
  return parts.join('\n\n');
}
