import type { LanguageModel } from 'ai';
import { delimit } from '../../llm/delimit.ts';
import { generateStructured } from '../../llm/generate-structured.ts';
import type { StageItemFailure } from '../../llm/stage-item-failure.ts';
import type { Preference } from '../../schemas/preference.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import { CONSTITUTION_PROMPT_VERSIONS, PROPOSE_INSTRUCTIONS, renderPair } from '../llm/constitution-prompts.ts';
import { proposeReplySchema } from '../llm/constitution-schemas.ts';
import { principlePrefix, type Proposal } from './proposal.ts';

export interface ProposePrinciplesLlmOptions {
  pairs: ReadonlyArray<Preference & { preferred: 'a' | 'b' }>;
  model: LanguageModel;
  /** Principles per pair (the reference's k). @default 3 */
  perPair?: number;
  /** @default 4 */
  concurrency?: number;
  abortSignal?: AbortSignal;
}

export interface ProposePrinciplesLlmResult {
  proposals: Proposal[];
  /** Calls whose reply failed its schema (the pair contributes nothing), and rules dropped for their form. */
  failures: StageItemFailure[];
  malformed: number;
  usage: TokenUsage;
}

const maxWords = 10;

/**
 * One call per pair: the selected and the other response, asking for `perPair` rules "Select the response
 * that …" of ≤ 10 words. A failed reply is counted, never fatal; a rule of the wrong form is dropped and counted.
 */
export async function proposePrinciplesLlm(options: ProposePrinciplesLlmOptions): Promise<ProposePrinciplesLlmResult> {
  const { pairs, model, perPair = 3, concurrency = 4, abortSignal } = options;
  const replies = await mapConcurrent(
    pairs,
    concurrency,
    (pair) =>
      generateStructured({
        model,
        schema: proposeReplySchema,
        schemaName: 'principles',
        instructions: PROPOSE_INSTRUCTIONS,
        prompt: [
          renderPair(pair.prompt, pair.preferred === 'a' ? pair.textA : pair.textB, pair.preferred === 'a' ? pair.textB : pair.textA, ['Selected response', 'Other response']),
          // A critique attached to the pair is the annotator's own reason: evidence for the rules.
          ...(pair.critique ? [`The annotator's comment:\n${delimit('critique', pair.critique)}`] : []),
          `Give ${perPair} rules.`,
        ].join('\n\n'),
        promptVersion: CONSTITUTION_PROMPT_VERSIONS.propose,
        abortSignal,
      }),
    { abortSignal },
  );
  const proposals: Proposal[] = [];
  const failures: StageItemFailure[] = [];
  let malformed = 0;
  let usage = emptyUsage();
  replies.forEach((reply, index) => {
    const pair = pairs[index]!;
    usage = addUsage(usage, reply.usage);
    if (!reply.success) {
      failures.push({ itemId: pair.id, reason: reply.reason, message: reply.message, ...(reply.rawText === undefined ? {} : { rawText: reply.rawText }) });
      return;
    }
    for (const raw of reply.value.principles.slice(0, perPair)) {
      const text = raw.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
      if (!text.startsWith(principlePrefix) || text.split(' ').length > maxWords + 4 || text.length === principlePrefix.length) {
        malformed++;
        continue;
      }
      proposals.push({ text, sourcePairIds: [pair.id], sourceFeedbackIds: [], origin: 'pairs' });
    }
  });
  return { proposals, failures, malformed, usage };
}
