import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import { feedbackSchema, type Feedback } from '../../schemas/feedback.ts';
import { contentId } from '../../util/content-id.ts';
import { groundOffline } from '../../ground/offline/ground-offline.ts';

/**
 * A grounded run from critiques grouped by hand: each group of critiques becomes one cluster of their aspects. A
 * critique the offline grounding sets aside entirely (a product complaint names no behaviour of the assistant) becomes
 * one aspect of its whole text, as a model's grounding or an older run could give it, so that drafting's own guards
 * are tested on it.
 */
export function clusteredRun(groups: Record<string, readonly string[]>): { feedback: Feedback[]; aspects: Aspect[]; clusters: Cluster[] } {
  const feedback: Feedback[] = [];
  const clusters: Cluster[] = [];
  const aspects: Aspect[] = [];
  for (const [group, critiques] of Object.entries(groups)) {
    const records = critiques.map((critique, index) => feedbackSchema.parse({ id: `${group}-${index + 1}`, critique }));
    const members = records.flatMap((record) => {
      const grounded = groundOffline(record);
      if (grounded.length > 0) return grounded;
      const quote = record.critique;
      return [{ id: contentId('asp', record.id, 0, quote), feedbackId: record.id, behaviour: quote, sign: 'negative' as const, evidence: { critique: { quote, start: 0, end: quote.length } }, engine: 'offline' as const }];
    });
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
