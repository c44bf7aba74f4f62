import type { Feedback, PipelineEventListener } from '@tenets/core';
import { createIngestion, type IngestItem, type Ingestion } from '../ingest/create-ingestion.ts';
import type { ReaderLimits } from '../read/raw-item.ts';
import { contextEntryFromRow, type ContextEntry } from './context-entry.ts';
import { joinContext } from './join-context.ts';

type FeedbackItem = IngestItem<'feedback', Feedback>;

export interface WithContextOptions {
  /** Trace/observation/run files (JSONL, JSON, CSV; container detected per file). */
  context: readonly string[];
  limits: ReaderLimits;
  strict: boolean;
  onEvent?: PipelineEventListener;
  abortSignal?: AbortSignal;
}

/**
 * Loads the context files into an in-memory index keyed by id (bad rows come out first, as rejects), then
 * passes the feedback ingestion through, filling each record's empty context from its matching entry.
 */
export function withContext(feedback: Ingestion<FeedbackItem>, options: WithContextOptions): Ingestion<FeedbackItem> {
  const { onEvent } = options;
  // The context pass is part of the ingest stage: forward its per-row events, not a second stage start/end.
  const forward: PipelineEventListener | undefined = onEvent && ((event) => (event.type === 'item-failed' || event.type === 'info' ? onEvent(event) : undefined));
  const contextIngestion = createIngestion<ContextEntry, 'context'>({
    files: options.context,
    format: 'auto',
    limits: options.limits,
    strict: options.strict,
    kind: 'context',
    onEvent: forward,
    abortSignal: options.abortSignal,
    createConverter: ({ path }) => ({ shape: () => 'context', convert: (item) => contextEntryFromRow(item.value, path) }),
  });
  let joined = 0;
  let missing = 0;
  let started = false;

  async function* run(): AsyncGenerator<FeedbackItem[]> {
    if (started) throw new Error('an ingestion can be iterated only once');
    started = true;
    const index = new Map<string, ContextEntry>();
    for await (const batch of contextIngestion.batches()) {
      const rejects: FeedbackItem[] = [];
      for (const item of batch) {
        if (item.kind === 'reject') rejects.push(item);
        else index.set(item.record.id, item.record);
      }
      if (rejects.length > 0) yield rejects;
    }
    for await (const batch of feedback.batches()) {
      yield batch.map((item) => {
        if (item.kind !== 'feedback') return item;
        const result = joinContext(item.record, index);
        if (result.outcome === 'joined') joined += 1;
        else if (result.outcome === 'missing') missing += 1;
        return result.outcome === 'joined' ? { kind: 'feedback', record: result.record } : item;
      });
    }
  }
  async function* items(): AsyncGenerator<FeedbackItem> {
    for await (const batch of run()) yield* batch;
  }

  return {
    [Symbol.asyncIterator]: items,
    batches: () => ({ [Symbol.asyncIterator]: run }),
    summary: () => ({ ...feedback.summary(), contextJoined: joined, contextMissing: missing, contextFiles: contextIngestion.summary().files }),
  };
}
