import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit (no database), integration (a real, throwaway Neo4j) and e2e (a real Chromium against
 * the real server). The integration and e2e projects share one Neo4j, started once by their global setup and
 * seeded with seed/data.
 */
const withNeo4j = ['tests/helpers/global-setup.ts'];

export default defineConfig({
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
        test: { name: 'integration', include: ['tests/integration/**/*.int.test.ts'], globalSetup: withNeo4j },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.test.ts'], globalSetup: withNeo4j, testTimeout: 60_000 },
      },
    ],
  },
});
