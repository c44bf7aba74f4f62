import { describe, expect, it } from 'vitest';
import { openModelStore } from '../cache/model-store.ts';
import { BatchJournal } from './batch-journal.ts';
import { safeParseBatchOutput } from './batch-line-schema.ts';

describe('BatchJournal', () => {
  it('finds the newest usable batch for a request and forgets failed lines', () => {
    const journal = new BatchJournal(openModelStore(':memory:'));
    journal.recordSubmitted('batch_a', 'http://x/v1', ['h1', 'h2']);
    expect(journal.findBatch('h1', 'http://x/v1')).toBe('batch_a');
    expect(journal.findBatch('h1', 'http://other/v1')).toBeUndefined();
    journal.updateStatus('batch_a', 'expired');
    expect(journal.findBatch('h1', 'http://x/v1')).toBeUndefined();
    journal.recordSubmitted('batch_b', 'http://x/v1', ['h1', 'h2']);
    journal.forget('batch_b', ['h2']);
    expect([journal.findBatch('h1', 'http://x/v1'), journal.findBatch('h2', 'http://x/v1')]).toEqual(['batch_b', undefined]);
    expect(journal.openBatches()).toEqual([{ batchId: 'batch_b', status: 'validating', requests: 2 }]);
  });
});

describe('safeParseBatchOutput', () => {
  it('keeps valid lines and counts unreadable ones', () => {
    const text = [
      JSON.stringify({ id: 'r1', custom_id: 'a', response: { status_code: 200, body: { choices: [] } }, error: null }),
      '{"custom_id": "b", "response": {',
      JSON.stringify({ id: 'r3', response: null }),
      JSON.stringify({ custom_id: 'c', response: null, error: { code: 'batch_expired', message: 'late' } }),
      '',
    ].join('\n');
    expect(safeParseBatchOutput(text)).toEqual({
      lines: [
        { id: 'r1', custom_id: 'a', response: { status_code: 200, body: { choices: [] } }, error: null },
        { custom_id: 'c', response: null, error: { code: 'batch_expired', message: 'late' } },
      ],
      unreadable: 2,
    });
  });
});
