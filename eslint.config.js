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
      // The teaching rules: katas say these catch their traps, and tools/proofs/lint-proofs.test.ts holds them to it.
      'no-loop-func': 'error',
      'preserve-caught-error': 'error',
      // katas/006-integer-division: `| 0` and `~~` round toward zero and wrap at 2 ** 31.
      'no-bitwise': 'error',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
