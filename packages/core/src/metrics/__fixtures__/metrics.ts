import type { Metric } from '../../schemas/metric.ts';

/** A small hand-written metric with one good and one bad example. */
export function testMetric(id: string, name: string, good: string, bad: string, applicability?: string): Metric {
  return {
    id,
    name,
    definition: `Whether the agent handles ${name.toLowerCase()} well.`,
    ...(applicability ? { applicability } : {}),
    goodExamples: [{ aspectId: `${id}-good`, feedbackId: 'f0', behaviour: good }],
    badExamples: [{ aspectId: `${id}-bad`, feedbackId: 'f0', behaviour: bad }],
    supportingAspectIds: [`${id}-good`, `${id}-bad`],
    clusterIds: [],
    prevalence: 0.5,
    signBalance: { positive: 1, negative: 1 },
    engine: 'llm',
    version: 1,
  };
}
