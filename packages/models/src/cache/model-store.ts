import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const schema = `
  CREATE TABLE IF NOT EXISTS generations (
    key TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    model_id TEXT NOT NULL,
    result TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS embeddings (
    key TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    model_id TEXT NOT NULL,
    vector BLOB NOT NULL,
    tokens REAL NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS batches (
    batch_id TEXT PRIMARY KEY,
    base_url TEXT NOT NULL,
    status TEXT NOT NULL,
    request_count INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS batch_requests (
    request_hash TEXT NOT NULL,
    batch_id TEXT NOT NULL REFERENCES batches (batch_id),
    PRIMARY KEY (request_hash, batch_id)
  );
  CREATE INDEX IF NOT EXISTS batch_requests_by_hash ON batch_requests (request_hash);
`;

/**
 * Opens (creating if needed) the SQLite file behind the response cache and the batch journal. WAL mode
 * and a busy timeout let two runs share it. `:memory:` works for tests.
 */
export function openModelStore(file: string): DatabaseSync {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const database = new DatabaseSync(file, { timeout: 5000 });
  if (file !== ':memory:') database.exec('PRAGMA journal_mode = WAL');
  database.exec('PRAGMA synchronous = NORMAL');
  database.exec(schema);
  return database;
}
