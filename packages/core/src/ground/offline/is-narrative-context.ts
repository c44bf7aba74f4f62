import { words } from '../../text/content-tokens.ts';
import { sentimentWords } from '../../text/stopwords.ts';
import { namesAssistant } from './names-assistant.ts';

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
 * praise or complaint; or reports how the critic checked the answer ("I checked it with a calculator", "I worked this
 * out on paper first"). Such clauses are context, not behaviour (AutoLibra's "grounded to the input" failure).
 */
export function isNarrativeContext(clause: string, signScore: number): boolean {
  if (isCriticReview(clause)) return true;
  if (signScore !== 0) return false;
  const tokens = words(clause);
  if (tokens.length === 0 || !firstPerson.has(tokens[0]!) || opinionVerbs.has(tokens[1] ?? '')) return false;
  return !tokens.some((token) => assistantReference.has(token)) && !namesAssistant(clause, { pronouns: false });
}

/** "I think there is more that should be known": an opinion on the answer, not the critic's story. */
const opinionVerbs = new Set(['think', 'thought', 'feel', 'felt', 'believe', 'guess', 'wish', 'expect', 'expected', 'would', 'wouldve', 'find', 'found']);

/** What the critic did to check the answer: "i checked it with a calculator", "I worked this out on paper first". */
const criticReview =
  /^\W*(?:i|we)\s+(?:(?:also|first|just|then|actually|already|even|did)\s+)?(?:checked|double-checked|worked|calculated|computed|redid|verified|tested|tried|ran|teach|taught|looked|read|reread|went)\b(?:\s+(?:it|this|that|them|these|the (?:sums?|maths?|numbers?|answer|working))\b)?/iu;

/** "worked" in "I worked this out" is the critic's, not praise; what follows must name nothing and grade nothing. */
function isCriticReview(clause: string): boolean {
  const match = criticReview.exec(clause);
  if (match === null) return false;
  const rest = clause.slice(match[0].length);
  return !namesAssistant(rest, { pronouns: false }) && !words(rest).some((word) => sentimentWords.has(word));
}
