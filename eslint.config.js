// ESLint flat config for the whole monorepo: typescript-eslint's type-checked rules through the project
// service (each file is checked with the tsconfig that owns it). A dropped promise in an async inspection
// pipeline means failing open, so the promise rules stay on everywhere.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Scratch files (`*.tmp.*`) are never linted. The packed-install consumers run (and type-check) in a
    // project outside the workspace, against the installed tarballs: test/packed-install.test.ts.
    ignores: ['test/fixtures/consumer/**', '**/dist/**', '**/node_modules/**', 'docs/api/**', 'packages/core/src/generated/**', '**/*.tsbuildinfo', '**/*.tmp.*', 'coverage/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Plain JS files (configs, scripts, benches, examples, test fixtures) have no tsconfig of their
          // own: they are checked in a default project with Node types.
          allowDefaultProject: [
            '*.js',
            '*.mjs',
            'bench/*.mjs',
            'scripts/*.mjs',
            'scripts/*.d.mts',
            'examples/*.mjs',
            'examples/*/*.mjs',
            'test/*.mjs',
            'test/*/*.mjs',
            'packages/*/bin/*.js',
            'packages/*/scripts/*.mjs',
            'packages/*/test/*.mjs',
            'packages/*/test/*/*.mjs',
          ],
          defaultProject: 'tsconfig.test.json',
          // The benches alone are about fifty scripts; the bound only keeps a stray glob from matching the tree.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 128,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and the Vitest config belong to tsconfig.test.json, which no package tsconfig references.
    files: ['**/test/**/*.ts', 'vitest.config.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Plain JS (configs, scripts, benches, the CLI's bin) has no type annotations, so every untyped
    // parameter is `any`: the no-unsafe-* family would flag each use. The promise rules still apply.
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'AbortController',
          'AbortSignal',
          'Buffer',
          'TextDecoder',
          'TextEncoder',
          'URL',
          'URLSearchParams',
          'clearImmediate',
          'clearInterval',
          'clearTimeout',
          'console',
          'fetch',
          'performance',
          'process',
          'queueMicrotask',
          'setImmediate',
          'setInterval',
          'setTimeout',
          'structuredClone',
        ].map((name) => [name, 'readonly']),
      ),
    },
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
