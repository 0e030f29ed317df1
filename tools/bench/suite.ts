// Benchmark: does `npm test` stay fast as the catalogue grows? In a temporary
// copy of the repo it times, by median wall time over several runs:
// - the whole lessons suite with the real katas, then with renumbered copies of
//   them added up to --katas N;
// - the floor: as many trivial test files as there are katas, under the same
//   config, at both counts;
// - one kata (`npm test -- <slug>`) and one trivial test file, in the lessons project.
// Then it checks the three budgets of issue 13: the whole suite at N katas costs
// at most 3.0x the floor of N trivial files; each kata costs at most 15 ms above
// the floor (the suite's growth per kata minus the floor's); one kata costs at
// most 1.3x one trivial file. It also times, as no budget, trivial files holding
// as many tests as the suite: how much of the suite is vitest's own per-test cost.
//
//   npm run bench -- suite [--runs N] [--katas N] [--slug SLUG]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { copyRepo } from '../testkit/repo-copy.ts';
import { median } from '../testkit/stats.ts';

const usage =
  'usage: npm run bench -- suite [--runs N] [--katas N] [--slug SLUG]   (N: a whole number ≥ 1; SLUG: a kata)';
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    katas: { type: 'string', default: '100' },
    slug: { type: 'string', default: 'late-bound-closures' },
  },
  allowPositionals: true,
});
const runs = Number(values.runs);
const target = Number(values.katas);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(target) || target < 1) {
  console.error(usage);
  process.exit(2);
}

const budgets = { wholeOverFloor: 3.0, marginalMs: 15, oneOverTrivial: 1.3 };
const ms = (x: number) => `${x.toFixed(0)} ms`;
const load = () => loadavg()[0]?.toFixed(2) ?? '?';

const copy = copyRepo('katas-bench');
const work = copy.root;
try {
  const katasDir = join(work, 'katas');
  const kataFolders = () => readdirSync(katasDir).filter((name) => /^\d{3}-/.test(name));
  const real = kataFolders().sort();
  if (real.length === 0) throw new Error('no katas to copy');
  const one = real.find((name) => name.slice(4) === values.slug);
  if (one === undefined) {
    console.error(`no kata with the slug '${values.slug}'\n${usage}`);
    process.exit(2);
  }
  const trivialTest = "import { expect, it } from 'vitest';\n\nit('adds', () => {\n  expect(1 + 1).toBe(2);\n});\n";
  writeFileSync(join(katasDir, 'trivial.test.ts'), trivialTest);

  // The floor: as many trivial test files as katas, under the lessons project's own settings and the root's (reporter, caches).
  const floorDir = join(work, 'floor');
  const floorConfig = join(work, 'vitest.floor.config.ts');
  const config = readFileSync(join(work, 'vitest.config.ts'), 'utf8');
  if (!config.includes("name: 'lessons'")) throw new Error('vitest.config.ts has no lessons project to copy');
  writeFileSync(
    floorConfig,
    "import { defineConfig, mergeConfig } from 'vitest/config';\nimport base from './vitest.config.ts';\n\n" +
      'const lessons = base.test?.projects?.find((p) => typeof p === "object" && "test" in p && p.test?.name === "lessons");\n' +
      'const { projects: _projects, ...shared } = base.test ?? {};\n' +
      "export default defineConfig({ test: { ...shared, ...(lessons as { test: object }).test, name: 'floor', include: ['floor/*.test.ts'], globalSetup: [] } });\n",
  );
  /** `count` trivial test files, each with `tests` trivial tests (run side by side, as a kata's are). */
  const makeFloor = (count: number, tests = 1) => {
    rmSync(floorDir, { recursive: true, force: true });
    mkdirSync(floorDir);
    const many = Array.from(
      { length: tests },
      (_, i) => `  it('adds ${i}', () => {\n    expect(${i} + 1).toBe(${i + 1});\n  });\n`,
    );
    const text =
      tests === 1
        ? trivialTest
        : `import { describe, expect, it } from 'vitest';\n\ndescribe.concurrent('trivial', () => {\n${many.join('')}});\n`;
    for (let i = 0; i < count; i += 1) writeFileSync(join(floorDir, `t${i}.test.ts`), text);
  };

  const vitest = join(work, 'node_modules/vitest/vitest.mjs');
  const time = (args: string[]): number => {
    const start = performance.now();
    const result = spawnSync(process.execPath, [vitest, 'run', ...args], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    const elapsed = performance.now() - start;
    if (result.status !== 0)
      throw new Error(
        `vitest ${args.join(' ')} failed, so it cannot be timed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`,
      );
    return elapsed;
  };
  const whole = ['--project', 'lessons', '--exclude', 'katas/trivial.test.ts'];
  const floor = ['--config', floorConfig];
  /** Median wall times of each command, interleaved run by run so that a change of load touches them all alike. */
  const measure = (commands: Record<string, string[]>): Record<string, number> => {
    for (const args of Object.values(commands)) time(args); // warm: caches, the disk
    const times: Record<string, number[]> = {};
    for (let i = 0; i < runs; i += 1)
      for (const [name, args] of Object.entries(commands)) (times[name] ??= []).push(time(args));
    return Object.fromEntries(Object.entries(times).map(([name, xs]) => [name, median(xs)]));
  };

  console.log(`load average before: ${load()} (2 cores; a figure taken under load is an upper bound)`);
  makeFloor(real.length);
  const small = measure({
    whole,
    floor,
    trivial: ['--project', 'lessons', 'katas/trivial.test.ts'],
    one: ['--project', 'lessons', one.slice(4)],
  });

  for (let n = real.length, i = 0; n < target; n += 1, i += 1) {
    const source = real[i % real.length] ?? '';
    const name = `${String(900 - i).padStart(3, '0')}-${source.slice(4)}-copy-${i}`;
    cpSync(join(katasDir, source), join(katasDir, name), { recursive: true });
  }
  spawnSync(process.execPath, [join(work, 'node_modules/tsx/dist/cli.mjs'), join(work, 'tools/catalog/sync.ts')], {
    cwd: work,
    stdio: 'ignore',
  });
  const count = kataFolders().length;
  makeFloor(count);
  const big = measure({ whole, floor });
  // Not a budget: how much of the suite is vitest's own cost for as many tests as the suite has.
  const counted = spawnSync(process.execPath, [vitest, 'run', ...whole], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  const tests = Number(/Tests\s+(\d+) passed/.exec(stripVTControlCharacters(counted.stdout))?.[1] ?? Number.NaN);
  makeFloor(count, Math.ceil(tests / count));
  const manyTests = Number.isNaN(tests) ? Number.NaN : (measure({ floor }).floor ?? Number.NaN);

  const ratio = (big.whole ?? 0) / (big.floor ?? 1);
  const growth = count > real.length ? ((big.whole ?? 0) - (small.whole ?? 0)) / (count - real.length) : Number.NaN;
  const floorGrowth =
    count > real.length ? ((big.floor ?? 0) - (small.floor ?? 0)) / (count - real.length) : Number.NaN;
  const marginal = growth - floorGrowth;
  const oneRatio = (small.one ?? 0) / (small.trivial ?? 1);
  const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

  console.log(`medians over ${runs} runs each; load average after: ${load()}`);
  console.log(`katas:                      ${real.length} real; ${count} with ${count - real.length} copies`);
  console.log(
    `whole lessons suite:        ${ms(small.whole ?? 0)} at ${real.length} katas, ${ms(big.whole ?? 0)} at ${count}`,
  );
  console.log(
    `floor (trivial files):      ${ms(small.floor ?? 0)} for ${real.length}, ${ms(big.floor ?? 0)} for ${count}`,
  );
  console.log(`one kata (${values.slug}): ${ms(small.one ?? 0)}; one trivial file: ${ms(small.trivial ?? 0)}`);
  console.log(
    `(not a budget) ${count} trivial files with the suite's ${tests} tests between them: ${ms(manyTests)}, ${(manyTests / (big.floor ?? 1)).toFixed(2)}x the floor`,
  );
  console.log(
    `1. whole suite / floor at ${count}: ${ratio.toFixed(2)}x (budget ${budgets.wholeOverFloor}x) ${verdict(ratio <= budgets.wholeOverFloor)}`,
  );
  console.log(
    `2. cost per kata above the floor: ${marginal.toFixed(1)} ms (suite ${growth.toFixed(1)} ms per kata, floor ${floorGrowth.toFixed(1)} ms per file; budget ${budgets.marginalMs} ms) ${verdict(marginal <= budgets.marginalMs)}`,
  );
  console.log(
    `3. one kata / one trivial file: ${oneRatio.toFixed(2)}x (budget ${budgets.oneOverTrivial}x) ${verdict(oneRatio <= budgets.oneOverTrivial)}`,
  );
  const met = ratio <= budgets.wholeOverFloor && marginal <= budgets.marginalMs && oneRatio <= budgets.oneOverTrivial;
  process.exitCode = met ? 0 : 1;
} finally {
  copy.remove();
}
