import { existsSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

// Two projects. `lessons` is what `npm test` runs in class: every kata and
// pattern, without per-file isolation, because each kata loads its code as a
// fresh module instance and keeps no state across files. `tooling` holds the
// slower proofs about the repo itself (lint claims, the trainer CLI, the docs
// site in a browser), which `npm run check` adds, and the lesson tests that
// start processes of their own (`processTests`): a process costs more to start
// than a whole kata costs to prove.
//
// Lesson tests that write files (the persister patterns) get a memory-backed
// temp folder where the machine has one: their crash tests inject failures
// rather than rely on the disk, and on this VM's disk every fsync costs ~10 ms.
const scratch = existsSync('/dev/shm') ? { TMPDIR: '/dev/shm' } : {};

// The persister's crash test kills a writer process mid-transaction and recovers in another.
const processTests = ['patterns/duck-typed-persister/sqlite-crash.test.ts'];

export default defineConfig({
  test: {
    reporters: ['./tools/reporter/lessons.ts'],
    // Transformed test files are kept in node_modules/.experimental-vitest-cache, keyed by their content (on by default in vitest 5).
    experimental: { fsModuleCache: true },
    // Both cores (vitest's default leaves one idle): kata files wait on child processes, and the
    // tooling project's trainer and browser tests are independent of each other.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'lessons',
          include: ['katas/**/*.test.ts', 'patterns/**/*.test.ts', 'tools/catalog/meta.test.ts'],
          exclude: [...configDefaults.exclude, ...processTests],
          pool: 'threads',
          isolate: false,
          env: scratch,
        },
      },
      {
        test: {
          name: 'tooling',
          include: ['tools/**/*.test.ts', 'kit/**/*.test.ts', ...processTests],
          exclude: ['tools/catalog/meta.test.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
