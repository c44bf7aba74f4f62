import type { Aspect } from '../schemas/aspect.ts';
import type { Cluster } from '../schemas/cluster.ts';
import { contentId } from '../util/content-id.ts';

/**
 * What synthesis starts from: a constitution principle, a cluster, or one sentence of feedback. Only these
 * fields are read, so any principle shape with them (today's or an extended one) can be passed as is.
 */
export interface SynthesisSource {
  id: string;
  text: string;
  supportingFeedbackIds: readonly string[];
  /** The behaviour cluster behind the principle; the offline engine takes logged prompts from it. */
  clusterId?: string;
}

/** One sentence of feedback ("don't use emojis in emails to my boss") as a synthesis source. */
export function sourceFromFeedbackText(text: string): SynthesisSource {
  const trimmed = text.trim();
  return { id: contentId('pri', 'feedback-text', trimmed), text: trimmed, supportingFeedbackIds: [] };
}

/** A cluster as a synthesis source: its medoid behaviour stands for the principle text. */
export function sourceFromCluster(cluster: Cluster, aspectsById: ReadonlyMap<string, Aspect>): SynthesisSource {
  const medoid = aspectsById.get(cluster.medoidAspectId);
  const members = cluster.aspectIds.map((id) => aspectsById.get(id)).filter((aspect) => aspect !== undefined);
  const negative = members.filter((aspect) => aspect.sign === 'negative').length;
  const behaviour = medoid?.behaviour ?? cluster.terms.slice(0, 4).join(', ');
  // Criticised behaviour reads as something to avoid; praised behaviour as something to keep doing.
  const text = negative * 2 >= members.length ? `Avoid this behaviour: ${behaviour}` : `Keep this behaviour: ${behaviour}`;
  return {
    id: contentId('pri', cluster.id),
    text,
    supportingFeedbackIds: [...new Set(members.map((aspect) => aspect.feedbackId))].sort(),
    clusterId: cluster.id,
  };
}
