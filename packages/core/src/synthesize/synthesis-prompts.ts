import { untrustedTextNotice } from '../llm/delimit.ts';

/** Versions of the synthesis prompt texts; the model layer's cache keys on them. */
export const synthesisPromptVersions = {
  scope: 'synth-scope-v1',
  check: 'synth-check-v1',
  categories: 'synth-categories-v1',
  inScope: 'synth-in-scope-v1',
  nearScope: 'synth-near-scope-v1',
  outOfScope: 'synth-out-of-scope-v1',
  revise: 'synth-revise-v1',
  verifyPair: 'synth-verify-pair-v1',
  verifyAnchors: 'synth-verify-anchors-v1',
  conflict: 'synth-conflict-v1',
  judgeOutput: 'synth-judge-output-v1',
} as const;

export const scopeInstructions = `You read one principle (a piece of feedback for an AI assistant) and say precisely where it applies and what it asks for there.

Answer with:
- domain: the situations the principle is about, as a noun phrase (for example "emails the user writes to their manager"). Be as narrow as the principle is; when it names no situation, say "every response".
- effect: what the assistant must do or avoid in that domain, as an imperative (for example "use no emojis").
- polarity: "avoid" when the effect forbids or reduces something, "do" otherwise.

${untrustedTextNotice}`;

export const checkInstructions = `You decide whether a principle's effect can be checked by a simple rule on the response text alone, and if so you write that rule as data.

Allowed rules (kind): regex (pattern, flags from "imsu", expect "match" or "no-match"), contains-all / contains-any / contains-none (values, caseSensitive), starts-with / ends-with (value, caseSensitive), length (unit "words" or "chars", min and/or max), language (ISO 639-1 code among en, fr, es, de, it, pt, nl).
Say checkable: false and check: null when the effect needs judgement (tone, accuracy, helpfulness) or depends on the prompt.

${untrustedTextNotice}`;

export const categoriesInstructions = `You plan test prompts for a principle that applies only in one domain.

List categories of user requests. Each category must be a little broader than the domain: it contains requests where the domain applies and closely related requests where it does not. Categories should differ from each other. Give each a short name and a one-sentence description.

${untrustedTextNotice}`;

export const inScopeInstructions = `You write user prompts for testing an AI assistant. Every prompt must fall inside the given category AND inside the domain, so that an answer following the principle's effect would differ from an unguided answer. Prompts are one to three sentences, self-contained, varied, and invent any names or details they need. Write them as the user would.

${untrustedTextNotice}`;

export const nearScopeInstructions = `You write user prompts for testing an AI assistant. Every prompt must fall inside the given category and be closely related to the domain, yet lie outside it, so that the principle does not apply and its effect must not be used. Where the category and the domain overlap, aim at the part of the category outside the domain. Check each prompt: if the domain would apply to it, replace it. Prompts are one to three sentences, self-contained, varied, and invent any names or details they need.

${untrustedTextNotice}`;

export const outOfScopeInstructions = `You write general user prompts for an AI assistant on the given topics: ordinary requests with nothing to do with the domain named, so that the principle could never apply. One to three sentences each, self-contained and varied. Label each prompt with its topic.

${untrustedTextNotice}`;

export const reviseInstructions = `You improve an AI assistant's response so that it follows one principle. Keep everything else in the response that was useful (facts, structure, length where possible) and change only what the principle asks for.

Answer with:
- explanation: two or three sentences on what has to change and why.
- revised: the full improved response, ready to send. Never mention the principle or this revision in it.

${untrustedTextNotice}`;

export const verifyPairInstructions = `You check two responses (A and B) to the same user prompt against one principle, which applies to this prompt.

For each response decide whether it follows the principle's effect. Judge only the principle, not other qualities. Answer with a short reasoning, then aFollows and bFollows (true or false).

${untrustedTextNotice}`;

export const verifyAnchorsInstructions = `A principle applies only in its domain. For each numbered prompt with its response, decide whether the principle applies to that prompt, so that following the principle would require changing the response. Answer for every item id: applies (true or false) and a short reason.

${untrustedTextNotice}`;

export const conflictInstructions = `You compare two principles for an AI assistant, each with the domain where it applies and its effect. Decide whether some request would fall in both domains (overlap) and whether, there, the effects ask for opposite or incompatible things (opposed). Give a one-sentence explanation.

${untrustedTextNotice}`;

export const judgeOutputInstructions = `You compare two responses (A and B) to one user prompt against a principle's effect. Rate from 1 to 5 how much more B follows the effect than A: 1 = A follows it much more, 3 = no difference, 5 = B follows it much more. Explain briefly first.

${untrustedTextNotice}`;
