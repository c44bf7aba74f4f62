export * from './schemas/index.ts';
export { computeMetaMetrics, type ComputeMetaMetricsOptions, type MetaMetricsAspect } from './compute-meta-metrics.ts';
export { bootstrapIntervals, type BootstrapIntervalsOptions, type ItemCounts } from './bootstrap-intervals.ts';
export { renderItem, truncateField, type RenderItemOptions } from './render-item.ts';
export { kMeans, type KMeansOptions, type KMeansResult } from './util/k-means.ts';
export { seededRandom, seededShuffle, deriveSeed } from './util/seeded-random.ts';
