import { describe, expect, it } from 'vitest';
import type { CandidatePrinciple } from '../../schemas/principle.ts';
import { plantedPairs } from '../__fixtures__/planted-pairs.ts';
import { callText, reply, scriptedConstitutionModel } from '../__fixtures__/scripted-constitution-model.ts';
import { flipCoin } from './flip-coin.ts';
import { votePrinciplesLlm, voteChunks } from './vote-principles-llm.ts';

const principle = (id: string, text: string): CandidatePrinciple => ({ id, text, engine: 'llm', origin: 'pairs', sourcePairIds: [], sourceFeedbackIds: [], members: [text], prevalence: 1 });
const pairs = plantedPairs().filter((pair) => pair.preferred === 'a' || pair.preferred === 'b') as Array<ReturnType<typeof plantedPairs>[number] & { preferred: 'a' | 'b' }>;

describe('votePrinciplesLlm', () => {
  it('un-flips seeded flips, so a keyword rule votes for the side that holds its word', async () => {
    const model = scriptedConstitutionModel({ plantedWords: [] });
    const { votes, calls, failedCalls } = await votePrinciplesLlm({ principles: [principle('cat', 'Select the response that mentions "cat"')], pairs: pairs.slice(0, 6), model, split: 'selection', seed: 7 });
    expect(calls).toBe(6);
    expect(failedCalls).toBe(0);
    expect(votes.map((vote) => [vote.pairId, vote.flipped, vote.choice, vote.vote])).toEqual(
      pairs.slice(0, 6).map((pair) => [pair.id, flipCoin(7, pair.id), pair.preferred, 'for']),
    );
    // Both orders occur, and what the model saw first is the flipped text.
    const flips = votes.map((vote) => vote.flipped);
    expect(flips).toContain(true);
    expect(flips).toContain(false);
    const firstCall = callText(model.doGenerateCalls[0]!).user;
    expect(firstCall.indexOf(flips[0] ? pairs[0]!.textB : pairs[0]!.textA)).toBeLessThan(firstCall.indexOf(flips[0] ? pairs[0]!.textA : pairs[0]!.textB));
  });

  it('chunks at most 40 principles per call; a failed call makes its chunk invalid, a missing vote is invalid, both are counted', async () => {
    const principles = Array.from({ length: 45 }, (_, index) => principle(`r${String(index).padStart(2, '0')}`, `Select the response that mentions "w${index}"`));
    expect(voteChunks(principles, 40, 1).map((chunk) => chunk.length)).toEqual([40, 5]);
    const model = scriptedConstitutionModel({
      plantedWords: [],
      override: (call) => {
        const { user } = callText(call);
        const numbered = [...user.matchAll(/^(\d+)\. /gm)].length;
        // The 5-principle chunk of the first pair fails twice (no repair succeeds); other 5-chunks omit principle 2.
        if (numbered === 5 && user.includes(pairs[0]!.textA)) return reply('not json');
        if (numbered === 5) return reply(JSON.stringify({ votes: [1, 3, 4, 5].map((number) => ({ principle: number, choice: 'None' })) }));
        return undefined;
      },
    });
    const result = await votePrinciplesLlm({ principles, pairs: pairs.slice(0, 2), model, split: 'selection', seed: 1 });
    expect(result.calls).toBe(4);
    expect(result.failedCalls).toBe(1);
    expect(model.doGenerateCalls).toHaveLength(5); // one repair attempt for the bad reply
    const invalid = result.votes.filter((vote) => vote.vote === 'invalid');
    expect(invalid).toHaveLength(6);
    expect(invalid.filter((vote) => vote.pairId === pairs[0]!.id).map((vote) => vote.reason?.split(':')[0])).toEqual(['parse_error', 'parse_error', 'parse_error', 'parse_error', 'parse_error']);
    expect(invalid.filter((vote) => vote.pairId === pairs[1]!.id).map((vote) => vote.reason)).toEqual(['no vote for this principle in the reply']);
    expect(result.votes.filter((vote) => vote.vote === 'abstain')).toHaveLength(84);
  });
});
