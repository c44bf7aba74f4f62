export type { Clusterer, ClusterOptions, ClusterAssignment } from './clusterer.ts';
export { reassignNoise } from './reassign-noise.ts';
export type { ReassignNoiseOptions, ReassignNoiseResult, NoiseReassignment } from './reassign-noise.ts';
export { defaultMinClusterSize } from './default-min-cluster-size.ts';
