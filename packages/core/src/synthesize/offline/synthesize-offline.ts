import type { EmbeddingModel } from 'ai';
import { createLexicalEmbeddingModel } from '../../embed/lexical/create-lexical-embedding-model.ts';
import type { Aspect, Sign } from '../../schemas/aspect.ts';
import type { Cluster } from '../../schemas/cluster.ts';
import type { Feedback } from '../../schemas/feedback.ts';
import type { Preference } from '../../schemas/preference.ts';
import { emptyUsage } from '../../schemas/usage.ts';
import { contentId } from '../../util/content-id.ts';
import { deriveCheckOffline } from '../check/derive-check-offline.ts';
import { describeCheck, evaluateCheck } from '../check/evaluate-check.ts';
import { detectConflicts } from '../conflicts/detect-conflicts.ts';
import { assembleRecords, type PendingRecord } from '../records/assemble-records.ts';
import type { DerivedCheck } from '../schemas/check-spec.ts';
import type { PrincipleScope, ScopeOverride } from '../schemas/principle-scope.ts';
import type { DroppedItem, SynthesisScope } from '../schemas/synthesis-record.ts';
import type { SynthesisCategory, SynthesisPrompt } from '../schemas/synthesis-prompt.ts';
import { inferScopeOffline } from '../scope/infer-scope-offline.ts';
import type { SynthesisSource } from '../synthesis-source.ts';
import { countOutcome, type SynthesizePreferencesResult } from '../synthesize-preferences.ts';
import { loggedExchange } from './logged-exchange.ts';
import { rankClusters } from './rank-clusters.ts';

export const offlineSynthesisNote =
  'Produced by the Tenets offline engine (no language model): scopes read from the principle text, prompts taken from the log (in-scope: critiques in the principle\'s cluster; near: the nearest other clusters; out: the farthest), pairs only where the log holds two responses to one prompt with opposite signs in the cluster (or a correction, or a preference pair), checks derived from simply worded effects. It cannot generate prompts, baselines or revisions, and cannot judge adherence: those records say needsGeneration: true.';

export const needsGenerationMessage = 'Offline engine: this prompt comes from the log; a model is needed to generate its baseline (and, in scope, its revision). Re-run with --model.';

export interface SynthesizeOfflineOptions {
  sources: readonly SynthesisSource[];
  feedback: readonly Feedback[];
  aspects: readonly Aspect[];
  clusters: readonly Cluster[];
  /** Pairwise preferences from the log; a pair whose prompt is in scope becomes a record. */
  preferences?: readonly Preference[];
  /** Ranks clusters for near/out-of-scope; absent → the lexical model fitted on the behaviours. */
  embeddingModel?: EmbeddingModel;
  scopeOverrides?: Readonly<Record<string, ScopeOverride>>;
  /** Nearest other clusters whose prompts are near-scope. @default 2 */
  nearClusters?: number;
  /** Farthest clusters whose prompts are out-of-scope. @default 3 */
  outClusters?: number;
  /** @default 0.2 */
  testFraction?: number;
  /** @default 42 */
  seed?: number;
}

/** What the offline engine can build honestly from a run's log, and nothing it would have to make up. */
export async function synthesizeOffline(options: SynthesizeOfflineOptions): Promise<SynthesizePreferencesResult & { engineNote: string }> {
  const { feedback, aspects, clusters, nearClusters = 2, outClusters = 3, seed = 42 } = options;
  const sources = [...options.sources].sort((first, second) => (first.id < second.id ? -1 : 1));
  const aspectsById = new Map(aspects.map((aspect) => [aspect.id, aspect]));
  const clusterById = new Map(clusters.map((cluster) => [cluster.id, cluster]));
  const ranking =
    clusters.length > 1
      ? await rankClusters({ clusters, aspectsById, embeddingModel: options.embeddingModel ?? createLexicalEmbeddingModel({ corpus: aspects.map((aspect) => aspect.behaviour), seed }) })
      : new Map<string, Array<{ clusterId: string; similarity: number }>>();
  const exchanges = new Map(feedback.map((record) => [record.id, { ...loggedExchange(record), correction: record.correction }]));

  const scopes: PrincipleScope[] = [];
  const checks: DerivedCheck[] = [];
  const categories: SynthesisCategory[] = [];
  const prompts: SynthesisPrompt[] = [];
  const items: PendingRecord[] = [];
  const dropped: DroppedItem[] = [];
  const warnings: string[] = [];

  for (const source of sources) {
    const scope = inferScopeOffline(source, { ...options.scopeOverrides?.['*'], ...options.scopeOverrides?.[source.id] });
    scopes.push(scope);
    const spec = deriveCheckOffline(scope.effect);
    const check = spec ? { principleId: source.id, spec, description: describeCheck(spec), source: 'offline' as const } : undefined;
    if (check) checks.push(check);
    const cluster = source.clusterId ? clusterById.get(source.clusterId) : undefined;
    if (!cluster) {
      warnings.push(`Principle ${source.id}: no cluster in the run, so the offline engine has no logged prompts for it; a model is needed to generate them.`);
      continue;
    }
    const others = ranking.get(cluster.id) ?? [];
    const near = others.slice(0, nearClusters).map((entry) => clusterById.get(entry.clusterId)!);
    const out = others.slice(Math.max(nearClusters, others.length - outClusters)).map((entry) => clusterById.get(entry.clusterId)!);
    const groups: Array<{ scope: SynthesisScope; cluster: Cluster }> = [{ scope: 'in', cluster }, ...near.map((entry) => ({ scope: 'near' as const, cluster: entry })), ...out.map((entry) => ({ scope: 'out' as const, cluster: entry }))];

    const claimed = new Set<string>();
    for (const group of groups) {
      const category = categoryName(group.cluster);
      categories.push({ principleId: source.id, name: category, description: `Logged prompts behind cluster ${group.cluster.id} (${group.scope}-scope).` });
      const byPrompt = promptsOfCluster(group.cluster, aspectsById, exchanges);
      for (const [prompt, feedbackIds] of [...byPrompt].sort(([first], [second]) => (first < second ? -1 : 1))) {
        if (claimed.has(prompt)) continue;
        claimed.add(prompt);
        const entry: SynthesisPrompt = { id: contentId('spr', source.id, group.scope, category, prompt), principleId: source.id, scope: group.scope, category, prompt, origin: { kind: 'log', feedbackIds } };
        prompts.push(entry);
        const pair = group.scope === 'in' ? loggedPair(prompt, cluster, aspectsById, feedback, exchanges, options.preferences ?? [], check) : undefined;
        if (pair && 'reason' in pair) {
          dropped.push({ principleId: source.id, scope: 'in', category, prompt, reason: pair.reason, detail: 'logged pair disagrees with the derived check' });
          items.push(promptOnly(entry));
        } else if (pair) {
          items.push({
            prompt: { ...entry, origin: { kind: 'log', feedbackIds: [...new Set([...feedbackIds, ...pair.feedbackIds])].sort() } },
            baseline: { text: pair.rejected, model: 'log', finishReason: 'log' },
            revised: { text: pair.chosen, model: 'log', finishReason: 'log' },
            verification: { method: 'log', orders: [], passed: true },
            checks: check ? { baseline: evaluateCheck(check.spec, pair.rejected), revised: evaluateCheck(check.spec, pair.chosen) } : {},
          });
        } else {
          items.push(promptOnly(entry));
        }
      }
    }
  }

  const conflicts = await detectConflicts({ scopes, checks });
  const records = assembleRecords({ items, models: {}, seed, testFraction: options.testFraction ?? 0.2 });
  const usage = emptyUsage();
  return {
    engine: 'offline',
    engineNote: offlineSynthesisNote,
    scopes,
    checks,
    categories,
    prompts,
    records,
    dropped,
    conflicts: conflicts.conflicts,
    failures: [],
    usage: { roles: { generator: usage, policy: usage, reviser: usage, verifier: usage }, embedding: usage, total: usage },
    models: { generator: 'offline', policy: 'log', reviser: 'log', verifier: 'offline' },
    counts: countOutcome(prompts, records, dropped, conflicts.conflicts.length, 0),
    warnings,
  };
}

function promptOnly(prompt: SynthesisPrompt): PendingRecord {
  return { prompt, verification: { method: 'none', orders: [], passed: false }, checks: {}, needsGeneration: true, message: needsGenerationMessage };
}

function categoryName(cluster: Cluster): string {
  return cluster.terms.slice(0, 3).join(' / ') || cluster.id;
}

type Exchange = { prompt: string | undefined; response: string | undefined; correction: string | undefined };

/** Logged prompts of a cluster's critiques → the feedback ids behind each. */
function promptsOfCluster(cluster: Cluster, aspectsById: ReadonlyMap<string, Aspect>, exchanges: ReadonlyMap<string, Exchange>): Map<string, string[]> {
  const byPrompt = new Map<string, string[]>();
  for (const aspectId of cluster.aspectIds) {
    const feedbackId = aspectsById.get(aspectId)?.feedbackId;
    const prompt = feedbackId ? exchanges.get(feedbackId)?.prompt : undefined;
    if (!feedbackId || !prompt) continue;
    const ids = byPrompt.get(prompt) ?? [];
    if (!ids.includes(feedbackId)) byPrompt.set(prompt, [...ids, feedbackId].sort());
  }
  return byPrompt;
}

/**
 * A chosen/rejected pair for a prompt from the log: a correction of a criticised response; two responses with
 * opposite signs in the cluster; a criticised response beside another that the derived check tells apart;
 * or a logged preference. `{ reason }` when the only pair found contradicts the check.
 */
function loggedPair(
  prompt: string,
  cluster: Cluster,
  aspectsById: ReadonlyMap<string, Aspect>,
  feedback: readonly Feedback[],
  exchanges: ReadonlyMap<string, Exchange>,
  preferences: readonly Preference[],
  check: DerivedCheck | undefined,
): { chosen: string; rejected: string; feedbackIds: string[] } | { reason: 'check-revised-fails' | 'check-baseline-passes' } | undefined {
  const members = new Set(cluster.aspectIds);
  const signOf = new Map<string, Sign>();
  for (const aspectId of members) {
    const aspect = aspectsById.get(aspectId);
    if (aspect) signOf.set(aspect.feedbackId, aspect.sign);
  }
  const responses = feedback
    .map((record) => ({ id: record.id, ...exchanges.get(record.id)!, sign: signOf.get(record.id) }))
    .filter((entry) => entry.prompt === prompt && entry.response)
    .sort((first, second) => (first.id < second.id ? -1 : 1));
  const agrees = (chosen: string, rejected: string) => !check || (evaluateCheck(check.spec, chosen).passed && !evaluateCheck(check.spec, rejected).passed);
  const rejectedOnes = responses.filter((entry) => entry.sign === 'negative');
  let disagreement: 'check-revised-fails' | 'check-baseline-passes' | undefined;
  for (const rejected of rejectedOnes) {
    if (rejected.correction && rejected.correction.trim() !== rejected.response) {
      if (agrees(rejected.correction, rejected.response!)) return { chosen: rejected.correction, rejected: rejected.response!, feedbackIds: [rejected.id] };
      disagreement ??= why(check!, rejected.correction);
    }
    for (const chosen of responses.filter((entry) => entry.sign === 'positive' && entry.response !== rejected.response)) {
      if (agrees(chosen.response!, rejected.response!)) return { chosen: chosen.response!, rejected: rejected.response!, feedbackIds: [chosen.id, rejected.id].sort() };
      disagreement ??= why(check!, chosen.response!);
    }
    if (check) {
      for (const other of responses.filter((entry) => entry.sign === undefined && entry.response !== rejected.response)) {
        if (agrees(other.response!, rejected.response!)) return { chosen: other.response!, rejected: rejected.response!, feedbackIds: [other.id, rejected.id].sort() };
      }
    }
  }
  for (const preference of preferences.filter((entry) => entry.prompt?.trim() === prompt && entry.preferred !== 'tie').sort((first, second) => (first.id < second.id ? -1 : 1))) {
    const [chosen, rejected] = preference.preferred === 'a' ? [preference.textA, preference.textB] : [preference.textB, preference.textA];
    if (agrees(chosen, rejected)) return { chosen, rejected, feedbackIds: [preference.id] };
  }
  return disagreement ? { reason: disagreement } : undefined;
}

function why(check: DerivedCheck, chosen: string): 'check-revised-fails' | 'check-baseline-passes' {
  return evaluateCheck(check.spec, chosen).passed ? 'check-baseline-passes' : 'check-revised-fails';
}
