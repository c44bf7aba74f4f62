import type { DerivedCheck, PrincipleScope, SynthesisRecord, SynthesisRole } from '@tenets/core';

/** What every synthetic-data export reads: the records plus the provenance a dataset card names. */
export interface SyntheticExportInput {
  records: readonly SynthesisRecord[];
  scopes: readonly PrincipleScope[];
  checks?: readonly DerivedCheck[];
  /** Which model played which role (the run's manifest). */
  models: Partial<Record<SynthesisRole, string>>;
  engine: 'llm' | 'offline';
  /** Counts of the synthesis (records, dropped by reason …), for the verification rates in the card. */
  counts?: Readonly<Record<string, number>>;
}

/** One file of an export, relative to the export folder. */
export interface SyntheticExportFile {
  path: string;
  content: string;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** In-scope records with a verified pair: the only rows a preference export may hold. */
export function verifiedPairs(records: readonly SynthesisRecord[]): Array<SynthesisRecord & { baseline: NonNullable<SynthesisRecord['baseline']>; revised: NonNullable<SynthesisRecord['revised']> }> {
  return records.filter((record) => record.scope === 'in' && record.verification.passed && !record.needsGeneration && record.baseline && record.revised) as never;
}

/** Near/out-of-scope records with a verified baseline: the anchors. */
export function verifiedAnchors(records: readonly SynthesisRecord[], scope?: 'near' | 'out'): Array<SynthesisRecord & { baseline: NonNullable<SynthesisRecord['baseline']> }> {
  return records.filter((record) => record.scope !== 'in' && (!scope || record.scope === scope) && record.verification.passed && !record.needsGeneration && record.baseline) as never;
}

export function toJsonl(rows: readonly unknown[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

/** One file per split that has rows (`<prefix>train.jsonl`, `<prefix>test.jsonl`). */
export function splitFiles<RECORD extends SynthesisRecord>(records: readonly RECORD[], prefix: string, toRow: (record: RECORD) => unknown): SyntheticExportFile[] {
  return (['train', 'test'] as const)
    .map((split) => ({ split, rows: records.filter((record) => record.split === split).map(toRow) }))
    .filter((entry) => entry.rows.length > 0)
    .map((entry) => ({ path: `${prefix}${entry.split}.jsonl`, content: toJsonl(entry.rows) }));
}
