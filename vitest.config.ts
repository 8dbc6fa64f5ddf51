import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@vanguard/source'] },
  ssr: { resolve: { conditions: ['@vanguard/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/setup/global-setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
