import type { RejectReason } from '../reject/reject.ts';
import type { IngestNoteKind } from './ingest-summary.ts';

/** Something about a kept row worth telling the user (the row itself is fine). */
export interface ConvertNote {
  kind: IngestNoteKind;
  field?: string;
  message: string;
}

/** The outcome of turning one parsed row into a record. */
export type Converted<TRecord> =
  | { ok: true; record: TRecord; idGiven: boolean; notes?: readonly ConvertNote[] }
  | { ok: false; reason: RejectReason; field?: string; message: string };
