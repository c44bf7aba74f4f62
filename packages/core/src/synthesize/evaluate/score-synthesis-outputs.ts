import type { LanguageModel } from 'ai';
import { addUsage, emptyUsage, type TokenUsage } from '../../schemas/usage.ts';
import { mapConcurrent } from '../../util/map-concurrent.ts';
import { seededRandom } from '../../util/seeded-random.ts';
import { evaluateCheck } from '../check/evaluate-check.ts';
import type { DerivedCheck } from '../schemas/check-spec.ts';
import type { PrincipleScope } from '../schemas/principle-scope.ts';
import type { SynthesisRecord, SynthesisScope } from '../schemas/synthesis-record.ts';
import type { SynthesisFailure } from '../synthesis-failure.ts';
import { judgeOutput } from './judge-output.ts';

export interface ScoreSynthesisOutputsOptions {
  /** The test-split records (others are ignored). */
  records: readonly SynthesisRecord[];
  /** The tuned model's answer per record id. */
  outputs: ReadonlyMap<string, string>;
  scopes: readonly PrincipleScope[];
  checks: readonly DerivedCheck[];
  /** Judges qualitative principles (no derived check). `null` → those items are unscored. */
  model: LanguageModel | null;
  /** @default 4 */
  concurrency?: number;
  /** Bootstrap seed. @default 42 */
  seed?: number;
  /** @default 1000 */
  bootstrapSamples?: number;
  abortSignal?: AbortSignal;
}

export interface ScoredItem {
  recordId: string;
  principleId: string;
  scope: SynthesisScope;
  method: 'check' | 'judge' | 'none';
  /** +1 / 0 / −1 from a check, [−1, 1] from the judge; `null` = unscored (never counted as 0). */
  score: number | null;
  reason?: string;
}

export interface SynthesisScores {
  /** Mean score in scope, averaged over principles (↑). */
  sIn: number | null;
  /** Mean absolute score on near- and out-of-scope prompts, averaged over principles (↓). */
  sOut: number | null;
  sNear: number | null;
  sOutOfScope: number | null;
  /** (S_in + (1 − S_out)) / 2 (↑). */
  sOverall: number | null;
  /** 95% percentile bootstrap over items, resampled within each principle and scope. */
  intervals: Record<'sIn' | 'sOut' | 'sOverall', { low: number; high: number } | null>;
  perPrinciple: Array<{ principleId: string; sIn: number | null; sOut: number | null; sNear: number | null; sOutOfScope: number | null; scored: number; unscored: number }>;
  items: ScoredItem[];
  unscored: number;
  usage: TokenUsage;
  failures: SynthesisFailure[];
}

/**
 * S_in, S_out and S_overall as RLVF/C3PO define them, for a tuned model's answers to the test prompts: a
 * principle with a derived check scores h ∈ {+1, 0, −1} (only the new output passes / both or neither / only
 * the baseline passes); others are judged against the baseline in both orders.
 */
export async function scoreSynthesisOutputs(options: ScoreSynthesisOutputsOptions): Promise<SynthesisScores> {
  const { outputs, model, concurrency = 4, seed = 42, bootstrapSamples = 1000 } = options;
  const scopeOf = new Map(options.scopes.map((scope) => [scope.principleId, scope]));
  const checkOf = new Map(options.checks.map((check) => [check.principleId, check]));
  const tests = options.records.filter((record) => record.split === 'test');
  let usage = emptyUsage();
  const failures: SynthesisFailure[] = [];
  const items = await mapConcurrent(
    tests,
    concurrency,
    async (record): Promise<ScoredItem> => {
      const item = { recordId: record.id, principleId: record.principleId, scope: record.scope };
      const output = outputs.get(record.id);
      if (output === undefined) return { ...item, method: 'none', score: null, reason: 'no output for this prompt' };
      if (!record.baseline) return { ...item, method: 'none', score: null, reason: 'no baseline to compare with' };
      const check = checkOf.get(record.principleId);
      if (check) {
        const [now, before] = [evaluateCheck(check.spec, output).passed, evaluateCheck(check.spec, record.baseline.text).passed];
        return { ...item, method: 'check', score: now === before ? 0 : now ? 1 : -1 };
      }
      const scope = scopeOf.get(record.principleId);
      if (!model || !scope) return { ...item, method: 'none', score: null, reason: model ? 'no scope for this principle' : 'no judge model (offline): only principles with a derived check are scored' };
      const judged = await judgeOutput({ scope, recordId: record.id, prompt: record.prompt, baseline: record.baseline.text, output, model, abortSignal: options.abortSignal });
      usage = addUsage(usage, judged.usage);
      failures.push(...judged.failures);
      return { ...item, method: 'judge', score: judged.score, ...(judged.score === null ? { reason: 'judge reply unusable' } : {}) };
    },
    { abortSignal: options.abortSignal },
  );
  failures.sort((first, second) => (first.itemId < second.itemId ? -1 : 1));

  const principleIds = [...new Set(items.map((item) => item.principleId))].sort();
  const groups = new Map(principleIds.map((id) => [id, { in: scores(items, id, ['in']), near: scores(items, id, ['near']), out: scores(items, id, ['out']) }]));
  const aggregate = (pick: (group: { in: number[]; near: number[]; out: number[] }) => { sIn: number | null; sOut: number | null }) => {
    const perPrinciple = [...groups.values()].map(pick);
    const sIn = mean(perPrinciple.map((entry) => entry.sIn).filter((value) => value !== null));
    const sOut = mean(perPrinciple.map((entry) => entry.sOut).filter((value) => value !== null));
    return { sIn, sOut, sOverall: sIn === null || sOut === null ? null : (sIn + (1 - sOut)) / 2 };
  };
  const direct = (group: { in: number[]; near: number[]; out: number[] }) => ({ sIn: mean(group.in), sOut: mean([...group.near, ...group.out].map(Math.abs)) });
  const totals = aggregate(direct);

  const random = seededRandom(seed);
  const resample = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)]!);
  const samples = Array.from({ length: bootstrapSamples }, () => aggregate((group) => direct({ in: resample(group.in), near: resample(group.near), out: resample(group.out) })));
  const interval = (key: 'sIn' | 'sOut' | 'sOverall') => {
    const values = samples.map((sample) => sample[key]).filter((value) => value !== null).sort((first, second) => first - second);
    if (values.length === 0) return null;
    return { low: values[Math.floor(0.025 * (values.length - 1))]!, high: values[Math.ceil(0.975 * (values.length - 1))]! };
  };
  const sNear = mean([...groups.values()].map((group) => mean(group.near.map(Math.abs))).filter((value) => value !== null));
  const sOutOfScope = mean([...groups.values()].map((group) => mean(group.out.map(Math.abs))).filter((value) => value !== null));
  return {
    ...totals,
    sNear,
    sOutOfScope,
    intervals: { sIn: interval('sIn'), sOut: interval('sOut'), sOverall: interval('sOverall') },
    perPrinciple: principleIds.map((principleId) => {
      const group = groups.get(principleId)!;
      const own = items.filter((item) => item.principleId === principleId);
      return { principleId, ...direct(group), sNear: mean(group.near.map(Math.abs)), sOutOfScope: mean(group.out.map(Math.abs)), scored: own.filter((item) => item.score !== null).length, unscored: own.filter((item) => item.score === null).length };
    }),
    items,
    unscored: items.filter((item) => item.score === null).length,
    usage,
    failures,
  };
}

function scores(items: readonly ScoredItem[], principleId: string, scopes: readonly SynthesisScope[]): number[] {
  return items.filter((item) => item.principleId === principleId && scopes.includes(item.scope) && item.score !== null).map((item) => item.score!);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
