export { rejectReasons, rejectReasonSchema, rejectSchema, type Reject, type RejectReason } from './reject.ts';
export { truncateRaw, rawSnippetLength } from './truncate-raw.ts';
