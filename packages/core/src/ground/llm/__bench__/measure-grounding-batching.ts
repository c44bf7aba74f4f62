/**
 * Measures what batching short critiques saves in grounding, on a mock model that reports ~4 request
 * characters (messages + JSON schema) per input token and ~4 reply characters per output token.
 * Run: npx tsx packages/core/src/ground/llm/__bench__/measure-grounding-batching.ts
 */
import { feedbackSchema, type Feedback } from '../../../schemas/feedback.ts';
import { seededRandom } from '../../../util/seeded-random.ts';
import { answerGrounding } from '../__fixtures__/grounding-answerer.ts';
import { answeringModel } from '../../../llm/__fixtures__/mock-replies.ts';
import { groundFeedbackLlm } from '../ground-feedback-llm.ts';

const phrases = ['too long', 'missed the point', 'cited no sources', 'great formatting', 'wrong unit', 'ignored my constraint', 'clear and concise', 'hallucinated a function'];

function corpus(count: number, shortShare: number, seed: number): Feedback[] {
  const random = seededRandom(seed);
  const words = (minimum: number, maximum: number) => {
    const length = minimum + Math.floor(random() * (maximum - minimum));
    return Array.from({ length }, () => phrases[Math.floor(random() * phrases.length)]).join(' ');
  };
  return Array.from({ length: count }, (_, index) =>
    feedbackSchema.parse({
      id: `fb-${index}`,
      critique: random() < shortShare ? `It was ${words(1, 12)}.` : `The answer was ${words(40, 90)}.`,
      context: { prompt: `Question ${index}: ${words(2, 10)}?`, response: `Answer ${index}: ${words(20, 120)}.` },
    }),
  );
}

async function measure(feedback: Feedback[], batchShortCritiques: boolean, maxPerBatch = 8) {
  const model = answeringModel((call) => answerGrounding(call));
  const result = await groundFeedbackLlm({ feedback, model, batchShortCritiques, maxPerBatch });
  return result.usage;
}

const rows: string[] = ['| critiques | short share | maxPerBatch | calls (off → on) | input tokens (off → on) | output tokens (off → on) | input tokens / critique (off → on) | input saving |', '|---|---|---|---|---|---|---|---|'];
for (const [count, shortShare, maxPerBatch] of [
  [200, 1, 8],
  [200, 0.7, 8],
  [200, 0.3, 8],
  [200, 1, 4],
  [200, 1, 16],
] as const) {
  const feedback = corpus(count, shortShare, 27);
  const off = await measure(feedback, false);
  const on = await measure(feedback, true, maxPerBatch);
  const saving = 1 - on.inputTokens / off.inputTokens;
  rows.push(
    `| ${count} | ${shortShare} | ${maxPerBatch} | ${off.calls} → ${on.calls} | ${off.inputTokens} → ${on.inputTokens} | ${off.outputTokens} → ${on.outputTokens} | ${(off.inputTokens / count).toFixed(0)} → ${(on.inputTokens / count).toFixed(0)} | ${(saving * 100).toFixed(1)}% |`,
  );
}
console.log(rows.join('\n'));
