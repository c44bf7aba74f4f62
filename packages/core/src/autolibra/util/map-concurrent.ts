/** Maps with at most `limit` calls in flight, keeping input order in the result. */
export async function mapConcurrent<INPUT, OUTPUT>(
  inputs: readonly INPUT[],
  limit: number,
  work: (input: INPUT, index: number) => Promise<OUTPUT>,
  abortSignal?: AbortSignal,
): Promise<OUTPUT[]> {
  const results = new Array<OUTPUT>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      abortSignal?.throwIfAborted();
      const index = next++;
      results[index] = await work(inputs[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
  return results;
}
