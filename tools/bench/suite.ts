// Benchmark: is `npm test` fast at scale? Builds a temporary copy of the repo
// whose katas/ holds 30 katas (the real ones plus renumbered copies of them),
// then compares the median wall time of the whole lessons suite with that of a
// vitest run of one trivial test file under the same config. The budget from
// the foundation issue is a ratio of at most 2.
//
//   npm run bench -- suite [--runs N] [--katas N]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { copyRepo } from '../testkit/repo-copy.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, katas: { type: 'string', default: '30' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const target = Number(values.katas);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(target) || target < 1) {
  console.error('usage: npm run bench -- suite [--runs N] [--katas N]   (N: a whole number ≥ 1)');
  process.exit(2);
}

const copy = copyRepo('katas-bench');
const work = copy.root;
try {
  const katasDir = join(work, 'katas');
  const real = readdirSync(katasDir)
    .filter((name) => /^\d{3}-/.test(name))
    .sort();
  if (real.length === 0) throw new Error('no katas to copy');
  for (let n = real.length, i = 0; n < target; n += 1, i += 1) {
    const source = real[i % real.length] ?? '';
    cpSync(join(katasDir, source), join(katasDir, `${String(900 - i).padStart(3, '0')}-${source.slice(4)}-copy-${i}`), {
      recursive: true,
    });
  }
  execFileSync(process.execPath, [join(work, 'node_modules/tsx/dist/cli.mjs'), join(work, 'tools/catalog/sync.ts')], {
    cwd: work,
    stdio: 'ignore',
  });
  const trivialTest = "import { expect, it } from 'vitest';\n\nit('adds', () => {\n  expect(1 + 1).toBe(2);\n});\n";
  writeFileSync(join(katasDir, 'trivial.test.ts'), trivialTest);
  // The floor: as many test files as katas, each trivial, under the same config.
  const floorDir = join(work, 'floor');
  mkdirSync(floorDir);
  for (let i = 0; i < target; i += 1) {
    cpSync(join(katasDir, 'trivial.test.ts'), join(floorDir, `t${i}.test.ts`));
  }
  writeFileSync(
    join(work, 'vitest.floor.config.ts'),
    "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({ test: { include: ['floor/*.test.ts'], pool: 'threads', isolate: false } });\n",
  );

  const vitest = join(work, 'node_modules/vitest/vitest.mjs');
  const time = (files: string[], args = ['--project', 'lessons']): number => {
    const start = performance.now();
    const result = spawnSync(process.execPath, [vitest, 'run', ...args, ...files], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    const elapsed = performance.now() - start;
    if (result.status !== 0)
      throw new Error(
        `the suite failed, so it cannot be timed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`,
      );
    return elapsed;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

  const suiteFiles = [...readdirSync(katasDir).filter((d) => /^\d{3}-/.test(d))].length;
  time([]);
  time(['katas/trivial.test.ts']);
  const whole: number[] = [];
  const trivial: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    trivial.push(time(['katas/trivial.test.ts']));
    whole.push(time([]));
    floor.push(time([], ['--config', 'vitest.floor.config.ts']));
  }
  const ratio = median(whole) / median(trivial);
  console.log(
    `katas in the suite:        ${suiteFiles} (${real.length} real, ${suiteFiles - real.length} copies) plus patterns and the meta-test`,
  );
  console.log(`one trivial test file:     median ${median(trivial).toFixed(0)} ms over ${runs} runs`);
  console.log(
    `${String(target).padEnd(2)} trivial test files:     median ${median(floor).toFixed(0)} ms (${(median(floor) / median(trivial)).toFixed(2)}x: the floor of this config on this machine)`,
  );
  console.log(`whole lessons suite:       median ${median(whole).toFixed(0)} ms over ${runs} runs`);
  console.log(
    `ratio:                     ${ratio.toFixed(2)}x (budget: at most 2x) ${ratio <= 2 ? 'within budget' : 'OVER BUDGET'}`,
  );
  process.exitCode = ratio <= 2 ? 0 : 1;
} finally {
  copy.remove();
}
