import { describe, expect, it } from 'vitest';
import type { Aspect } from '../schemas/aspect.ts';
import type { Clustering } from '../schemas/cluster.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Constitution } from '../schemas/principle.ts';
import { contentId } from '../util/content-id.ts';
import { anchorOf } from './anchor-of.ts';
import { applyReview, type ApplyReviewResult } from './apply-review.ts';
import { reviewSchema, type Review, type ReviewDecision } from './review-decision.ts';

// A hand-made run: three clusters (emoji, length, language) over eight behaviours from seven critiques.
function aspect(id: string, feedbackId: string, quote: string, sign: 'positive' | 'negative' = 'negative'): Aspect {
  return { id, feedbackId, behaviour: quote, sign, evidence: { critique: { quote, start: 0, end: quote.length } }, engine: 'offline' };
}
const aspects = [
  aspect('a1', 'f1', 'emojis in a complaint'),
  aspect('a2', 'f2', 'smiley faces everywhere'),
  aspect('a3', 'f3', 'no emojis, formal', 'positive'),
  aspect('a4', 'f4', 'far too long'),
  aspect('a5', 'f5', 'wall of text'),
  aspect('a6', 'f6', 'answered in Spanish'),
  aspect('a7', 'f7', 'wrong language'),
  aspect('a8', 'f5', 'ignored my question'),
];
const clusters: Clustering = {
  engine: 'offline',
  clusterer: 'test',
  parameters: {},
  clusters: [
    { id: 'c-emoji', aspectIds: ['a1', 'a2', 'a3'], medoidAspectId: 'a1', terms: ['emojis'], meanProbability: 0.9, reassignedAspectIds: ['a3'], sign: { positive: 1, negative: 2 } },
    { id: 'c-length', aspectIds: ['a4', 'a5'], medoidAspectId: 'a4', terms: ['long'], meanProbability: 0.8, reassignedAspectIds: [], sign: { positive: 0, negative: 2 } },
    { id: 'c-language', aspectIds: ['a6', 'a7'], medoidAspectId: 'a6', terms: ['language'], meanProbability: 0.7, reassignedAspectIds: [], sign: { positive: 0, negative: 2 } },
  ],
  noiseAspectIds: ['a8'],
  reassigned: [{ aspectId: 'a3', clusterId: 'c-emoji', similarity: 0.3 }],
};
function metric(id: string, clusterId: string, supportingAspectIds: string[]): Metric {
  return { id, name: `Metric ${id}`, definition: `Whether ${id}.`, goodExamples: [], badExamples: [], supportingAspectIds, clusterIds: [clusterId], prevalence: 0.3, signBalance: { positive: 0, negative: 2 }, engine: 'offline', version: 1 };
}
const metrics = [metric('m-emoji', 'c-emoji', ['a1', 'a2', 'a3']), metric('m-length', 'c-length', ['a4', 'a5']), metric('m-language', 'c-language', ['a6', 'a7'])];
const constitution: Constitution = {
  engine: 'offline',
  principles: [
    { id: 'p-emoji', text: 'No emojis in formal replies.', supportingFeedbackIds: ['f1', 'f2', 'f3'], support: { feedback: 3, aspects: 3, positive: 1, negative: 2 }, exampleCritiques: [], clusterId: 'c-emoji', metricId: 'm-emoji', engine: 'offline' },
    { id: 'p-length', text: 'Be brief.', supportingFeedbackIds: ['f4', 'f5'], support: { feedback: 2, aspects: 2, positive: 0, negative: 2 }, exampleCritiques: [], clusterId: 'c-length', metricId: 'm-length', engine: 'offline' },
    { id: 'p-language', text: "Answer in the user's language.", supportingFeedbackIds: ['f6', 'f7'], support: { feedback: 2, aspects: 2, positive: 0, negative: 2 }, exampleCritiques: [], clusterId: 'c-language', metricId: 'm-language', engine: 'offline' },
  ],
};
const aspectsById = new Map(aspects.map((entry) => [entry.id, entry]));
const anchor = (clusterId: string) => anchorOf.cluster(clusters.clusters.find((cluster) => cluster.id === clusterId)!, aspectsById);
const run = { clusters, aspects, metrics, constitution };

function review(...decisions: ReviewDecision[]): Review {
  return reviewSchema.parse({ schemaVersion: 1, decisions });
}

/** The reviewed run in one line per item, for exact comparison. */
function summary(result: ApplyReviewResult) {
  return {
    clusters: result.clusters.clusters.map((cluster) => `${cluster.id}${cluster.label ? ` "${cluster.label}"` : ''}${cluster.accepted ? ' ✓' : ''}: ${cluster.aspectIds.join(' ')}`),
    noise: result.clusters.noiseAspectIds.join(' '),
    metrics: result.metrics.map((entry) => `${entry.id} v${entry.version} → ${entry.clusterIds.join(' ')}`),
    principles: result.constitution?.principles.map((principle) => `${principle.id} → ${principle.clusterId ?? '-'} / ${principle.metricId ?? '-'}: ${principle.text}`),
  };
}

describe('applyReview', () => {
  it('changes nothing without decisions, and never changes its inputs', () => {
    const before = structuredClone(run);
    const result = applyReview(run, review());
    expect(result.clusters.clusters.map(({ accepted, ...cluster }) => cluster)).toEqual(clusters.clusters);
    expect([result.metrics, result.constitution, result.unmatched, result.rejected]).toEqual([metrics, constitution, [], { clusterIds: [], metricIds: [], principleIds: [] }]);
    applyReview(run, review({ type: 'cluster-merge', clusters: [anchor('c-emoji'), anchor('c-length')] }, { type: 'metric-edit', metric: anchorOf.metric(metrics[0]!, aspectsById), name: 'x' }));
    expect(run).toEqual(before);
  });

  it('renames and accepts a cluster, and finds it again after a re-run that re-grounded with new aspect ids', () => {
    const decisions = review({ type: 'cluster-rename', cluster: anchor('c-emoji'), name: 'Emoji use' }, { type: 'cluster-accept', cluster: anchor('c-emoji') });
    expect(summary(applyReview(run, decisions)).clusters[0]).toBe('c-emoji "Emoji use" ✓: a1 a2 a3');
    // Same critiques, different model wording → other aspect and cluster ids; the anchors are feedback ids.
    const regrounded = aspects.map((entry) => ({ ...entry, id: `new-${entry.id}`, behaviour: `re-worded: ${entry.behaviour}` }));
    const reclustered = { ...clusters, clusters: clusters.clusters.map((cluster) => ({ ...cluster, id: `new-${cluster.id}`, aspectIds: cluster.aspectIds.map((id) => `new-${id}`) })), reassigned: [] };
    const rerun = applyReview({ clusters: reclustered, aspects: regrounded }, decisions);
    expect([rerun.clusters.clusters[0]!.label, rerun.clusters.clusters[0]!.accepted, rerun.unmatched]).toEqual(['Emoji use', true, []]);
  });

  it('merges clusters into one with a content id, and moves metric, principle and reassignment links to it', () => {
    const result = applyReview(run, review({ type: 'cluster-merge', clusters: [anchor('c-length'), anchor('c-language')], name: 'Answer quality' }));
    const merged = contentId('clu', ['a4', 'a5', 'a6', 'a7']);
    expect(summary(result)).toEqual({
      clusters: ['c-emoji: a1 a2 a3', `${merged} "Answer quality": a4 a5 a6 a7`],
      noise: 'a8',
      metrics: ['m-emoji v1 → c-emoji', `m-length v1 → ${merged}`, `m-language v1 → ${merged}`],
      principles: ['p-emoji → c-emoji / m-emoji: No emojis in formal replies.', `p-length → ${merged} / m-length: Be brief.`, `p-language → ${merged} / m-language: Answer in the user's language.`],
    });
    expect(result.clusters.clusters[1]!.sign).toEqual({ positive: 0, negative: 4 });
  });

  it('splits members off into a new, undrafted cluster and keeps the rest linked', () => {
    const result = applyReview(run, review({ type: 'cluster-split', cluster: anchor('c-emoji'), members: [anchorOf.aspect(aspects[2]!)], name: 'Formal tone' }));
    const rest = contentId('clu', ['a1', 'a2']);
    const split = contentId('clu', ['a3']);
    expect(summary(result).clusters).toEqual([`${rest}: a1 a2`, `${split} "Formal tone": a3`, "c-length: a4 a5", "c-language: a6 a7"]);
    expect([result.undraftedClusterIds, result.metrics[0]!.clusterIds, result.constitution!.principles[0]!.clusterId, result.clusters.reassigned]).toEqual([[split], [rest], rest, [{ aspectId: 'a3', clusterId: split, similarity: 0.3 }]]);
  });

  it('moves members to noise, and a rejected cluster takes its metric and principle with it', () => {
    const result = applyReview(run, review({ type: 'cluster-noise', cluster: anchor('c-length'), members: [anchorOf.aspect(aspects[4]!)] }, { type: 'cluster-reject', cluster: anchor('c-language') }));
    expect(summary(result)).toEqual({
      clusters: ['c-emoji: a1 a2 a3', `${contentId('clu', ['a4'])}: a4`],
      noise: 'a5 a6 a7 a8',
      metrics: ['m-emoji v1 → c-emoji', `m-length v1 → ${contentId('clu', ['a4'])}`],
      principles: ['p-emoji → c-emoji / m-emoji: No emojis in formal replies.', `p-length → ${contentId('clu', ['a4'])} / m-length: Be brief.`],
    });
    expect(result.rejected).toEqual({ clusterIds: ['c-language'], metricIds: ['m-language'], principleIds: ['p-language'] });
  });

  it('rejects, restores and edits metrics, and edits, reorders, rejects and accepts principles', () => {
    const metricAnchor = (index: number) => anchorOf.metric(metrics[index]!, aspectsById);
    const principleAnchor = (index: number) => anchorOf.principle(constitution.principles[index]!);
    const result = applyReview(
      run,
      review(
        { type: 'metric-reject', metric: metricAnchor(0) },
        { type: 'metric-reject', metric: metricAnchor(1) },
        { type: 'metric-restore', metric: metricAnchor(1) },
        { type: 'metric-edit', metric: metricAnchor(2), name: 'Reply language', definition: 'Whether the reply is in the language the user wrote in.' },
        { type: 'principle-edit', principle: principleAnchor(1), text: 'Answer in two sentences or fewer.' },
        { type: 'principle-reorder', principles: [principleAnchor(2), principleAnchor(1)] },
        { type: 'principle-reject', principle: principleAnchor(1) },
        { type: 'principle-accept', principle: principleAnchor(1) },
        { type: 'principle-accept', principle: principleAnchor(2) },
      ),
    );
    expect(summary(result)).toMatchObject({
      metrics: ['m-length v1 → c-length', 'm-language v2 → c-language'],
      // p-emoji keeps its text but loses the link to the rejected metric.
      principles: ["p-language → c-language / m-language: Answer in the user's language.", 'p-length → c-length / m-length: Answer in two sentences or fewer.', 'p-emoji → c-emoji / -: No emojis in formal replies.'],
    });
    expect([result.metrics[1]!.name, result.rejected.metricIds, result.acceptedPrincipleIds]).toEqual(['Reply language', ['m-emoji'], ['p-language', 'p-length']]);
  });

  it('matches an anchor to the closest group (Jaccard ≥ 0.5) and reports the decisions that match nothing', () => {
    const result = applyReview(
      run,
      review(
        { type: 'cluster-rename', cluster: { feedbackIds: ['f1', 'f2'] }, name: 'Close enough' },
        { type: 'cluster-rename', cluster: { feedbackIds: ['f1', 'f9', 'f10', 'f11'] }, name: 'Too far' },
        { type: 'cluster-merge', clusters: [anchor('c-emoji'), { feedbackIds: ['f99'] }] },
        { type: 'cluster-split', cluster: anchor('c-length'), members: [{ feedbackId: 'f4', quote: 'not the quote' }] },
        { type: 'pair-drop', pair: { pairId: 'pair_2' } },
        { type: 'pair-edit-scope', pair: { pairId: 'pair_1' }, scope: 'formal emails' },
      ),
    );
    expect(result.clusters.clusters[0]!.label).toBe('Close enough');
    expect(result.unmatched.map(({ index, reason }) => `${index}: ${reason}`)).toMatchInlineSnapshot(`
      [
        "1: no cluster matches the anchor",
        "2: only 1 of 2 clusters match their anchors",
        "3: none of the members is in the cluster",
      ]
    `);
    expect(result.pairs).toEqual({ droppedPairIds: ['pair_2'], scopes: { pair_1: 'formal emails' } });
  });

  it('validates decisions at the boundary', () => {
    expect(reviewSchema.safeParse({ schemaVersion: 1, decisions: [{ type: 'cluster-merge', clusters: [anchor('c-emoji')] }] }).success).toBe(false);
    expect(reviewSchema.safeParse({ schemaVersion: 1, decisions: [{ type: 'cluster-rename', cluster: { feedbackIds: [] }, name: 'x' }] }).success).toBe(false);
    expect(reviewSchema.safeParse({ schemaVersion: 1, decisions: [{ type: 'cluster-dissolve', cluster: anchor('c-emoji') }] }).success).toBe(false);
  });
});
