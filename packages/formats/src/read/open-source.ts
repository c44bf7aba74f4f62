import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable, compose } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** An input file opened for streaming: its first bytes for sniffing, its chunks, and a hash of its raw bytes. */
export interface InputSource {
  /** The path as given (`-` is standard input). */
  readonly path: string;
  /** The first bytes (decompressed), at least `peekBytes` unless the file is shorter. */
  readonly head: Buffer;
  /** All chunks from the start, including those in `head`. Iterate once. */
  readonly chunks: AsyncIterable<Buffer>;
  /** Raw (on-disk) bytes read so far. */
  bytesRead(): number;
  /** Reads what is left, for the hash, after a reader stopped early. */
  drain(): Promise<void>;
  /** SHA-256 and size of the raw bytes; complete once the source was read to the end. */
  digest(): { sha256: string; bytes: number };
  /** Stops reading and releases the file. */
  close(): Promise<void>;
}

export const readChunkBytes = 64 * 1024;
const peekBytes = 64 * 1024;

/** Opens a file (or `-` for stdin; `.gz` is decompressed) and peeks at its first bytes. */
export async function openSource(path: string): Promise<InputSource> {
  const raw: AsyncIterable<Buffer> = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: readChunkBytes });
  const hash = createHash('sha256');
  let bytes = 0;
  async function* hashed(): AsyncGenerator<Buffer> {
    for await (const chunk of raw) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      hash.update(buffer);
      bytes += buffer.length;
      yield buffer;
    }
  }
  const decoded: AsyncIterable<Buffer> = /\.gz$/i.test(path) ? compose(Readable.from(hashed()), createGunzip()) : hashed();
  const iterator = decoded[Symbol.asyncIterator]();

  const peeked: Buffer[] = [];
  let peekedLength = 0;
  let finished = false;
  while (peekedLength < peekBytes) {
    const next = await iterator.next();
    if (next.done) {
      finished = true;
      break;
    }
    peeked.push(next.value);
    peekedLength += next.value.length;
  }
  let digest: { sha256: string; bytes: number } | undefined;
  let started = false;

  async function* chunks(): AsyncGenerator<Buffer> {
    if (started) throw new Error(`input ${path} was already read`);
    started = true;
    yield* peeked;
    peeked.length = 0;
    while (!finished) {
      const next = await iterator.next();
      if (next.done) finished = true;
      else yield next.value;
    }
  }

  return {
    path,
    head: Buffer.concat(peeked),
    chunks: { [Symbol.asyncIterator]: chunks },
    bytesRead: () => bytes,
    async drain() {
      while (!finished) {
        const next = await iterator.next();
        if (next.done) finished = true;
      }
    },
    digest() {
      digest ??= finished ? { sha256: hash.digest('hex'), bytes } : undefined;
      return digest ?? { sha256: '', bytes };
    },
    async close() {
      if (!finished) {
        finished = true;
        await iterator.return?.();
      }
    },
  };
}
