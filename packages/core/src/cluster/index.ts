export { kMeans, type KMeansOptions, type KMeansResult } from './k-means.ts';
export { clusteringAgreement, type ClusteringAgreement } from './evaluation/clustering-agreement.ts';
export { offlineClusteringDefaults, type OfflineClusteringDefaults } from './offline-clustering-defaults.ts';
export { labelCritiques } from './evaluation/label-critiques.ts';
export { clusterAspects, type ClusterAspectsOptions, type ClusterAspectsResult } from './cluster-aspects.ts';
export type { Clusterer, ClusterOptions, ClusterAssignment } from './clusterer.ts';
export { reassignNoise } from './reassign-noise.ts';
export type { ReassignNoiseOptions, ReassignNoiseResult, NoiseReassignment } from './reassign-noise.ts';
export { defaultMinClusterSize } from './default-min-cluster-size.ts';
