import type { Aspect } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import { feedbackSchema, type Feedback } from '../../schemas/feedback.ts';
import { contentId } from '../../util/content-id.ts';
import { groundOffline } from '../../ground/offline/ground-offline.ts';

/** A small grounded run with two hand-made clusters (emojis; answer length) and one unclustered aspect. */
export function smallRun(): { feedback: Feedback[]; aspects: Aspect[]; clusters: Cluster[] } {
  const critiques: Record<string, string> = {
    'fb-1': "Don't use emojis in a formal complaint.",
    'fb-2': 'The emojis in a reply to my lawyer looked unprofessional',
    'fb-3': 'Good that it kept the formal reply free of emojis',
    'fb-4': 'Way too long. Nobody reads a wall of text.',
    'fb-5': 'the answer was far too long for a yes or no question',
    'fb-6': 'Short and concise answer, loved it',
    'fb-7': 'It ignored my order number',
  };
  const feedback = Object.entries(critiques).map(([id, critique]) => feedbackSchema.parse({ id, critique }));
  const aspects = feedback.flatMap((record) => groundOffline(record));
  const of = (...feedbackIds: string[]) => aspects.filter((aspect) => feedbackIds.includes(aspect.feedbackId));
  const cluster = (members: Aspect[], terms: string[]): Cluster => {
    const aspectIds = members.map((aspect) => aspect.id).sort();
    return {
      id: contentId('clu', aspectIds),
      aspectIds,
      medoidAspectId: members[0]!.id,
      terms,
      meanProbability: 1,
      reassignedAspectIds: [],
      sign: { positive: members.filter((aspect) => aspect.sign === 'positive').length, negative: members.filter((aspect) => aspect.sign === 'negative').length },
    };
  };
  const clusters = [cluster(of('fb-1', 'fb-2', 'fb-3'), ['emojis', 'formal', 'formal complaint']), cluster(of('fb-4', 'fb-5', 'fb-6'), [])];
  return { feedback, aspects, clusters };
}
