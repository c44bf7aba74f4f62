/** A batch as the queue needs to know it, independent of the client library. */
export interface BatchStatus {
  id: string;
  status: 'validating' | 'failed' | 'in_progress' | 'finalizing' | 'completed' | 'expired' | 'cancelling' | 'cancelled';
  total: number;
  completed: number;
  failed: number;
  outputFileId: string | undefined;
  errorFileId: string | undefined;
  /** Batch-level errors (e.g. validation failures). */
  errors: string[];
}

export const terminalBatchStatuses = new Set<BatchStatus['status']>(['failed', 'completed', 'expired', 'cancelled']);

/** Batches whose requests must be submitted again: they produced no usable output. */
export const unusableBatchStatuses = new Set<string>(['failed', 'expired', 'cancelled', 'cancelling']);

/** The four calls the batch queue makes. Implemented with the `openai` package in `openai-batch-client.ts`. */
export interface BatchClient {
  submit(jsonl: string, metadata: Record<string, string>): Promise<{ batchId: string; inputFileId: string }>;
  retrieve(batchId: string, signal?: AbortSignal): Promise<BatchStatus>;
  download(fileId: string, signal?: AbortSignal): Promise<string>;
}

/** The server does not know the batch (any more): its requests must be submitted again. */
export class BatchNotFoundError extends Error {
  constructor(readonly batchId: string) {
    super(`The server does not know batch ${batchId}.`);
    this.name = 'BatchNotFoundError';
  }
}
