export type { Clusterer, ClusterOptions, ClusterAssignment } from './clusterer.ts';
