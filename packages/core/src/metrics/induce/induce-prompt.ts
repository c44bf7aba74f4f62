import { delimit, untrustedTextNotice } from '../../llm/delimit.ts';
import type { Aspect } from '../../schemas/aspect.ts';

/** Version of the induction instructions; bump on any wording change. N is a parameter, never edited in. */
export const inducePromptVersion = 1;

export function induceInstructions(n: number): string {
  return [
    'You turn user feedback about AI agents into evaluation metrics.',
    'You get behaviours that users praised (positive) or criticised (negative), already grouped by similarity into groups with ids such as c4; each behaviour has an id such as a17.',
    `Produce exactly ${n} metrics. Merge groups that describe the same kind of behaviour; when a group mixes different behaviours, split it by listing some of its behaviour ids under another metric.`,
    'Every behaviour must end up in exactly one metric: list whole groups under "clusterIds", and single behaviours under "aspectIds" (a behaviour listed under "aspectIds" leaves its group\'s metric).',
    'For each metric give:',
    '- name: short and generic. Never name a metric after a particular website, product, person or task ("Search Query Accuracy" is fine, "Amazon Search Accuracy" is not).',
    '- definition: what the metric measures and how to recognise doing well and doing badly on it in a new trajectory.',
    '- applicability: when the metric applies; a judge rates it "not applicable" otherwise.',
    '- goodExampleIds: up to 3 ids of positive behaviours in this metric that show doing well; badExampleIds: up to 3 ids of negative behaviours in this metric that show doing badly.',
    'Use only ids that appear in the input.',
    untrustedTextNotice,
  ].join('\n');
}

export interface PromptGroup {
  shortId: string;
  members: ReadonlyArray<{ shortId: string; aspect: Aspect }>;
  /** Members not shown for length; they follow their group. */
  hidden: number;
}

export function buildInducePrompt(groups: readonly PromptGroup[], n: number): string {
  const blocks = groups.map((group) => {
    const lines = group.members.map((member) => `${member.shortId} (${member.aspect.sign}): ${delimit('behaviour', member.aspect.behaviour).replaceAll('\n', ' ')}`);
    if (group.hidden > 0) lines.push(`(+ ${group.hidden} more similar behaviours in this group)`);
    return [`Group ${group.shortId}:`, ...lines].join('\n');
  });
  return [`Behaviour groups (${groups.length}):`, '', blocks.join('\n\n'), '', `Now produce exactly ${n} metrics covering every behaviour.`].join('\n');
}
