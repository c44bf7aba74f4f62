import type { DatabaseSync, StatementSync } from 'node:sqlite';

export interface CachedEmbedding {
  vector: number[];
  /** This value's share of the tokens its original call was billed. */
  tokens: number;
}

/** Embedding vectors keyed per value (`embeddingCacheKey`), stored as exact Float64 blobs. */
export class EmbeddingCache {
  private readonly selectStatement: StatementSync;
  private readonly insertStatement: StatementSync;

  constructor(private readonly database: DatabaseSync) {
    this.selectStatement = database.prepare('SELECT vector, tokens FROM embeddings WHERE key = ?');
    this.insertStatement = database.prepare('INSERT OR REPLACE INTO embeddings (key, provider, model_id, vector, tokens, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  }

  get(key: string): CachedEmbedding | undefined {
    const row = this.selectStatement.get(key) as { vector: Uint8Array; tokens: number } | undefined;
    if (!row) return undefined;
    const bytes = row.vector.slice();
    return { vector: Array.from(new Float64Array(bytes.buffer, 0, bytes.byteLength / 8)), tokens: row.tokens };
  }

  putMany(model: { provider: string; modelId: string }, entries: ReadonlyArray<{ key: string } & CachedEmbedding>): void {
    const now = Date.now();
    this.database.exec('BEGIN');
    try {
      for (const entry of entries) {
        this.insertStatement.run(entry.key, model.provider, model.modelId, new Uint8Array(Float64Array.from(entry.vector).buffer), entry.tokens, now);
      }
      this.database.exec('COMMIT');
    } catch (error) {
      this.database.exec('ROLLBACK');
      throw error;
    }
  }
}
