/** The text encodings a file is read in; everything is turned into UTF-8 before the readers see it. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** How many leading bytes the guess looks at. */
export const encodingSampleBytes = 1024;

/**
 * Names the encoding from a byte-order mark (UTF-32 before UTF-16, as `FF FE 00 00` starts both), or, without
 * one, from where the zero bytes are: ASCII-range text in UTF-16LE has a zero in (nearly) every odd byte,
 * UTF-16BE in every even byte. A stray NUL or two in UTF-8 text does not tip the balance.
 */
export function detectEncoding(head: Buffer): { encoding: TextEncoding; bomLength: number } {
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) return { encoding: 'utf-32le', bomLength: 4 };
  if (head.length >= 4 && head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff) return { encoding: 'utf-32be', bomLength: 4 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const pairs = Math.floor(Math.min(head.length, encodingSampleBytes) / 2);
  if (pairs < 2) return { encoding: 'utf-8', bomLength: 0 };
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (head[index] === 0) evenZeros += 1;
    if (head[index + 1] === 0) oddZeros += 1;
  }
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/**
 * Decodes a UTF-16 byte stream (after its byte-order mark) into UTF-8 chunks. Big-endian input is byte-swapped
 * and decoded as little-endian, so no ICU data is needed; a pair split across chunks is carried over. Unpaired
 * surrogates become U+FFFD.
 */
export async function* utf16ToUtf8(chunks: AsyncIterable<Buffer>, encoding: 'utf-16le' | 'utf-16be', skip: number): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
  let carry: Buffer = Buffer.alloc(0);
  let toSkip = skip;
  for await (const chunk of chunks) {
    let bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    if (toSkip > 0) {
      const skipped = Math.min(toSkip, bytes.length);
      bytes = bytes.subarray(skipped);
      toSkip -= skipped;
    }
    const even = bytes.length - (bytes.length % 2);
    carry = Buffer.from(bytes.subarray(even));
    let body = bytes.subarray(0, even);
    if (encoding === 'utf-16be') body = Buffer.from(body).swap16();
    const text = decoder.decode(body, { stream: true });
    if (text.length > 0) yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode() + (carry.length > 0 ? '\uFFFD' : '');
  if (rest.length > 0) yield Buffer.from(rest, 'utf8');
}
