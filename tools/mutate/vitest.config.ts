import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Only for Stryker (npm run mutate): the one test file that runs each kata's spec through runSpec.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tools/mutate/specs.mutate.ts'],
  },
});
