import { TenetsConfigError } from '@tenets/core';
import type { HdbscanOptions } from './hdbscan.ts';

/** Throws one TenetsConfigError listing every unusable option. */
export function checkHdbscanOptions(options: HdbscanOptions & { minSamples: number; epsilon: number; method: string }): void {
  const problems: string[] = [];
  if (!Array.isArray(options.vectors)) problems.push('vectors must be an array of Float32Array');
  if (!Number.isInteger(options.minClusterSize) || options.minClusterSize < 2) problems.push(`minClusterSize must be an integer ≥ 2, got ${options.minClusterSize}`);
  if (!Number.isInteger(options.minSamples) || options.minSamples < 1) problems.push(`minSamples must be an integer ≥ 1, got ${options.minSamples}`);
  if (!Number.isFinite(options.epsilon) || options.epsilon < 0) problems.push(`clusterSelectionEpsilon must be a finite number ≥ 0, got ${options.epsilon}`);
  if (options.method !== 'eom' && options.method !== 'leaf') problems.push(`clusterSelectionMethod must be 'eom' or 'leaf', got ${String(options.method)}`);
  if (options.engine !== undefined && !['auto', 'exact', 'approximate'].includes(options.engine)) problems.push(`engine must be 'auto', 'exact' or 'approximate'`);
  if (options.pcaComponents !== undefined && (!Number.isInteger(options.pcaComponents) || options.pcaComponents < 1)) {
    problems.push(`pcaComponents must be a positive integer, got ${options.pcaComponents}`);
  }
  if (options.workers !== undefined && (!Number.isInteger(options.workers) || options.workers < 0)) problems.push(`workers must be an integer ≥ 0, got ${options.workers}`);
  if (problems.length > 0) throw new TenetsConfigError({ message: `Invalid clustering options: ${problems.join('; ')}.` });
}
