import type { Preference, PrincipleVote } from '@tenets/core';
import { annotatedPairsComparisonId, annotatedPairsHash, defaultAnnotatorDescription } from './annotated-pairs-ids.ts';
import { annotatedPairsVersion, type AnnotatedPairs, type AnnotatedPairsAnnotation, type AnnotatedPairsComparison } from './annotated-pairs-schema.ts';

export interface ToAnnotatedPairsOptions {
  pairs: readonly Preference[];
  /** Principles to add as annotators (type `principle`, description = text). */
  principles?: ReadonlyArray<{ id: string; text: string }>;
  votes?: readonly Pick<PrincipleVote, 'pairId' | 'principleId' | 'vote'>[];
  datasetName: string;
  description?: string;
  /** `YYYY-MM-DDTHH:MM:SSZ`; pass a fixed value for byte-stable files. */
  createdAt: string;
}

/**
 * Builds AnnotatedPairs v2.0 for Feedback Forensics: the label as the default annotator, each principle as an
 * annotator with its votes mapped relative to the label (for → the label's side, against → the other side,
 * abstain → not_applicable, invalid/both/neither → their reason). Ties and both-bad pairs have no side: they
 * are left out (v2.0's default annotator always prefers a or b). Ids follow Feedback Forensics' scheme so
 * merged files dedupe; metadata values are strings; nothing is NaN. Comparisons sorted by id.
 */
export function toAnnotatedPairs(options: ToAnnotatedPairsOptions): AnnotatedPairs {
  const { pairs, principles = [], votes = [], datasetName, description = `Exported by Tenets from ${datasetName}`, createdAt } = options;
  const defaultId = annotatedPairsHash(defaultAnnotatorDescription);
  const annotators: AnnotatedPairs['annotators'] = { [defaultId]: { name: 'preferred_text', description: defaultAnnotatorDescription, type: 'unknown' } };
  const principleAnnotator = new Map<string, string>();
  for (const principle of principles) {
    const id = annotatedPairsHash(principle.text);
    principleAnnotator.set(principle.id, id);
    annotators[id] = { description: principle.text, type: 'principle' };
  }
  const votesByPair = new Map<string, Array<Pick<PrincipleVote, 'principleId' | 'vote'>>>();
  for (const vote of votes) votesByPair.set(vote.pairId, [...(votesByPair.get(vote.pairId) ?? []), vote]);
  const metadataKeys = new Set<string>();
  const comparisons: AnnotatedPairsComparison[] = [];
  for (const pair of pairs) {
    if (pair.preferred !== 'a' && pair.preferred !== 'b') continue;
    const responseA = { text: pair.textA, ...(pair.modelA !== undefined ? { model: pair.modelA } : {}) };
    const responseB = { text: pair.textB, ...(pair.modelB !== undefined ? { model: pair.modelB } : {}) };
    const prompt = pair.prompt ?? null;
    const annotations: Record<string, AnnotatedPairsAnnotation> = { [defaultId]: { pref: pair.preferred } };
    for (const vote of votesByPair.get(pair.id) ?? []) {
      const annotator = principleAnnotator.get(vote.principleId);
      if (annotator !== undefined) annotations[annotator] = annotation(vote.vote, pair.preferred);
    }
    const metadata = stringMetadata({ ...pair.metadata, tenets_pair_id: pair.id });
    for (const key of Object.keys(metadata)) metadataKeys.add(key);
    comparisons.push({ id: annotatedPairsComparisonId(prompt, responseA, responseB), prompt, response_a: responseA, response_b: responseB, annotations, metadata });
  }
  comparisons.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  return {
    metadata: {
      version: annotatedPairsVersion,
      description,
      created_at: createdAt,
      dataset_name: datasetName,
      default_annotator: defaultId,
      available_metadata_keys_per_comparison: [...metadataKeys].sort(),
    },
    annotators,
    comparisons,
  };
}

function annotation(vote: PrincipleVote['vote'], label: 'a' | 'b'): AnnotatedPairsAnnotation {
  if (vote === 'for') return { pref: label };
  if (vote === 'against') return { pref: label === 'a' ? 'b' : 'a' };
  return { pref: null, no_pref_reason: vote === 'abstain' ? 'not_applicable' : vote };
}

/** Metadata as strings (AnnotatedPairs wants `{key: str}`): numbers that are not finite become "" (never NaN). */
function stringMetadata(metadata: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(metadata).sort()) {
    const value = metadata[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') result[key] = value;
    else if (typeof value === 'number') result[key] = Number.isFinite(value) ? String(value) : '';
    else if (typeof value === 'boolean') result[key] = String(value);
    else result[key] = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'number' && !Number.isFinite(inner) ? null : inner));
  }
  return result;
}
