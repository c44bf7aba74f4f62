import { readFileSync } from 'node:fs';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { answerGrounding } from '../ground/llm/__fixtures__/grounding-answerer.ts';
import { requestCharacters, textReply, userText } from '../llm/__fixtures__/mock-replies.ts';
import { feedbackSchema, type Feedback } from '../schemas/feedback.ts';
import { createThresholdClusterer } from '../test/index.ts';
import { contentId } from '../util/content-id.ts';
import { runPipeline, type RunPipelineResult } from './run-pipeline.ts';

const fixture: Feedback[] = readFileSync(new URL('../../../../fixtures/support-assistant/feedback.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(0, 90)
  .map((line) => feedbackSchema.parse(JSON.parse(line)));

/** A stable number from content. */
const hashNumber = (...parts: string[]) => Number.parseInt(contentId('h', ...parts).slice(2, 10), 16);

/** Yields to the event loop `turns` times: replies finish in an order set by `turns`, not by a clock. */
async function yieldTurns(turns: number): Promise<void> {
  for (let turn = 0; turn < turns; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A scripted model whose replies complete in an order decided by `salt`: each call waits a number of event-loop
 * turns derived from its prompt and the salt. Grounding is answered; metric and principle drafts get an answer
 * that fails its schema for some clusters (counted failures, offline fallback) and costs a varying amount.
 */
function shuffledModel(salt: string): MockLanguageModelV4 {
  return new MockLanguageModelV4({
    doGenerate: async (call) => {
      const text = userText(call);
      const turns = hashNumber(salt, text) % 25;
      await yieldTurns(turns);
      const inputTokens = Math.ceil(requestCharacters(call) / 4);
      if (text.includes('<critique>')) return textReply(answerGrounding(call, groundWithUnfoundQuotes), { inputTokens, outputTokens: 40 });
      return textReply('{"not":"a draft"}', { inputTokens, outputTokens: 7 });
    },
  });
}

/** Grounds every critique; every third one quotes the response wrongly, which the stage reports as a warning. */
function groundWithUnfoundQuotes(critique: string) {
  const unfound = hashNumber('quote', critique) % 3 === 0;
  return {
    verdict: 'grounded' as const,
    ungroundableReason: null,
    aspects: [{ behaviour: critique.slice(0, 80), sign: 'negative', critiqueQuote: critique, responseQuote: unfound ? 'words the response never said' : null, stepIndex: null }],
  };
}

/** Everything a run writes, minus timings (the one field allowed to differ). */
function artefactText(result: RunPipelineResult): string {
  const { timings: _timings, ...rest } = result;
  return JSON.stringify(rest);
}

describe('runPipeline with a model whose replies complete in shuffled order', () => {
  const run = (salt: string, concurrency: number) =>
    runPipeline({ feedback: fixture, model: shuffledModel(salt), clusterer: createThresholdClusterer({ threshold: 0.8 }), seed: 7, minClusterSize: 3, concurrency });

  it('writes byte-identical artefacts whatever the completion order and the concurrency', async () => {
    const first = await run('order-a', 8);
    const second = await run('order-b', 8);
    const sequential = await run('order-c', 1);
    // The scenario exercises the lists that used to follow completion order.
    expect(first.clustering.clusters.length).toBeGreaterThan(8);
    expect(first.failures.length).toBe(2 * first.clustering.clusters.length);
    expect(first.usage.total.calls).toBeGreaterThan(first.failures.length);
    expect(artefactText(second)).toBe(artefactText(first));
    expect(artefactText(sequential)).toBe(artefactText(first));
  });
});
