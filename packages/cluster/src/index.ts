export { hdbscan, defaultApproximateFrom, defaultCertifyNeighbours, defaultWorkerThreshold } from './hdbscan.ts';
export type { HdbscanOptions, HdbscanResult, HdbscanEngine, HdbscanDiagnostics } from './hdbscan.ts';
export { createHdbscanClusterer, type HdbscanClustererOptions } from './create-hdbscan-clusterer.ts';
export { createHdbscanTsClusterer, hdbscanTsWarningThreshold } from './create-hdbscan-ts-clusterer.ts';
export type { ApproximateNeighbourOptions } from './approximate/approximate-nearest-neighbours.ts';
export type { ClusterSelectionMethod } from './tree/select-clusters.ts';
export type { CondensedTree, MinimumSpanningTree, SingleLinkageTree } from './tree/tree-types.ts';
export { adjustedRandIndex } from './metrics/adjusted-rand-index.ts';
export { normalizedMutualInformation } from './metrics/normalized-mutual-information.ts';
