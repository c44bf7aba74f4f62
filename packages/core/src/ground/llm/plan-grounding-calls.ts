/** One grounding call: a single critique, or several short ones sharing a prompt. */
export type GroundingCall = { kind: 'single'; index: number } | { kind: 'batch'; indices: number[] };

export interface PlanGroundingCallsOptions {
  batchShortCritiques: boolean;
  shortCritiqueChars: number;
  maxPerBatch: number;
  maxBatchChars: number;
}

/**
 * Groups short critiques (in input order) into batches bounded by count and rendered size; every other
 * critique gets its own call. A batch of one is a single call. Calls come out ordered by their first item.
 */
export function planGroundingCalls(items: ReadonlyArray<{ critiqueLength: number; renderedLength: number }>, options: PlanGroundingCallsOptions): GroundingCall[] {
  const calls: GroundingCall[] = [];
  let open: { indices: number[]; chars: number } | undefined;
  const close = () => {
    if (!open) return;
    calls.push(open.indices.length === 1 ? { kind: 'single', index: open.indices[0]! } : { kind: 'batch', indices: open.indices });
    open = undefined;
  };
  items.forEach((item, index) => {
    const short = options.batchShortCritiques && options.maxPerBatch > 1 && item.critiqueLength <= options.shortCritiqueChars && item.renderedLength <= options.maxBatchChars;
    if (!short) {
      calls.push({ kind: 'single', index });
      return;
    }
    if (open && (open.indices.length >= options.maxPerBatch || open.chars + item.renderedLength > options.maxBatchChars)) close();
    open ??= { indices: [], chars: 0 };
    open.indices.push(index);
    open.chars += item.renderedLength;
  });
  close();
  return calls.sort((first, second) => firstIndex(first) - firstIndex(second));
}

function firstIndex(call: GroundingCall): number {
  return call.kind === 'single' ? call.index : call.indices[0]!;
}
