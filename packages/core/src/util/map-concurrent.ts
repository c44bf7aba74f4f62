export interface MapConcurrentOptions {
  /** Stops starting new items and rejects with the signal's reason once aborted. */
  abortSignal?: AbortSignal;
}

/**
 * Maps `items` through the async `fn` with at most `limit` calls in flight and returns the results in input
 * order. The first rejection (or an abort) rejects the whole map; items not yet started are never started.
 */
export async function mapConcurrent<ITEM, RESULT>(
  items: readonly ITEM[],
  limit: number,
  fn: (item: ITEM, index: number) => Promise<RESULT>,
  options: MapConcurrentOptions = {},
): Promise<RESULT[]> {
  const { abortSignal } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`mapConcurrent: limit must be a positive integer, got ${limit}.`);
  abortSignal?.throwIfAborted();
  const results = new Array<RESULT>(items.length);
  let next = 0;
  let failed = false;

  return new Promise<RESULT[]>((resolve, reject) => {
    let running = 0;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      abortSignal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = () => fail(abortSignal?.reason);
    abortSignal?.addEventListener('abort', onAbort, { once: true });

    const launch = () => {
      if (failed) return;
      if (next >= items.length && running === 0) {
        abortSignal?.removeEventListener('abort', onAbort);
        resolve(results);
        return;
      }
      while (!failed && running < limit && next < items.length) {
        const index = next++;
        running++;
        let call: Promise<RESULT>;
        try {
          call = Promise.resolve(fn(items[index]!, index));
        } catch (error) {
          call = Promise.reject(error);
        }
        call.then(
            (result) => {
              results[index] = result;
              running--;
              launch();
            },
            (error: unknown) => {
              running--;
              fail(error);
            },
          );
      }
    };
    launch();
  });
}
