export * from './trait.ts';
export * from './match.ts';
export * from './judge-item.ts';
export * from './meta-metrics.ts';
export * from './metric-search.ts';
export * from './metric-set-file.ts';
