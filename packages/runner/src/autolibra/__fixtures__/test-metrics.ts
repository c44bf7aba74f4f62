import type { Metric } from '@tenets/core';

const metric = (id: string, name: string, good: string, bad: string, applicability: string): Metric => ({
  id,
  name,
  definition: `Whether the agent handles ${name.toLowerCase()} well.`,
  applicability,
  goodExamples: [{ aspectId: `${id}-good`, feedbackId: 'traj-900', behaviour: good }],
  badExamples: [{ aspectId: `${id}-bad`, feedbackId: 'traj-901', behaviour: bad }],
  supportingAspectIds: [`${id}-bad`, `${id}-good`],
  clusterIds: [],
  prevalence: 0.2,
  signBalance: { positive: 1, negative: 1 },
  engine: 'llm',
  version: 1,
});

/** Three hand-written metrics for judge and export tests. */
export const testMetrics: Metric[] = [
  metric('met_buttons', 'Disabled controls', 'noticed the button was disabled and filled the required field first', 'clicked the disabled button three times', 'A button or control on the page is disabled.'),
  metric('met_variant', 'Variant selection', 'switched from the preselected option to the requested size', 'picked the wrong colour', 'The task names a size, colour, model, time or other variant.'),
  metric('met_verify', 'Answer verification', 'checked the summary before answering', 'reported a price it never checked', 'The task asks for a value to report.'),
];
