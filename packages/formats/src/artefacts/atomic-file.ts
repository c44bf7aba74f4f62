import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What was written: the final path, its size and SHA-256. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

const flushBytes = 1024 * 1024;

/**
 * A file written to a temporary sibling and renamed into place on `commit()`, so readers never see a
 * partial file and a failed write leaves the previous file untouched. Writes are buffered.
 */
export class AtomicFile {
  private pending: string[] = [];
  private pendingLength = 0;
  private bytes = 0;
  private readonly hash = createHash('sha256');
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly temporaryPath: string,
    private readonly handle: FileHandle,
  ) {}

  /** Creates the parent directory if needed and opens a temporary file beside `path`. */
  static async open(path: string): Promise<AtomicFile> {
    const directory = dirname(path);
    await mkdir(directory, { recursive: true });
    const temporaryPath = join(directory, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const handle = await open(temporaryPath, 'wx');
    return new AtomicFile(path, temporaryPath, handle);
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= flushBytes) await this.flush();
  }

  /** Flushes, syncs and renames the temporary file over `path`. */
  async commit(): Promise<WrittenFile> {
    try {
      await this.flush();
      await this.handle.sync();
    } catch (error) {
      await this.abort();
      throw error;
    }
    this.closed = true;
    await this.handle.close();
    await rename(this.temporaryPath, this.path).catch(async (error: unknown) => {
      await rm(this.temporaryPath, { force: true });
      throw error;
    });
    return { path: this.path, bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  /** Discards the temporary file; `path` is left as it was. Safe to call more than once. */
  async abort(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await this.handle.close().catch(() => undefined);
    }
    await rm(this.temporaryPath, { force: true });
  }

  private async flush(): Promise<void> {
    if (this.pendingLength === 0) return;
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(buffer);
    this.bytes += buffer.length;
    await this.handle.write(buffer);
  }
}

/** Runs `write` against an atomic file and commits it, or discards it if `write` throws. */
export async function withAtomicFile(path: string, write: (file: AtomicFile) => Promise<void>): Promise<WrittenFile> {
  const file = await AtomicFile.open(path);
  try {
    await write(file);
  } catch (error) {
    await file.abort();
    throw error;
  }
  return file.commit();
}
