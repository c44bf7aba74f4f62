import type { Aspect } from '../../../schemas/aspect.ts';
import { readableOrder } from '../../../drafting/readable-order.ts';
import { whetherClause } from './whether-clause.ts';

export interface MetricDefinition {
  definition: string;
  applicability: string;
}

/** The representative and this many of the most central members are considered. */
const candidatesConsidered = 5;

/**
 * The definition and applicability of an offline metric. The definition is a "Whether the assistant …"
 * sentence from the most readable central member (see `readableOrder`) that reads as something the assistant
 * did, else a quote of the most readable one; then how many comments ground it, by sign, and
 * the cluster's topics. Applicability names the topics.
 */
export function defineMetric(options: {
  representative: Aspect | undefined;
  ranked: readonly Aspect[];
  topics: readonly string[];
  positive: number;
  negative: number;
  fallback: string;
  /** Words used once in the whole run (often typos: "wlked", "teh"); members without them are preferred. */
  rareWords?: ReadonlySet<string>;
  /** The behaviour as a "Whether the assistant …" sentence, chosen by the caller; without it, a central member is read or quoted. */
  behaviour?: string;
}): MetricDefinition {
  const { representative, ranked, topics, positive, negative, fallback, rareWords = new Set<string>(), behaviour } = options;
  const pool = [...new Set([representative, ...ranked.slice(0, candidatesConsidered)].filter((aspect): aspect is Aspect => aspect !== undefined))];
  const clauses = readableOrder(pool, { rareWords }).map((aspect) => whetherClause(aspect.behaviour, aspect.sign));
  // A paraphrase, else a quote without quoted response text inside it, else any quote.
  const core = behaviour
    ? { text: behaviour }
    : clauses.length === 0
      ? whetherClause(fallback, 'negative')
      : { text: `Whether users mention ${listTopics(topics.slice(0, 3), 'or') || 'this'} (no member says what the assistant did)` };
  const count = positive + negative;
  const about = listTopics(topics.slice(0, 3), 'and');
  const definition = `${core.text}. Grounded in ${count} user comment${count === 1 ? '' : 's'} (${negative} negative, ${positive} positive)${about ? ` about ${about}` : ''}.`;
  const applicability = `Applies when the task or the reply involves ${listTopics(topics.slice(0, 3), 'or') || 'this behaviour'}; otherwise rate it 0 (not applicable).`;
  return { definition, applicability };
}

function listTopics(topics: readonly string[], conjunction: 'and' | 'or'): string {
  if (topics.length <= 1) return topics.join('');
  return `${topics.slice(0, -1).join(', ')} ${conjunction} ${topics[topics.length - 1]}`;
}
