/** Drains an async iterable into an array. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** Yields a buffer in pieces of the given sizes (cycled), to test chunk boundaries. */
export async function* chunked(buffer: Buffer, sizes: readonly number[]): AsyncGenerator<Buffer> {
  let offset = 0;
  for (let index = 0; offset < buffer.length; index += 1) {
    const size = sizes[index % sizes.length];
    yield buffer.subarray(offset, offset + size);
    offset += size;
  }
}
