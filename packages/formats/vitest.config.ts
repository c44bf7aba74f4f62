import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@tenets/source'] },
  test: { name: 'formats', environment: 'node', testTimeout: 60_000 },
});
