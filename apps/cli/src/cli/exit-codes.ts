/** Exit codes, documented in the README. */
export const exitCodes = {
  ok: 0,
  /** A bug or an unexpected failure; the stack is printed. */
  internal: 1,
  /** Bad command line. */
  usage: 2,
  /** Bad input data (--strict and a bad row, a missing file, every row rejected) or a file-system problem (permissions, no space, --out is a file). */
  input: 3,
  /** Configuration or model unreachable / refusing the key. */
  config: 4,
  /** The --max-cost budget was reached; re-run with --resume. */
  budget: 5,
  /** Some items failed (counted and written to failures.jsonl) but the run finished. */
  partial: 6,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;
