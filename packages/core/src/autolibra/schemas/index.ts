export * from './trait.ts';
export * from './match.ts';
export * from './judge-item.ts';
export * from './meta-metrics.ts';
