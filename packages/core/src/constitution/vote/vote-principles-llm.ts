import type { LanguageModel } from 'ai';
import { generateStructured } from '../../llm/generate-structured.ts';
import type { CandidatePrinciple, PrincipleVote } from '../../schemas/principle.ts';
import type { Preference } from '../../schemas/preference.ts';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import { seededRandom } from '../../util/seeded-random.ts';
import { CONSTITUTION_PROMPT_VERSIONS, renderPair, VOTE_INSTRUCTIONS } from '../llm/constitution-prompts.ts';
import { voteReplySchema, type VoteReply } from '../llm/constitution-schemas.ts';
import { flipCoin } from './flip-coin.ts';
import { unflip } from './vote-principles-offline.ts';
import { voteValue, type VoteChoice } from './vote-value.ts';

/** Most principles judged in one call (the reference's M). */
export const maxPrinciplesPerVoteCall = 40;

export interface VotePrinciplesLlmOptions {
  principles: readonly CandidatePrinciple[];
  pairs: ReadonlyArray<Preference & { preferred: 'a' | 'b' }>;
  model: LanguageModel;
  split: PrincipleVote['split'];
  seed: number;
  /** Principles per call, at most 40. @default 40 */
  chunkSize?: number;
  /** @default 4 */
  concurrency?: number;
  abortSignal?: AbortSignal;
}

export interface VotePrinciplesLlmResult {
  /** Sorted by pair id, then principle id. */
  votes: PrincipleVote[];
  calls: number;
  /** Calls that gave no usable reply: every principle of their chunk is `invalid`. */
  failedCalls: number;
  usage: TokenUsage;
}

const shownChoice: Record<VoteReply['votes'][number]['choice'], VoteChoice> = { A: 'a', B: 'b', None: 'none', Both: 'both', Neither: 'neither' };

/** Splits principles into chunks of ≤ `chunkSize` after a seeded shuffle (so no principle always comes first). */
export function voteChunks<PRINCIPLE extends { id: string }>(principles: readonly PRINCIPLE[], chunkSize: number, seed: number): PRINCIPLE[][] {
  const size = Math.min(Math.max(1, chunkSize), maxPrinciplesPerVoteCall);
  const shuffled = [...principles].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  const random = seededRandom(seed);
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  const chunks: PRINCIPLE[][] = [];
  for (let start = 0; start < shuffled.length; start += size) chunks.push(shuffled.slice(start, start + size));
  return chunks;
}

/**
 * One call per (pair, chunk of ≤ 40 principles): A / B / None / Both / Neither per principle, the pair shown
 * flipped by a seeded coin and un-flipped afterwards. A principle missing from the reply, answered twice, or
 * a failed call (its whole chunk) is `invalid` with the reason — counted, never fatal.
 */
export async function votePrinciplesLlm(options: VotePrinciplesLlmOptions): Promise<VotePrinciplesLlmResult> {
  const { principles, pairs, model, split, seed, chunkSize = maxPrinciplesPerVoteCall, concurrency = 4, abortSignal } = options;
  const chunks = voteChunks(principles, chunkSize, seed);
  const jobs = pairs.flatMap((pair) => chunks.map((chunk) => ({ pair, chunk })));
  const results = await mapConcurrent(
    jobs,
    concurrency,
    async ({ pair, chunk }) => {
      const flipped = flipCoin(seed, pair.id);
      const reply = await generateStructured({
        model,
        schema: voteReplySchema,
        schemaName: 'votes',
        instructions: VOTE_INSTRUCTIONS,
        prompt: `${renderPair(pair.prompt, flipped ? pair.textB : pair.textA, flipped ? pair.textA : pair.textB)}\n\nPrinciples:\n${chunk.map((principle, index) => `${index + 1}. ${principle.text}`).join('\n')}`,
        promptVersion: CONSTITUTION_PROMPT_VERSIONS.vote,
        abortSignal,
      });
      const votes: PrincipleVote[] = [];
      if (!reply.success) {
        for (const principle of chunk) votes.push({ pairId: pair.id, principleId: principle.id, choice: 'invalid', vote: 'invalid', flipped, split, reason: `${reply.reason}: ${reply.message}` });
        return { votes, usage: reply.usage, failed: true };
      }
      const answers = new Map<number, VoteChoice[]>();
      for (const entry of reply.value.votes) answers.set(entry.principle, [...(answers.get(entry.principle) ?? []), shownChoice[entry.choice]]);
      chunk.forEach((principle, index) => {
        const given = answers.get(index + 1) ?? [];
        if (given.length !== 1) {
          votes.push({ pairId: pair.id, principleId: principle.id, choice: 'invalid', vote: 'invalid', flipped, split, reason: given.length === 0 ? 'no vote for this principle in the reply' : 'several votes for this principle in the reply' });
          return;
        }
        const choice = unflip(given[0]!, flipped);
        votes.push({ pairId: pair.id, principleId: principle.id, choice, vote: voteValue(choice, pair.preferred), flipped, split });
      });
      return { votes, usage: reply.usage, failed: false };
    },
    { abortSignal },
  );
  let usage = emptyUsage();
  for (const result of results) usage = addUsage(usage, result.usage);
  const votes = results.flatMap((result) => result.votes).sort((left, right) => compare(left.pairId, right.pairId) || compare(left.principleId, right.principleId));
  return { votes, calls: jobs.length, failedCalls: results.filter((result) => result.failed).length, usage };
}

const compare = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);
