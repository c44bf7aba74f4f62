import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@tenets/source'] },
  test: { name: 'models', environment: 'node', testTimeout: 60_000, isolate: false },
});
