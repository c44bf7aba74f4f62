import { untrustedTextNotice } from '../../../llm/delimit.ts';

/** Bump when the metric-drafting prompt text or schema changes, so cached replies are not reused. */
export const METRIC_PROMPT_VERSION = 'metric-v1';

/** Instructions for naming and defining one cluster as an evaluation metric, by contrast with its neighbours. */
export const METRIC_INSTRUCTIONS = `You name and define an evaluation metric for one cluster of behaviours that users praised or criticised in an AI assistant's or agent's outputs.

You see a sample of the cluster's members (ids m1, m2, …), each marked (+) when the user approved of the behaviour and (-) when the user disapproved, with the critique words it came from. For contrast you also see the nearest behaviours from other clusters (ids n1, n2, …): the metric must not be about them. Name what the members share and what separates them from these non-members.

Answer with:
- name: a short, generic name for the quality being measured (two to six words, title case, e.g. "Answer Length Appropriateness"). Never use names of products, companies, websites, people or specific tasks.
- definition: what the metric measures and how to recognise it in a new output, in two or three sentences a judge could rate an output by.
- applicability: when the metric does not apply to an output (so a judge rates it not applicable), or null if it always applies.
- goodExampleIds: ids of members marked (+) that show the quality done well, up to three; empty if no member is marked (+).
- badExampleIds: ids of members marked (-) that show it done badly, up to three; empty if no member is marked (-).
Choose examples only from the member ids shown, never from the non-members.

${untrustedTextNotice}`;
