import { defineConfig } from 'vitest/config';

// Two projects. `lessons` is what `npm test` runs in class: every kata and
// pattern, without per-file isolation, because each kata loads its code as a
// fresh module instance and keeps no state across files. `tooling` holds the
// slower proofs about the repo itself (lint claims, the trainer CLI, the docs
// site in a browser), which `npm run check` adds.
export default defineConfig({
  test: {
    reporters: ['tree'],
    projects: [
      {
        test: {
          name: 'lessons',
          include: ['katas/**/*.test.ts', 'patterns/**/*.test.ts', 'tools/meta.test.ts'],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          name: 'tooling',
          include: ['tools/**/*.test.ts'],
          exclude: ['tools/meta.test.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
