import { untrustedTextNotice } from '../../../llm/delimit.ts';

/** Bump when the principle-drafting prompt text or schema changes, so cached replies are not reused. */
export const PRINCIPLE_PROMPT_VERSION = 'principle-v1';

/** Instructions for drafting one constitution principle from a cluster's critiques. */
export const PRINCIPLE_INSTRUCTIONS = `You draft one principle of a constitution for an AI assistant or agent from user critiques that share a theme.

You see critiques (ids f1, f2, …), each marked (+) when the user approved of what the assistant did and (-) when the user disapproved, with the behaviour it was grounded to. You may also see the evaluation metric drafted for the theme.

Answer with:
- text: one principle starting with "The assistant should" (or "The agent should" when the critiques are about an agent acting in an environment). It must be general (no names of products, companies, websites, people or specific tasks), actionable (say what to do, not only what to avoid), and one or two sentences long. Turn criticisms into the behaviour users want instead.
- supportingFeedbackIds: the ids of the critiques shown that support this principle.

${untrustedTextNotice}`;
