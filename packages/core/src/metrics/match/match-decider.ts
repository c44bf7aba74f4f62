import type { Aspect } from '../../schemas/aspect.ts';
import type { TokenUsage } from '../../schemas/usage.ts';
import type { UnscoredReason } from '../../schemas/trait.ts';
import type { MatchCandidate } from './match-prompt.ts';

export type MatchDecision =
  | { success: true; metricIds: string[]; rationale: string; usage: TokenUsage }
  | { success: false; reason: UnscoredReason; message: string; rawText?: string; usage: TokenUsage };

/** Picks which candidates (none, one, or up to `maxMatches`) an aspect is about. */
export type MatchDecider = (aspect: Aspect, candidates: readonly MatchCandidate[]) => Promise<MatchDecision>;
