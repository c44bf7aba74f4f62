import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@tenets/source'] },
  test: { name: 'store', environment: 'node', testTimeout: 60_000 },
});
