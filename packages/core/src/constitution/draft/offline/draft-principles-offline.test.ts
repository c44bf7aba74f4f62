import { describe, expect, it } from 'vitest';
import { constitutionSchema, principleSchema } from '../../../schemas/principle.ts';
import { smallRun } from '../../../drafting/__fixtures__/small-run.ts';
import { clusteredRun } from '../../../drafting/__fixtures__/clustered-run.ts';
import { draftMetricsOffline } from '../../../metrics/draft/offline/draft-metrics-offline.ts';
import { draftPrinciplesOffline } from './draft-principles-offline.ts';
import { principleFromClause } from './principle-from-clause.ts';
import { renderConstitutionMarkdown } from './render-constitution-markdown.ts';

describe('draftPrinciplesOffline', () => {
  const { feedback, aspects, clusters } = smallRun();
  const metrics = draftMetricsOffline({ clusters, aspects, feedback });
  const principles = draftPrinciplesOffline({ clusters, metrics, aspects, feedback });

  it('drafts one principle per cluster from its representative clause, with support and provenance', () => {
    for (const principle of principles) expect(principleSchema.parse(principle)).toEqual(principle);
    expect(principles.map(({ text, supportingFeedbackIds, support, exampleCritiques }) => ({ text, supportingFeedbackIds, support, exampleCritiques }))).toMatchInlineSnapshot(`
      [
        {
          "exampleCritiques": [
            {
              "critique": "Good that it kept the formal reply free of emojis",
              "feedbackId": "fb-3",
            },
            {
              "critique": "Don't use emojis in a formal complaint.",
              "feedbackId": "fb-1",
            },
            {
              "critique": "The emojis in a reply to my lawyer looked unprofessional",
              "feedbackId": "fb-2",
            },
          ],
          "support": {
            "aspects": 3,
            "feedback": 3,
            "negative": 2,
            "positive": 1,
          },
          "supportingFeedbackIds": [
            "fb-1",
            "fb-2",
            "fb-3",
          ],
          "text": "Keep the formal reply free of emojis; do not use emojis in a formal complaint.",
        },
        {
          "exampleCritiques": [
            {
              "critique": "the answer was far too long for a yes or no question",
              "feedbackId": "fb-5",
            },
            {
              "critique": "Way too long. Nobody reads a wall of text.",
              "feedbackId": "fb-4",
            },
            {
              "critique": "Short and concise answer, loved it",
              "feedbackId": "fb-6",
            },
          ],
          "support": {
            "aspects": 4,
            "feedback": 3,
            "negative": 3,
            "positive": 1,
          },
          "supportingFeedbackIds": [
            "fb-4",
            "fb-5",
            "fb-6",
          ],
          "text": "Do not make the answer far too long for a yes or no question.",
        },
      ]
    `);
  });

  it('links each principle to its cluster and metric, and quotes only real critiques', () => {
    const critiqueById = new Map(feedback.map((record) => [record.id, record.critique]));
    for (const principle of principles) {
      const cluster = clusters.find((candidate) => candidate.id === principle.clusterId)!;
      expect(metrics.find((metric) => metric.id === principle.metricId)!.clusterIds).toEqual([cluster.id]);
      const memberFeedback = [...new Set(aspects.filter((aspect) => cluster.aspectIds.includes(aspect.id)).map((aspect) => aspect.feedbackId))].sort();
      expect(principle.supportingFeedbackIds).toEqual(memberFeedback);
      expect(principle.support.aspects).toBe(cluster.aspectIds.length);
      for (const example of principle.exampleCritiques) expect(example.critique).toBe(critiqueById.get(example.feedbackId));
      expect(principle.engine).toBe('offline');
    }
  });

  it('renders a readable constitution.md', () => {
    const constitution = constitutionSchema.parse({ engine: 'offline', principles });
    expect(renderConstitutionMarkdown(constitution, { engineNote: 'Produced by the offline engine.' })).toMatchInlineSnapshot(`
      "# Constitution

      > Produced by the offline engine.

      2 principles, supported by 6 critiques.

      ## 1. Keep the formal reply free of emojis; do not use emojis in a formal complaint.

      Supported by 3 critiques (3 comments: 2 negative, 1 positive).

      Written from: “Good that it kept the formal reply free of emojis” (\`fb-3\`); “Don't use emojis in a formal complaint” (\`fb-1\`).

      Example critiques:

      - “Good that it kept the formal reply free of emojis” (\`fb-3\`)
      - “Don't use emojis in a formal complaint.” (\`fb-1\`)
      - “The emojis in a reply to my lawyer looked unprofessional” (\`fb-2\`)

      ## 2. Do not make the answer far too long for a yes or no question.

      Supported by 3 critiques (4 comments: 3 negative, 1 positive).

      Written from: “the answer was far too long for a yes or no question” (\`fb-5\`).

      Example critiques:

      - “the answer was far too long for a yes or no question” (\`fb-5\`)
      - “Way too long. Nobody reads a wall of text.” (\`fb-4\`)
      - “Short and concise answer, loved it” (\`fb-6\`)
      "
    `);
    expect(renderConstitutionMarkdown({ engine: 'offline', principles: [] }, { engineNote: 'Produced by the offline engine.', title: 'Support bot' })).toMatchInlineSnapshot(`
      "# Support bot

      > Produced by the offline engine.

      No principles: no group of critiques was large enough.
      "
    `);
  });
});

describe('principleFromClause', () => {
  it('rewrites only mechanical imperatives and otherwise quotes the clause', () => {
    const cases: Array<[string, 'positive' | 'negative']> = [
      ["Don't use emojis in a formal complaint.", 'negative'],
      ['never promise refunds that are not in the policy', 'negative'],
      ['please stop asking for my email again', 'negative'],
      ['avoid jargon', 'negative'],
      ['keep it short!', 'negative'],
      ['the answer was way too long', 'negative'],
      ['the steps for resetting my password worked', 'positive'],
      ['never made me repeat myself', 'positive'],
      ["don't tell me I should have read the FAQ", 'negative'],
    ];
    expect(cases.map(([clause, sign]) => principleFromClause(clause, sign))).toMatchInlineSnapshot(`
      [
        "The assistant should not use emojis in a formal complaint.",
        "The assistant should never promise refunds that are not in the policy.",
        "The assistant should stop asking for the user's email again.",
        "The assistant should avoid jargon.",
        "The assistant should keep it short.",
        "The assistant should avoid what users criticised as “the answer was way too long”.",
        "The assistant should keep doing what users praised as “the steps for resetting my password worked”.",
        "The assistant should keep doing what users praised as “never made me repeat myself”.",
        "The assistant should avoid what users criticised as “don't tell me I should have read the FAQ”.",
      ]
    `);
  });
});

describe('draftPrinciplesOffline rules', () => {
  const { feedback, aspects, clusters } = clusteredRun({
    language: ['answered in spanish when I asked in german', 'answered in Italian just like I asked in Italian, thanks', 'ignored that I was writing in French', 'replied in english although I wrote in Portuguese'],
    products: ['my gaming chair stopped working after a week', 'the blender arrived damaged', 'my air fryer stopped working after a week', 'the coffee grinder arrived broken'],
    placeholders: ['__company__ ignored my refund request', 'it ignored my refund request', 'told <cust__ to wait for a refund', 'ignored the refund request again'],
  });
  const principles = draftPrinciplesOffline({ clusters, metrics: [], aspects, feedback });

  it('writes rules from what the members say the assistant did, praise as what to do and complaints as what not to do', () => {
    expect(principles.map((principle) => principle.text)).toMatchInlineSnapshot(`
      [
        "Do not ignore the user's refund request.",
        "Do not answer in Spanish when asked in German.",
      ]
    `);
    for (const principle of principles) {
      expect(principle.text).not.toMatch(/["“”]/u);
      expect(principle.text).not.toMatch(/\b(?:I|my|me|we|our)\b/u);
      expect(principle.text).toMatch(/^(?:Do not |Make sure |Avoid |Leave out |[A-Z][a-z]+ )/u);
      for (const source of principle.sourceClauses ?? []) expect(aspects.find((aspect) => aspect.id === source.aspectId)!.evidence.critique.quote).toBe(source.clause);
    }
  });

  it('never turns a product complaint or the critic\'s own story into a principle', () => {
    const productCluster = clusters[1]!;
    expect(principles.find((principle) => principle.clusterId === productCluster.id)).toBeUndefined();
    expect(principles.map((principle) => principle.text).join(' ')).not.toMatch(/chair|blender|fryer|grinder/u);
    // Callers that need one principle per cluster (the model path's fallback) get the old quoted one.
    const quoted = draftPrinciplesOffline({ clusters: [productCluster], metrics: [], aspects, feedback, withoutBehaviour: 'quote' });
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.sourceClauses).toBeUndefined();
  });

  it('never writes a rule from a clause with a placeholder token, and shows unplaceheld critiques first', () => {
    const principle = principles.find((candidate) => candidate.clusterId === clusters[2]!.id)!;
    expect(principle.text).not.toMatch(/__|<cust/u);
    expect(principle.exampleCritiques[0]!.critique).not.toMatch(/__|<cust/u);
  });
});

describe('draftPrinciplesOffline first rule', () => {
  it('comes from a member that stands for its own cluster, not from a clause of a neighbour\'s behaviour', () => {
    // The language cluster holds one stray clause about orders (as HDBSCAN's noise reassignment can put there).
    const { feedback, aspects, clusters } = clusteredRun({
      language: ['check the actual order instead of answering with generic stuff', 'answered in spanish when I asked in german', 'replied in english although I wrote in Portuguese', 'answered in english when I wrote in Italian'],
      orders: ['check the actual order instead of guessing', 'ignored my order number', 'it did not check my order', 'never looked up the order'],
    });
    const [language] = clusters;
    const principle = draftPrinciplesOffline({ clusters, metrics: [], aspects, feedback }).find((entry) => entry.clusterId === language!.id)!;
    expect(principle.text).toMatch(/answer|repl/i);
    expect(principle.text).not.toMatch(/order/i);
  });
});
