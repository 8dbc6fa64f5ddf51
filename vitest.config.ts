import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@vanguard/source'] },
  ssr: { resolve: { conditions: ['@vanguard/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/setup/global-setup.ts'],
    // Property tests of thousands of draws take 10 to 30 s each on a 2-core runner shared with other work (phrases
    // drew 32 s): twice that still ends a hang within a minute.
    testTimeout: 60_000,
    // Setup and cleanup start servers and remove installed trees: on a loaded 2-core runner they take seconds.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
