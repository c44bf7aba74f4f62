import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { detectEncoding, encodingSampleBytes, utf16ToUtf8, type TextEncoding } from './detect-encoding.ts';

/** An input file opened for streaming: its first bytes for sniffing, its chunks, and a hash of its raw bytes. */
export interface InputSource {
  /** The path as given (`-` is standard input). */
  readonly path: string;
  /** `gzip` when the bytes start with the gzip magic number (whatever the file is called). */
  readonly compression: 'gzip' | undefined;
  /** The text encoding found (byte-order mark or zero-byte pattern). UTF-16 is decoded to UTF-8 on the fly. */
  readonly encoding: TextEncoding;
  /** The first bytes (decompressed, as UTF-8), at least `peekBytes` unless the file is shorter. */
  readonly head: Buffer;
  /** All chunks from the start (decompressed, as UTF-8), including those in `head`. Iterate once. */
  readonly chunks: AsyncIterable<Buffer>;
  /** Raw (on-disk) bytes read so far. */
  bytesRead(): number;
  /** Set when the gzip data turned out corrupt or cut off: the chunks stop there. */
  failure(): { message: string } | undefined;
  /** Reads what is left, for the hash, after a reader stopped early. */
  drain(): Promise<void>;
  /** SHA-256 and size of the raw bytes; complete once the source was read to the end. */
  digest(): { sha256: string; bytes: number };
  /** Stops reading and releases the file. */
  close(): Promise<void>;
}

export const readChunkBytes = 64 * 1024;
const peekBytes = 64 * 1024;

const isZlibError = (error: unknown) => typeof (error as { code?: unknown })?.code === 'string' && /^Z_/.test((error as { code: string }).code);

/** Reads from an iterator until `minBytes` are buffered (or it ends); the buffered chunks are replayed first. */
class Peeker {
  readonly buffered: Buffer[] = [];
  length = 0;
  done = false;
  constructor(private readonly iterator: AsyncIterator<Buffer>) {}

  async fill(minBytes: number): Promise<Buffer> {
    while (!this.done && this.length < minBytes) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else {
        this.buffered.push(next.value);
        this.length += next.value.length;
      }
    }
    return Buffer.concat(this.buffered);
  }

  async *replay(): AsyncGenerator<Buffer> {
    yield* this.buffered.splice(0);
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else yield next.value;
    }
  }
}

/**
 * Opens a file (or `-` for stdin) and peeks at its first bytes. Gzip is recognised by its magic bytes and
 * decompressed as a stream (a `.jsonl` that is really gzip is read, a `.gz` that is not is read as is);
 * UTF-16 (LE/BE, with or without byte-order mark) is decoded to UTF-8. Corrupt or truncated gzip data ends
 * the chunks early and is reported by `failure()`, never thrown, so the rows before it are kept.
 */
export async function openSource(path: string): Promise<InputSource> {
  const raw: AsyncIterable<Buffer> = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: readChunkBytes });
  const hash = createHash('sha256');
  let bytes = 0;
  let rawFinished = false;
  async function* hashed(): AsyncGenerator<Buffer> {
    for await (const chunk of raw) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      hash.update(buffer);
      bytes += buffer.length;
      yield buffer;
    }
    rawFinished = true;
  }
  const rawIterator = hashed()[Symbol.asyncIterator]();
  const rawPeeker = new Peeker(rawIterator);
  const rawHead = await rawPeeker.fill(2);
  const compression = rawHead.length >= 2 && rawHead[0] === 0x1f && rawHead[1] === 0x8b ? 'gzip' : undefined;
  // The raw iterator is shared with `drain`, so closing the pipeline must not close it.
  const rawChunks: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => rawPeeker.replay() };

  let failure: { message: string } | undefined;
  async function* gunzipped(): AsyncGenerator<Buffer> {
    let produced = 0;
    // `pipe` leaves errors on the gunzip stream, where the loop below sees them (compose would lose them).
    const gunzip = createGunzip();
    Readable.from(rawChunks).pipe(gunzip);
    try {
      for await (const chunk of gunzip as AsyncIterable<Buffer>) {
        produced += chunk.length;
        yield chunk;
      }
    } catch (error) {
      if (!isZlibError(error)) throw error;
      failure = { message: `the gzip data is corrupt or cut off after ${produced.toLocaleString('en-US')} decompressed bytes (${(error as Error).message}); the rows before were read` };
    } finally {
      gunzip.destroy();
    }
  }
  const decompressed: AsyncIterable<Buffer> = compression === 'gzip' ? gunzipped() : rawChunks;
  const textPeeker = new Peeker(decompressed[Symbol.asyncIterator]());
  const { encoding, bomLength } = detectEncoding(await textPeeker.fill(encodingSampleBytes));
  const textChunks: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => textPeeker.replay() };
  const decoded: AsyncIterable<Buffer> = encoding === 'utf-16le' || encoding === 'utf-16be' ? utf16ToUtf8(textChunks, encoding, bomLength) : textChunks;
  const peeker = new Peeker(decoded[Symbol.asyncIterator]());
  const head = await peeker.fill(peekBytes);
  let digest: { sha256: string; bytes: number } | undefined;
  let started = false;
  let closed = false;

  async function* chunks(): AsyncGenerator<Buffer> {
    if (started) throw new Error(`input ${path} was already read`);
    started = true;
    if (!closed) yield* peeker.replay();
  }

  return {
    path,
    compression,
    encoding,
    head,
    chunks: { [Symbol.asyncIterator]: chunks },
    bytesRead: () => bytes,
    failure: () => failure,
    async drain() {
      // Straight from the file, so the hash completes even when decompression or a reader stopped early.
      while (!rawFinished && !closed) {
        const next = await rawIterator.next();
        if (next.done) break;
      }
    },
    digest() {
      digest ??= rawFinished ? { sha256: hash.digest('hex'), bytes } : undefined;
      return digest ?? { sha256: '', bytes };
    },
    async close() {
      if (closed) return;
      closed = true;
      await rawIterator.return?.(undefined);
    },
  };
}
