import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit (no database), integration (a real, throwaway Neo4j) and e2e (a real Chromium against
 * the real server). The integration and e2e projects share one Neo4j, started once by their global setup and
 * seeded with seed/data.
 */
const withNeo4j = ['tests/helpers/global-setup.ts'];

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for graphql-yoga; Vite would
  // pick the ESM one for our files, giving two GraphQLError classes and masking our coded errors. One copy.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    teardownTimeout: 90_000,
    // The JSON report lets .ci/run print one "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'tests/output/results.json' }]],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        // One shared database: files run one after another so counts taken by one are not moved by another.
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          globalSetup: withNeo4j,
          poolOptions: { forks: { singleFork: true } },
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.test.ts'], globalSetup: withNeo4j, testTimeout: 60_000 },
      },
    ],
  },
});
