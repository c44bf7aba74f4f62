import OpenAI, { toFile } from 'openai';
import { BatchNotFoundError, type BatchClient, type BatchStatus } from './batch-status.ts';

export interface OpenAIBatchClientOptions {
  baseURL: string;
  /** Read when the first request is made. Local servers without keys get a placeholder. */
  apiKey: () => string | undefined;
  fetch?: typeof globalThis.fetch;
  /** Transport retries of the `openai` client for files/batches calls. @default 2 */
  maxRetries?: number;
}

/**
 * The one adapter over the `openai` package: upload a JSONL file (purpose `batch`), create a
 * `/v1/chat/completions` batch with a 24 h window, retrieve it, and download output/error files.
 * Every option is passed explicitly so the client reads nothing from `process.env`.
 */
export function createOpenAIBatchClient(options: OpenAIBatchClientOptions): BatchClient {
  let client: OpenAI | undefined;
  const getClient = () =>
    (client ??= new OpenAI({
      baseURL: options.baseURL,
      apiKey: async () => options.apiKey() ?? 'no-key',
      organization: null,
      project: null,
      adminAPIKey: null,
      webhookSecret: null,
      maxRetries: options.maxRetries ?? 2,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }));

  return {
    async submit(jsonl, metadata) {
      const file = await getClient().files.create({ file: await toFile(Buffer.from(jsonl, 'utf8'), 'tenets-requests.jsonl'), purpose: 'batch' });
      const batch = await getClient().batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h', metadata });
      return { batchId: batch.id, inputFileId: file.id };
    },
    async retrieve(batchId, signal) {
      try {
        return toBatchStatus(await getClient().batches.retrieve(batchId, signal ? { signal } : undefined));
      } catch (error) {
        if (error instanceof OpenAI.NotFoundError) throw new BatchNotFoundError(batchId);
        throw error;
      }
    },
    async download(fileId, signal) {
      const response = await getClient().files.content(fileId, signal ? { signal } : undefined);
      return await response.text();
    },
  };
}

function toBatchStatus(batch: OpenAI.Batch): BatchStatus {
  return {
    id: batch.id,
    status: batch.status,
    total: batch.request_counts?.total ?? 0,
    completed: batch.request_counts?.completed ?? 0,
    failed: batch.request_counts?.failed ?? 0,
    outputFileId: batch.output_file_id ?? undefined,
    errorFileId: batch.error_file_id ?? undefined,
    errors: (batch.errors?.data ?? []).map((error) => [error.code, error.message].filter(Boolean).join(': ')),
  };
}
