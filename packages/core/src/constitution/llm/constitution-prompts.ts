import { delimit, untrustedTextNotice } from '../../llm/delimit.ts';

/** Bump a version when its prompt text or schema changes, so cached replies are not reused. */
export const CONSTITUTION_PROMPT_VERSIONS = { propose: 'icai-propose-v2', vote: 'icai-vote-v1', judge: 'icai-judge-v1' } as const;

export const PROPOSE_INSTRUCTIONS = `You explain a pairwise preference. An annotator saw two responses to the same prompt and selected one.

Answer with "principles": a list of rules that would make someone pick the selected response over the other one. Each rule starts with "Select the response that", is at most 10 words long, and names a difference in content, subject, traits, style or topic between the two responses. Give exactly the number of rules asked for, each different.

${untrustedTextNotice}`;

export const VOTE_INSTRUCTIONS = `You test principles as annotators of one pair of responses (Sample A and Sample B) to the same prompt.

For every numbered principle, answer which sample it selects: "A" or "B"; "None" when the principle does not apply to this pair; "Both" when it applies equally to both samples; "Neither" when it applies but neither sample satisfies it. Vote on every principle, once, by its number.

${untrustedTextNotice}`;

export const JUDGE_INSTRUCTIONS = `You compare two responses (Sample A and Sample B) to the same prompt and say which one the annotator preferred: "A", "B", or "cannot tell".

${untrustedTextNotice}`;

export const constitutionJudgeInstructions = (principles: readonly string[]) => `You compare two responses (Sample A and Sample B) to the same prompt and predict which one the annotator preferred: "A", "B", or "cannot tell".

The annotator followed these principles. Decide by the principles that apply; when none applies, answer "cannot tell". Do not use your own opinion of quality.
${principles.map((text, index) => `${index + 1}. ${text}`).join('\n')}

${untrustedTextNotice}`;

/** Longest response text shown in a prompt. */
export const maxShownChars = 4000;

const clip = (text: string) => (text.length > maxShownChars ? `${text.slice(0, maxShownChars)}…` : text);

/** The prompt (once, when there is one) and the two samples as shown. */
export function renderPair(prompt: string | undefined, first: string, second: string, labels: [string, string] = ['Sample A', 'Sample B']): string {
  return [
    ...(prompt !== undefined ? [`Prompt:\n${delimit('prompt', clip(prompt))}`] : []),
    `${labels[0]}:\n${delimit('response', clip(first))}`,
    `${labels[1]}:\n${delimit('response', clip(second))}`,
  ].join('\n\n');
}
