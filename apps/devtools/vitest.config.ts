import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@tenets/source'] },
  // Node tests run in Vite's SSR environment, which has conditions of its own: without this, imports of
  // @tenets/* would load the built dist/ instead of the sources.
  ssr: { resolve: { conditions: ['@tenets/source', 'module', 'node', 'development|production'] } },
  test: { name: 'devtools', environment: 'node', testTimeout: 60_000 },
});
