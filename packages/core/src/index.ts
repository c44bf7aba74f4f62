export * from './schemas/index.ts';
export * from './errors/index.ts';
export * from './events/index.ts';
export * from './clustering/index.ts';
export * from './util/index.ts';
export * from './llm/index.ts';
export * from './autolibra/index.ts';
export * from './llm-stages/index.ts';
