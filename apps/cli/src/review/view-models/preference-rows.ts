import type { ReviewPreferencePair } from '../review-artefacts.ts';
import { terminalText } from './terminal-text.ts';

export interface PreferenceRow {
  id: string;
  principleId: string;
  scope: string;
  prompt: string;
  chosen: string;
  rejected: string;
  verification: 'passed' | 'failed' | 'unverified';
  verificationNote?: string;
  dropped: boolean;
  searchText: string;
}

export interface PreferenceRowsOptions {
  pairs: readonly ReviewPreferencePair[];
  dropped?: ReadonlySet<string>;
  /** Scopes edited in review (pair id → scope). */
  scopes?: ReadonlyMap<string, string>;
}

/** Pairs grouped by principle, then scope, then id, so browsing by principle and scope is reading down the list. */
export function preferenceRows({ pairs, dropped, scopes }: PreferenceRowsOptions): PreferenceRow[] {
  return pairs
    .map((pair): PreferenceRow => {
      const scope = terminalText(scopes?.get(pair.id) ?? pair.scope ?? '(any)', 40);
      const principleId = terminalText(pair.principleId ?? '(none)', 40);
      const prompt = terminalText(pair.prompt ?? '', 100);
      return {
        id: pair.id,
        principleId,
        scope,
        prompt,
        chosen: terminalText(pair.chosen, 160),
        rejected: terminalText(pair.rejected, 160),
        verification: pair.verification === undefined ? 'unverified' : pair.verification.passed ? 'passed' : 'failed',
        ...(pair.verification?.note ? { verificationNote: terminalText(pair.verification.note, 100) } : {}),
        dropped: dropped?.has(pair.id) ?? false,
        searchText: `${principleId} ${scope} ${prompt}`.toLowerCase(),
      };
    })
    .sort((left, right) => compare(left.principleId, right.principleId) || compare(left.scope, right.scope) || compare(left.id, right.id));
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
