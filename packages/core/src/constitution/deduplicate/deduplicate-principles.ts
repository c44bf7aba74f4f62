import { embedMany, type EmbeddingModel } from 'ai';
import type { Clusterer } from '../../cluster/clusterer.ts';
import type { CandidatePrinciple, Engine } from '../../schemas/index.ts';
import { emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { contentId } from '../../util/content-id.ts';
import { principlePrefix, type Proposal } from '../propose/proposal.ts';

export interface DeduplicatePrinciplesOptions {
  proposals: readonly Proposal[];
  engine: Engine;
  /** Embeds the principle texts (opening "Select the response that" left out). Absent → exact duplicates only. */
  embeddingModel?: EmbeddingModel;
  clusterer?: Clusterer;
  seed: number;
  /** @default 2 */
  minClusterSize?: number;
  /**
   * A clustered proposal joins its group only if its cosine similarity to the group's representative is at
   * least this; otherwise it stays its own candidate (guards against "mentions blue" joining "mentions green").
   * @default 0.85
   */
  minSimilarity?: number;
  abortSignal?: AbortSignal;
}

interface Group {
  text: string;
  proposals: Proposal[];
}

const compare = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

/**
 * Merges proposals: first exact duplicates (same text), then groups found by embedding the texts and running
 * the seeded `Clusterer`. The representative of a group is its most often proposed text (ties: the medoid,
 * then the text); its prevalence is the number of proposals merged and its sources the union of theirs.
 * Candidates are sorted by id.
 */
export async function deduplicatePrinciples(options: DeduplicatePrinciplesOptions): Promise<{ candidates: CandidatePrinciple[]; usage: TokenUsage }> {
  const { proposals, engine, embeddingModel, clusterer, seed, minClusterSize = 2, minSimilarity = 0.85, abortSignal } = options;
  const exact = new Map<string, Group>();
  for (const proposal of proposals) {
    const group = exact.get(proposal.text) ?? { text: proposal.text, proposals: [] };
    group.proposals.push(proposal);
    exact.set(proposal.text, group);
  }
  let groups = [...exact.values()].sort((left, right) => compare(left.text, right.text));
  let usage = emptyUsage();
  if (embeddingModel && clusterer && groups.length >= Math.max(2, minClusterSize)) {
    const { embeddings, usage: embedUsage } = await embedMany({ model: embeddingModel, values: groups.map((group) => stripPrefix(group.text)), abortSignal, maxRetries: 0 });
    // Embedding requests are counted as calls; their tokens as input tokens.
    usage = { ...usage, calls: 1, inputTokens: embedUsage?.tokens ?? 0, totalTokens: embedUsage?.tokens ?? 0 };
    const vectors = embeddings.map((embedding) => normalise(embedding));
    const { labels } = await clusterer.cluster({ vectors, minClusterSize, seed, abortSignal });
    groups = mergeClusters(groups, vectors, labels, minSimilarity);
  }
  const candidates = groups.map((group) => toCandidate(group, engine)).sort((left, right) => compare(left.id, right.id));
  return { candidates, usage };
}

function mergeClusters(groups: Group[], vectors: Float32Array[], labels: Int32Array, minSimilarity: number): Group[] {
  const byLabel = new Map<number, number[]>();
  const merged: Group[] = [];
  groups.forEach((group, index) => {
    const label = labels[index]!;
    if (label < 0) merged.push(group);
    else byLabel.set(label, [...(byLabel.get(label) ?? []), index]);
  });
  for (const members of byLabel.values()) {
    const centroid = new Float32Array(vectors[0]!.length);
    for (const index of members) vectors[index]!.forEach((value, dimension) => (centroid[dimension]! += value));
    const similarityToCentroid = (index: number) => dot(vectors[index]!, centroid);
    const ordered = [...members].sort(
      (left, right) => groups[right]!.proposals.length - groups[left]!.proposals.length || similarityToCentroid(right) - similarityToCentroid(left) || compare(groups[left]!.text, groups[right]!.text),
    );
    const representative = ordered[0]!;
    const group: Group = { text: groups[representative]!.text, proposals: [...groups[representative]!.proposals] };
    for (const index of ordered.slice(1)) {
      if (dot(vectors[index]!, vectors[representative]!) >= minSimilarity) group.proposals.push(...groups[index]!.proposals);
      else merged.push(groups[index]!);
    }
    merged.push(group);
  }
  return merged;
}

function toCandidate(group: Group, engine: Engine): CandidatePrinciple {
  const union = (values: Iterable<string>) => [...new Set(values)].sort(compare);
  const terms = union(group.proposals.flatMap((proposal) => proposal.terms ?? []));
  const first = group.proposals.find((proposal) => proposal.text === group.text)!;
  const members = [group.text, ...union(group.proposals.map((proposal) => proposal.text)).filter((text) => text !== group.text)];
  return {
    id: contentId('principle', group.text),
    text: group.text,
    engine,
    origin: first.origin,
    sourcePairIds: union(group.proposals.flatMap((proposal) => proposal.sourcePairIds)),
    sourceFeedbackIds: union(group.proposals.flatMap((proposal) => proposal.sourceFeedbackIds)),
    ...(first.clusterId !== undefined ? { clusterId: first.clusterId } : {}),
    ...(terms.length > 0 ? { terms } : {}),
    members,
    prevalence: group.proposals.length,
  };
}

const stripPrefix = (text: string) => (text.startsWith(principlePrefix) ? text.slice(principlePrefix.length).trim() : text);

function normalise(embedding: readonly number[]): Float32Array {
  const norm = Math.sqrt(embedding.reduce((sum, value) => sum + value * value, 0)) || 1;
  return Float32Array.from(embedding, (value) => value / norm);
}

function dot(left: Float32Array, right: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < left.length; index++) sum += left[index]! * right[index]!;
  return sum;
}
