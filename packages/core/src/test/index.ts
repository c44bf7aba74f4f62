export { createThresholdClusterer } from './create-threshold-clusterer.ts';
