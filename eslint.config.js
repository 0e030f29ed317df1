// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['node_modules/', 'site/', 'practice/', '.bench/', '.site-src/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
    rules: {
      // Kata 002 says no-loop-func catches its trap, and tools/proofs/lint-proofs.test.ts holds it to that. It is in
      // no preset, neither eslint:recommended nor typescript-eslint's, so it is turned on here. preserve-caught-error,
      // which kata 005 and the error-hierarchy pattern name, is already 'error' in ESLint 10's recommended config.
      'no-loop-func': 'error',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
