import type { RejectReason } from '../reject/reject.ts';

/** The outcome of turning one parsed row into a record. */
export type Converted<TRecord> =
  | { ok: true; record: TRecord; idGiven: boolean }
  | { ok: false; reason: RejectReason; field?: string; message: string };
