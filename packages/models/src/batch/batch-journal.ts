import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { unusableBatchStatuses } from './batch-status.ts';

/**
 * Which request (by hash) went into which batch, in the SQLite store. A restarted run finds its
 * requests here and polls the existing batch instead of submitting them again.
 */
export class BatchJournal {
  private readonly insertBatch: StatementSync;
  private readonly insertRequest: StatementSync;
  private readonly selectByHash: StatementSync;
  private readonly updateStatusStatement: StatementSync;
  private readonly deleteRequest: StatementSync;
  private readonly selectOpen: StatementSync;

  constructor(private readonly database: DatabaseSync) {
    this.insertBatch = database.prepare('INSERT OR REPLACE INTO batches (batch_id, base_url, status, request_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertRequest = database.prepare('INSERT OR IGNORE INTO batch_requests (request_hash, batch_id) VALUES (?, ?)');
    this.selectByHash = database.prepare(
      'SELECT b.batch_id, b.status FROM batch_requests r JOIN batches b ON b.batch_id = r.batch_id WHERE r.request_hash = ? AND b.base_url = ? ORDER BY b.created_at DESC',
    );
    this.updateStatusStatement = database.prepare('UPDATE batches SET status = ?, updated_at = ? WHERE batch_id = ?');
    this.deleteRequest = database.prepare('DELETE FROM batch_requests WHERE request_hash = ? AND batch_id = ?');
    this.selectOpen = database.prepare("SELECT batch_id, status, request_count FROM batches WHERE status NOT IN ('completed', 'failed', 'expired', 'cancelled') ORDER BY created_at");
  }

  recordSubmitted(batchId: string, baseURL: string, requestHashes: readonly string[]): void {
    const now = Date.now();
    this.database.exec('BEGIN');
    try {
      this.insertBatch.run(batchId, baseURL, 'validating', requestHashes.length, now, now);
      for (const hash of requestHashes) this.insertRequest.run(hash, batchId);
      this.database.exec('COMMIT');
    } catch (error) {
      this.database.exec('ROLLBACK');
      throw error;
    }
  }

  /** The newest batch at `baseURL` holding this request that can still answer it. */
  findBatch(requestHash: string, baseURL: string): string | undefined {
    const rows = this.selectByHash.all(requestHash, baseURL) as Array<{ batch_id: string; status: string }>;
    return rows.find((row) => !unusableBatchStatuses.has(row.status))?.batch_id;
  }

  updateStatus(batchId: string, status: string): void {
    this.updateStatusStatement.run(status, Date.now(), batchId);
  }

  /** Drops requests whose line failed, so the next run submits them afresh. */
  forget(batchId: string, requestHashes: readonly string[]): void {
    for (const hash of requestHashes) this.deleteRequest.run(hash, batchId);
  }

  /** Batches not yet finished, e.g. for `tenets status`. */
  openBatches(): Array<{ batchId: string; status: string; requests: number }> {
    return (this.selectOpen.all() as Array<{ batch_id: string; status: string; request_count: number }>).map((row) => ({ batchId: row.batch_id, status: row.status, requests: row.request_count }));
  }
}
