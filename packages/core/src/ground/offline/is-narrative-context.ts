import { words } from '../../text/content-tokens.ts';

const firstPerson = new Set(['i', 'im', 'ive', 'id', 'ill', 'we', 'were', 'weve', 'my', 'our', 'me', 'je', 'yo', 'ich', 'mi', 'mon', 'ma', 'mein', 'meine']);
const assistantReference = new Set(
  `it its bot bots assistant chatbot ai agent reply replies replied answer answers answered response responses responded
  respond say said says told tells asked asks ask wrote writes sent offered offers suggested suggests tried tries kept
  keeps quoted quotes recited put gave gives transferred escalated escalate link linked instructions steps tone
  message messages email emails`.split(/\s+/).filter(Boolean),
);

/**
 * True for a clause that only tells the critic's own story ("I ordered a blender last week", "We buy from you
 * every month"): it starts in the first person, names nothing the assistant did or said, and carries no
 * praise or complaint. Such clauses are context, not behaviour (AutoLibra's "grounded to the input" failure).
 */
export function isNarrativeContext(clause: string, signScore: number): boolean {
  if (signScore !== 0) return false;
  const tokens = words(clause);
  if (tokens.length === 0 || !firstPerson.has(tokens[0]!)) return false;
  return !tokens.some((token) => assistantReference.has(token));
}
