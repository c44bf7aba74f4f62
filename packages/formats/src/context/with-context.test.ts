import { fileURLToPath } from 'node:url';
import type { Feedback, PipelineEvent } from '@tenets/core';
import { describe, expect, it } from 'vitest';
import { formatIngestSummary } from '../ingest/ingest-summary.ts';
import { ingestFiles } from '../ingest/ingest-files.ts';
import type { Reject } from '../reject/reject.ts';
import { collect } from '../test/collect.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../ingest/__fixtures__/${name}`, import.meta.url));

async function ingest(files: string[], context: string[], events: PipelineEvent[] = []) {
  const ingestion = ingestFiles({ files, context, onEvent: (event) => void events.push(event) });
  const items = await collect(ingestion);
  const records = new Map<string, Feedback>(items.flatMap((item) => (item.kind === 'feedback' ? [[item.record.id, item.record] as const] : [])));
  const rejects = items.flatMap((item): Reject[] => (item.kind === 'reject' ? [item.reject] : []));
  return { records, rejects, summary: ingestion.summary() };
}

describe('ingestFiles with context files', () => {
  it('joins Langfuse scores to traces (CSV, snake_case) and observations (JSONL, camelCase)', async () => {
    const events: PipelineEvent[] = [];
    const { records, rejects, summary } = await ingest([fixture('langfuse-scores.jsonl')], [fixture('langfuse-traces.csv'), fixture('langfuse-observations.jsonl')], events);

    // A trace score takes the trace's input and output.
    expect(records.get('s1')?.context).toEqual({ prompt: 'What is 2+2?', response: '5' });
    expect(records.get('s1')?.metadata.contextSource).toEqual({ file: fixture('langfuse-traces.csv'), id: 't1' });
    // An observation score takes the observation's, not the trace's: messages in, the message content out.
    for (const id of ['s2', 's5']) {
      expect(records.get(id)?.context).toEqual({ messages: [{ role: 'user', content: 'Add 2 and 2' }], response: '4' });
      expect(records.get(id)?.metadata.contextSource).toEqual({ file: fixture('langfuse-observations.jsonl'), id: 'o1' });
    }
    // Context on the score row is kept; only the empty parts are filled.
    expect(records.get('s4')?.context).toEqual({
      response: 'Response already on the score row',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Say hi' },
      ],
    });
    // No trace for t9: counted as missing, context left empty.
    expect(records.get('s3')?.context).toBeUndefined();
    expect(records.get('s3')?.metadata.contextSource).toBeUndefined();

    expect(rejects).toEqual([expect.objectContaining({ file: fixture('langfuse-observations.jsonl'), line: 2, field: 'id', reason: 'missing field' })]);
    expect([summary.contextJoined, summary.contextMissing, summary.kept, summary.rejected]).toEqual([4, 1, 5, 0]);
    expect(summary.contextFiles?.map((file) => [file.rows, file.kept, file.rejected])).toEqual([
      [2, 2, 0],
      [2, 1, 1],
    ]);
    expect(formatIngestSummary(summary)).toBe('ingest: 5 rows from 1 file → 5 kept, 0 rejected, context joined 4, missing 1, 1 bad context row');
    // One ingest stage, however many files.
    expect(events.filter((event) => event.type === 'stage-start')).toHaveLength(1);
    expect(events.some((event) => event.type === 'item-failed' && event.itemId === `${fixture('langfuse-observations.jsonl')}:2`)).toBe(true);
  });

  it('joins LangSmith feedback to runs (JSON array) on run_id', async () => {
    const { records, rejects, summary } = await ingest([fixture('langsmith-feedback.jsonl')], [fixture('langsmith-runs.json')]);
    expect(records.get('f1')?.context).toEqual({ prompt: 'Capital of France?', response: 'Lyon' });
    expect(records.get('f1')?.metadata.contextSource).toEqual({ file: fixture('langsmith-runs.json'), id: 'r1' });
    expect(records.get('f2')?.context).toBeUndefined();
    expect(rejects).toEqual([]);
    expect([summary.contextJoined, summary.contextMissing]).toEqual([1, 1]);
  });

  it('leaves the summary as it was without context files', async () => {
    const { summary } = await ingest([fixture('langsmith-feedback.jsonl')], []);
    expect(summary.contextJoined).toBeUndefined();
    expect(formatIngestSummary(summary)).toBe('ingest: 2 rows from 1 file → 2 kept, 0 rejected');
  });
});
