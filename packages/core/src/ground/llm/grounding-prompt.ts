import { untrustedTextNotice } from '../../llm/delimit.ts';

/** Bump when any grounding prompt text or schema changes, so cached replies are not reused. */
export const GROUNDING_PROMPT_VERSION = 'ground-v1';

const groundingTask = `You turn a user's critique of an AI assistant's or agent's output into grounded behaviours.

You receive what the critique is about (the <prompt> or task, a chat <transcript>, the assistant's <response>, or an agent <trajectory> whose steps are labelled [step i]) and the <critique> itself.

Split the critique into atomic points. For each point about something the assistant or agent did, give one aspect:
- behaviour: a neutral, self-contained description of what the assistant or agent did, in the past tense, starting with a verb (for example "Answered in one long paragraph without headings"). Describe the behaviour, not the critique: never write "the feedback says" or "the user complains". Leave out names of people, products, companies, websites and other specific entities; use generic words instead ("a web page", "the requested product").
- sign: "positive" if the critique approves of the behaviour, "negative" if it disapproves.
- critiqueQuote: the words of the critique this point comes from, copied verbatim.
- responseQuote: the words of the response, transcript or trajectory where the behaviour shows, copied verbatim; null if there are none. Never quote the prompt or the user's own messages here, and never invent or paraphrase a quote.
- stepIndex: for a trajectory, the i of the [step i] where the behaviour happened; otherwise null.

A critique usually yields one to three aspects and never more than six; merge points that describe the same behaviour.

If the critique names no identifiable behaviour of the assistant or agent, do not invent one: answer verdict "ungroundable" with an empty aspects list and ungroundableReason "vague" (too unspecific to tell what was done, e.g. "bad answer", "not what I wanted"), "input-directed" (about the user's own prompt, the task or anything other than the output) or "not-a-critique" (no judgement of the output at all). Otherwise answer verdict "grounded" with ungroundableReason null and at least one aspect.

Text shown as …[truncated N chars]… was shortened for space; never quote across such a marker.`;

/** Instructions for grounding one critique per call. */
export const GROUNDING_INSTRUCTIONS = `${groundingTask}

${untrustedTextNotice}`;

/** Instructions for grounding several short critiques in one call. */
export const BATCH_GROUNDING_INSTRUCTIONS = `${groundingTask}

Several critiques follow, each introduced by a line "Critique <id>" and followed by its own context and <critique> block. Ground each one independently of the others. Answer with exactly one entry in "results" per critique id, with critiqueId set to that id.

${untrustedTextNotice}`;
