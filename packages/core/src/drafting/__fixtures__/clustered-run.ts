import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import { feedbackSchema, type Feedback } from '../../schemas/feedback.ts';
import { contentId } from '../../util/content-id.ts';
import { groundOffline } from '../../ground/offline/ground-offline.ts';

/** A grounded run from critiques grouped by hand: each group of critiques becomes one cluster of their aspects. */
export function clusteredRun(groups: Record<string, readonly string[]>): { feedback: Feedback[]; aspects: Aspect[]; clusters: Cluster[] } {
  const feedback: Feedback[] = [];
  const clusters: Cluster[] = [];
  const aspects: Aspect[] = [];
  for (const [group, critiques] of Object.entries(groups)) {
    const records = critiques.map((critique, index) => feedbackSchema.parse({ id: `${group}-${index + 1}`, critique }));
    const members = records.flatMap((record) => groundOffline(record));
    feedback.push(...records);
    aspects.push(...members);
    const aspectIds = members.map((aspect) => aspect.id).sort();
    clusters.push({
      id: contentId('clu', aspectIds),
      aspectIds,
      medoidAspectId: members[0]!.id,
      terms: [],
      meanProbability: 1,
      reassignedAspectIds: [],
      sign: { positive: members.filter((aspect) => aspect.sign === 'positive').length, negative: members.filter((aspect) => aspect.sign === 'negative').length },
    });
  }
  return { feedback, aspects, clusters };
}
