/**
 * The default HDBSCAN `minClusterSize` for n grounded aspects: grows with the square root of n so small logs
 * still form clusters and large logs do not shatter into hundreds of tiny ones.
 */
export function defaultMinClusterSize(aspectCount: number): number {
  return Math.max(3, Math.min(50, Math.round(Math.sqrt(Math.max(aspectCount, 0)) / 2)));
}
