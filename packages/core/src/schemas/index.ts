export * from './feedback.ts';
export * from './preference.ts';
export * from './aspect.ts';
export * from './cluster.ts';
export * from './metric.ts';
export * from './principle.ts';
export * from './usage.ts';
export * from './manifest.ts';
