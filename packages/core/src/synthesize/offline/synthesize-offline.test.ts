import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groundOffline } from '../../ground/offline/ground-offline.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import { feedbackSchema } from '../../schemas/feedback.ts';
import { synthesisRecordSchema } from '../schemas/synthesis-record.ts';
import { needsGenerationMessage, synthesizeOffline } from './synthesize-offline.ts';

// The shared synthetic corpus, read (never written). Clusters here are the generating labels, so the test
// measures the offline synthesis, not the clustering.
const fixture = new URL('../../../../../fixtures/support-assistant/', import.meta.url);
const readLines = (name: string) => readFileSync(new URL(name, fixture), 'utf8').split('\n').filter((line) => line.trim().length > 0);
const feedback = readLines('feedback.jsonl').map((line) => feedbackSchema.parse(JSON.parse(line)));
const labelOf = new Map(readLines('labels.jsonl').map((line) => JSON.parse(line) as { id: string; behaviour: string }).map((label) => [label.id, label.behaviour]));
const aspects = feedback.flatMap((record) => groundOffline(record));
const clusters: Cluster[] = [...new Set(labelOf.values())].sort().map((behaviour) => {
  const members = aspects.filter((aspect) => labelOf.get(aspect.feedbackId) === behaviour);
  return {
    id: `clu-${behaviour}`,
    aspectIds: members.map((aspect) => aspect.id).sort(),
    medoidAspectId: members[0]!.id,
    terms: [behaviour],
    meanProbability: 1,
    reassignedAspectIds: [],
    sign: { positive: members.filter((aspect) => aspect.sign === 'positive').length, negative: members.filter((aspect) => aspect.sign === 'negative').length },
  };
});
const upsellPrinciple = { id: 'pri_upsell', text: 'The assistant should help with the problem without pushing upgrades.', supportingFeedbackIds: [], clusterId: 'clu-pushy-upselling' };
const emojiPrinciple = { id: 'pri_emoji', text: 'When replying to a formal complaint, never use emojis.', supportingFeedbackIds: [], clusterId: 'clu-emoji-in-formal-reply' };

describe('synthesizeOffline on the support-assistant fixture', () => {
  it('takes in/near/out prompts from the log, pairs only what the log holds, and says what needs a model', async () => {
    const result = await synthesizeOffline({ sources: [emojiPrinciple, upsellPrinciple, { id: 'pri_text', text: 'Be nice.', supportingFeedbackIds: [] }], feedback, aspects, clusters });
    expect(result.engine).toBe('offline');
    expect(result.engineNote).toContain('offline engine');
    expect(result.checks).toEqual([{ principleId: 'pri_emoji', spec: { kind: 'regex', pattern: '\\p{Extended_Pictographic}', flags: 'u', expect: 'no-match' }, description: 'does not match /\\p{Extended_Pictographic}/u', source: 'offline' }]);
    expect(result.warnings).toEqual(['Principle pri_text: no cluster in the run, so the offline engine has no logged prompts for it; a model is needed to generate them.']);
    expect(result.categories.map((category) => category.name)).toMatchInlineSnapshot(`
      [
        "emoji-in-formal-reply",
        "empathetic-tone",
        "pushy-upselling",
        "wrong-language",
        "ignores-order-number",
        "step-by-step-instructions",
        "pushy-upselling",
        "empathetic-tone",
        "overly-long-answer",
        "asks-for-info-already-given",
        "emoji-in-formal-reply",
        "wrong-language",
      ]
    `);
    expect(result.counts).toMatchInlineSnapshot(`
      {
        "anchors": 0,
        "conflicts": 0,
        "dropped": 0,
        "failures": 0,
        "needsGeneration": 311,
        "pairs": 2,
        "prompts": 313,
        "records": 313,
        "records.in": 49,
        "records.near": 101,
        "records.out": 163,
        "test": 63,
      }
    `);
    for (const record of result.records) expect(synthesisRecordSchema.parse(record)).toEqual(record);

    // Both logged answers to the one formal complaint with two answers use emojis: no emoji pair exists.
    expect(result.records.filter((record) => record.principleId === 'pri_emoji' && record.revised)).toEqual([]);
    const pairs = result.records.filter((record) => record.revised);
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      expect(pair).toMatchObject({ principleId: 'pri_upsell', scope: 'in', verification: { method: 'log', passed: true }, checks: {}, needsGeneration: false, models: {} });
      expect(pair.origin.feedbackIds.length).toBeGreaterThanOrEqual(2);
      const [chosen, rejected] = [pair.revised!.text, pair.baseline!.text];
      const signOf = (text: string) => aspects.find((aspect) => feedback.find((record) => record.id === aspect.feedbackId)?.context?.response === text && labelOf.get(aspect.feedbackId) === 'pushy-upselling')?.sign;
      expect([signOf(chosen), signOf(rejected)]).toEqual(['positive', 'negative']);
    }
    const promptOnly = result.records.filter((record) => !record.revised);
    expect(promptOnly.every((record) => record.needsGeneration && record.message === needsGenerationMessage && !record.baseline)).toBe(true);
    // In-scope prompts are the prompts of the cluster's critiques, and never reappear as near/out prompts.
    const emojiRecords = result.records.filter((record) => record.principleId === 'pri_emoji');
    const inPrompts = new Set(emojiRecords.filter((record) => record.scope === 'in').map((record) => record.prompt));
    const emojiFeedback = feedback.filter((record) => labelOf.get(record.id) === 'emoji-in-formal-reply' && aspects.some((aspect) => aspect.feedbackId === record.id));
    expect(inPrompts).toEqual(new Set(emojiFeedback.map((record) => record.context!.prompt!)));
    expect(emojiRecords.filter((record) => record.scope !== 'in' && inPrompts.has(record.prompt))).toEqual([]);
  });

  it('is deterministic', async () => {
    const first = await synthesizeOffline({ sources: [emojiPrinciple], feedback, aspects, clusters });
    const second = await synthesizeOffline({ sources: [emojiPrinciple], feedback: [...feedback].reverse(), aspects: [...aspects].reverse(), clusters: [...clusters].reverse() });
    expect(JSON.stringify(second.records)).toBe(JSON.stringify(first.records));
  });
});
