import { TenetsBudgetError, type StageName, type TokenUsage } from '@tenets/core';
import { costOf } from '../pricing/cost-of.ts';
import type { ModelPrice } from '../pricing/model-price.ts';
import { currentCallScope, withCallScope } from './call-scope.ts';
import { emptyMeterTotals, toTokenUsageOnly, type MeterTotals } from './meter-totals.ts';

/** A model as the meter sees it. */
export interface MeteredModel {
  spec: string;
  /** `undefined`: cost unknown. */
  price: ModelPrice | undefined;
  /** Multiplies the price, e.g. 0.5 in batch mode. @default 1 */
  costFactor?: number;
}

export interface CallTokens {
  inputTokens: number;
  /** Part of `inputTokens` read from the provider's prompt cache. */
  cachedInputTokens?: number;
  outputTokens: number;
}

/** One finished model call, for reporters. */
export interface MeterCallRecord {
  stage: StageName;
  model: string;
  outcome: 'network' | 'cached' | 'failed';
  inputTokens: number;
  outputTokens: number;
  costUsd: number | undefined;
  retries: number;
}

/** A network call that passed the budget check and holds its estimated cost until it ends. */
export interface MeterReservation {
  readonly stage: StageName;
  readonly model: MeteredModel;
  readonly estimatedUsd: number;
}

export interface UsageMeterOptions {
  /** Stop before estimated spend would exceed this (USD). */
  maxCostUsd?: number;
  /** Called after every call; errors are swallowed. */
  onCall?: (record: MeterCallRecord) => void;
}

/** How many calls a stage made and how they went (see `UsageMeter.callCounts`). */
export interface CallCounts {
  calls: number;
  networkCalls: number;
  cachedCalls: number;
  failedCalls: number;
  retries: number;
}

export interface MeterSnapshot {
  stages: Record<string, MeterTotals>;
  total: MeterTotals;
}

/** Calls made outside any `withStage` scope are booked here. */
export const unattributedStage = 'unattributed';

/**
 * Counts calls, tokens and dollars per stage and enforces `maxCostUsd`. Stage attribution uses
 * `withStage(stage, work)` (AsyncLocalStorage), so the middleware needs no stage argument.
 */
export class UsageMeter {
  readonly maxCostUsd: number | undefined;
  private readonly onCall: ((record: MeterCallRecord) => void) | undefined;
  private readonly stages = new Map<string, MeterTotals>();
  private spent = 0;
  private reserved = 0;
  private budgetReached = false;

  constructor(options: UsageMeterOptions = {}) {
    this.maxCostUsd = options.maxCostUsd;
    this.onCall = options.onCall;
  }

  /** Books every model call made inside `work` to `stage`. */
  withStage<RESULT>(stage: StageName, work: () => RESULT): RESULT {
    return withCallScope({ stage }, work);
  }

  /** Dollars billed so far (network calls with a known price). */
  get spentUsd(): number {
    return this.spent;
  }

  /**
   * Checks the budget for one network call and holds its estimated cost until `recordSuccess` or
   * `recordFailure`. Throws `TenetsBudgetError` when spent + in flight + estimate would pass the limit;
   * from then on every call throws, so a run stops at a clean, resumable point.
   */
  reserve(model: MeteredModel, estimate: CallTokens): MeterReservation {
    const estimatedUsd = model.price ? costOf(model.price, estimate, model.costFactor) : 0;
    if (this.maxCostUsd !== undefined && (this.budgetReached || this.spent + this.reserved + estimatedUsd > this.maxCostUsd)) {
      this.budgetReached = true;
      throw new TenetsBudgetError({
        spentUsd: this.spent,
        limitUsd: this.maxCostUsd,
        message: `Cost budget reached: $${this.spent.toFixed(4)} spent, $${this.reserved.toFixed(4)} in flight, next call to ${model.spec} estimated at $${estimatedUsd.toFixed(4)}; limit $${this.maxCostUsd.toFixed(4)}.`,
      });
    }
    this.reserved += estimatedUsd;
    return { stage: currentStage(), model, estimatedUsd };
  }

  recordSuccess(reservation: MeterReservation, tokens: CallTokens, retries = 0): void {
    this.reserved -= reservation.estimatedUsd;
    const costUsd = reservation.model.price ? costOf(reservation.model.price, tokens, reservation.model.costFactor) : undefined;
    this.spent += costUsd ?? 0;
    this.book(reservation.stage, reservation.model, 'network', tokens, costUsd, retries);
  }

  recordFailure(reservation: MeterReservation, retries = 0): void {
    this.reserved -= reservation.estimatedUsd;
    this.book(reservation.stage, reservation.model, 'failed', { inputTokens: 0, outputTokens: 0 }, reservation.model.price ? 0 : undefined, retries);
  }

  /** A call the caller aborted (Ctrl-C): its estimate is released and nothing is booked. */
  cancel(reservation: MeterReservation): void {
    this.reserved -= reservation.estimatedUsd;
  }

  /** A call answered from the response cache: free, its tokens count as saved. */
  recordCached(model: MeteredModel, tokens: CallTokens): void {
    this.book(currentStage(), model, 'cached', tokens, 0, 0);
  }

  /** Tokens that become known after their call was booked (a stream's final usage chunk). */
  addTokens(stage: StageName, model: MeteredModel, tokens: CallTokens): void {
    const totals = this.stages.get(stage) ?? emptyMeterTotals();
    this.stages.set(stage, totals);
    const costUsd = model.price ? costOf(model.price, tokens, model.costFactor) : undefined;
    this.spent += costUsd ?? 0;
    totals.inputTokens += tokens.inputTokens;
    totals.outputTokens += tokens.outputTokens;
    totals.totalTokens += tokens.inputTokens + tokens.outputTokens;
    totals.costUsd = costUsd === undefined || totals.costUsd === undefined ? undefined : totals.costUsd + costUsd;
  }

  snapshot(): MeterSnapshot {
    const stages = Object.fromEntries([...this.stages].map(([stage, totals]) => [stage, { ...totals }]));
    const total = emptyMeterTotals();
    for (const totals of this.stages.values()) addInto(total, totals);
    return { stages, total };
  }

  /**
   * Call counts per stage and in total, for the run manifest beside `usage` (which keeps the `TokenUsage`
   * shape): `calls`, `networkCalls` (sent over the network, preflight included), `cachedCalls`, `failedCalls`
   * and `retries` (extra attempts after 408/409/429/5xx, timeouts and connection errors).
   */
  callCounts(): { stages: Record<string, CallCounts>; total: CallCounts } {
    const { stages, total } = this.snapshot();
    const counts = ({ calls, networkCalls, cachedCalls, failedCalls, retries }: MeterTotals): CallCounts => ({ calls, networkCalls, cachedCalls, failedCalls, retries });
    return { stages: Object.fromEntries(Object.entries(stages).map(([stage, totals]) => [stage, counts(totals)])), total: counts(total) };
  }

  /** The manifest's `usage` field. */
  usage(): { stages: Record<string, TokenUsage>; total: TokenUsage } {
    const { stages, total } = this.snapshot();
    return { stages: Object.fromEntries(Object.entries(stages).map(([stage, totals]) => [stage, toTokenUsageOnly(totals)])), total: toTokenUsageOnly(total) };
  }

  private book(stage: StageName, model: MeteredModel, outcome: MeterCallRecord['outcome'], tokens: CallTokens, costUsd: number | undefined, retries: number): void {
    const totals = this.stages.get(stage) ?? emptyMeterTotals();
    this.stages.set(stage, totals);
    totals.calls += 1;
    totals.retries += retries;
    if (outcome === 'cached') {
      totals.cachedCalls += 1;
      totals.cachedTokens += tokens.inputTokens + tokens.outputTokens;
    } else {
      totals.networkCalls += 1;
      if (outcome === 'failed') totals.failedCalls += 1;
      totals.inputTokens += tokens.inputTokens;
      totals.outputTokens += tokens.outputTokens;
      totals.totalTokens += tokens.inputTokens + tokens.outputTokens;
      totals.costUsd = costUsd === undefined || totals.costUsd === undefined ? undefined : totals.costUsd + costUsd;
    }
    try {
      this.onCall?.({ stage, model: model.spec, outcome, inputTokens: tokens.inputTokens, outputTokens: tokens.outputTokens, costUsd, retries });
    } catch {
      // A broken reporter must never break a run.
    }
  }
}

function currentStage(): StageName {
  return currentCallScope().stage ?? unattributedStage;
}

function addInto(total: MeterTotals, part: MeterTotals): void {
  total.calls += part.calls;
  total.inputTokens += part.inputTokens;
  total.outputTokens += part.outputTokens;
  total.totalTokens += part.totalTokens;
  total.cachedCalls += part.cachedCalls;
  total.failedCalls += part.failedCalls;
  total.networkCalls += part.networkCalls;
  total.retries += part.retries;
  total.cachedTokens += part.cachedTokens;
  total.costUsd = total.costUsd === undefined || part.costUsd === undefined ? undefined : total.costUsd + part.costUsd;
}
