import type { ChatCompletionRequest, ChatHandlerContext, LoopbackServerOptions } from './loopback-types.ts';
import type { ResolvedChatReply } from './resolve-chat-reply.ts';
import { chatCompletionBody, errorBody, fixedCreatedSeconds } from './wire-format.ts';

export interface StoredFile {
  id: string;
  filename: string;
  purpose: string;
  content: string;
}

interface BatchState {
  id: string;
  inputFileId: string;
  endpoint: string;
  completionWindow: string;
  metadata: Record<string, string> | null;
  status: 'validating' | 'in_progress' | 'finalizing' | 'completed' | 'failed' | 'expired' | 'cancelled';
  polls: number;
  total: number;
  completed: number;
  failed: number;
  outputFileId: string | null;
  errorFileId: string | null;
  errors: { object: 'list'; data: Array<{ code: string; message: string; line: number | null }> } | null;
}

type LineAnswer = (request: ChatCompletionRequest, context: Omit<ChatHandlerContext, 'callIndex' | 'attempt' | 'text'>) => Promise<ResolvedChatReply>;

/**
 * Files and batches as the OpenAI API keeps them: a batch moves validating → in_progress → completed
 * (or the configured outcome) over successive retrieves, and runs its lines through the chat handler.
 */
export class BatchSimulator {
  readonly files = new Map<string, StoredFile>();
  private readonly batches = new Map<string, BatchState>();
  private fileCounter = 0;
  private batchCounter = 0;
  private lineCounter = 0;

  constructor(
    private readonly options: Pick<LoopbackServerOptions, 'batchPollsPerStatus' | 'batchOutcome'>,
    private readonly answer: LineAnswer,
  ) {}

  addFile(filename: string, purpose: string, content: string): StoredFile {
    const file = { id: `file-${++this.fileCounter}`, filename, purpose, content };
    this.files.set(file.id, file);
    return file;
  }

  fileObject(file: StoredFile) {
    return { id: file.id, object: 'file', bytes: Buffer.byteLength(file.content), created_at: fixedCreatedSeconds, filename: file.filename, purpose: file.purpose, status: 'processed' };
  }

  create(body: { input_file_id?: string; endpoint?: string; completion_window?: string; metadata?: Record<string, string> }): { status: number; body: unknown } {
    const input = body.input_file_id ? this.files.get(body.input_file_id) : undefined;
    if (!input) return { status: 404, body: errorBody(`No such File object: ${body.input_file_id}`, 'invalid_request_error', 'not_found') };
    if (body.endpoint !== '/v1/chat/completions') return { status: 400, body: errorBody(`Unsupported endpoint ${body.endpoint}`, 'invalid_request_error', null) };
    if (body.completion_window !== '24h') return { status: 400, body: errorBody('completion_window must be 24h', 'invalid_request_error', null) };
    const total = input.content.split('\n').filter((line) => line.trim()).length;
    const batch: BatchState = {
      id: `batch_${++this.batchCounter}`,
      inputFileId: input.id,
      endpoint: body.endpoint,
      completionWindow: body.completion_window,
      metadata: body.metadata ?? null,
      status: 'validating',
      polls: 0,
      total,
      completed: 0,
      failed: 0,
      outputFileId: null,
      errorFileId: null,
      errors: null,
    };
    this.batches.set(batch.id, batch);
    return { status: 200, body: this.batchObject(batch) };
  }

  /** One retrieve: advances the batch by a step, then describes it. */
  async retrieve(id: string): Promise<{ status: number; body: unknown }> {
    const batch = this.batches.get(id);
    if (!batch) return { status: 404, body: errorBody(`No such Batch object: ${id}`, 'invalid_request_error', 'not_found') };
    await this.advance(batch);
    return { status: 200, body: this.batchObject(batch) };
  }

  cancel(id: string): { status: number; body: unknown } {
    const batch = this.batches.get(id);
    if (!batch) return { status: 404, body: errorBody(`No such Batch object: ${id}`, 'invalid_request_error', 'not_found') };
    if (batch.status === 'validating' || batch.status === 'in_progress') batch.status = 'cancelled';
    return { status: 200, body: this.batchObject(batch) };
  }

  list() {
    return { object: 'list', data: [...this.batches.values()].map((batch) => this.batchObject(batch)), has_more: false };
  }

  private async advance(batch: BatchState): Promise<void> {
    const pollsPerStatus = this.options.batchPollsPerStatus ?? 1;
    if (batch.status !== 'validating' && batch.status !== 'in_progress') return;
    batch.polls += 1;
    if (batch.polls <= pollsPerStatus) return;
    batch.polls = 1;
    if (batch.status === 'validating') {
      batch.status = 'in_progress';
      return;
    }
    const outcome = this.options.batchOutcome ?? 'completed';
    if (outcome === 'failed') {
      batch.status = 'failed';
      batch.errors = { object: 'list', data: [{ code: 'invalid_request', message: 'The batch failed validation (scripted).', line: null }] };
      return;
    }
    await this.execute(batch);
    batch.status = outcome;
  }

  private async execute(batch: BatchState): Promise<void> {
    const input = this.files.get(batch.inputFileId);
    const outputLines: string[] = [];
    const errorLines: string[] = [];
    for (const text of (input?.content ?? '').split('\n').filter((line) => line.trim())) {
      const line = JSON.parse(text) as { custom_id: string; body: ChatCompletionRequest };
      const id = `batch_req_${++this.lineCounter}`;
      const reply = await this.answer(line.body, { batch: true });
      if (reply.kind === 'answer') {
        const body = chatCompletionBody(line.body, { id: `chatcmpl-${id}`, content: reply.content, finishReason: reply.finishReason });
        outputLines.push(JSON.stringify({ id, custom_id: line.custom_id, response: { status_code: 200, request_id: id, body }, error: null }));
        batch.completed += 1;
        continue;
      }
      batch.failed += 1;
      const { fault } = reply;
      if (fault.fault === 'malformed-body') {
        outputLines.push(`{"id": "${id}", "custom_id": "${line.custom_id}", "response": {"status_code": 200, "body": {"choices": [`);
      } else if (fault.fault === 'hang') {
        errorLines.push(JSON.stringify({ id, custom_id: line.custom_id, response: null, error: { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' } }));
      } else {
        const status = fault.fault === 'rate-limit' ? 429 : fault.fault === 'server-error' ? (fault.status ?? 500) : fault.fault === 'unauthorized' ? 401 : 404;
        errorLines.push(JSON.stringify({ id, custom_id: line.custom_id, response: { status_code: status, request_id: id, body: errorBody(`scripted ${fault.fault}`, 'server_error', fault.fault) }, error: null }));
      }
    }
    if (outputLines.length) batch.outputFileId = this.addFile(`${batch.id}_output.jsonl`, 'batch_output', `${outputLines.join('\n')}\n`).id;
    if (errorLines.length) batch.errorFileId = this.addFile(`${batch.id}_error.jsonl`, 'batch_output', `${errorLines.join('\n')}\n`).id;
  }

  private batchObject(batch: BatchState) {
    return {
      id: batch.id,
      object: 'batch',
      endpoint: batch.endpoint,
      errors: batch.errors,
      input_file_id: batch.inputFileId,
      completion_window: batch.completionWindow,
      status: batch.status,
      output_file_id: batch.outputFileId,
      error_file_id: batch.errorFileId,
      created_at: fixedCreatedSeconds,
      request_counts: { total: batch.total, completed: batch.completed, failed: batch.failed },
      metadata: batch.metadata,
    };
  }
}
