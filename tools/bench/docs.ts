// Benchmark: does `npm run docs` build the site within 5 s? Runs the docs
// build as a fresh process several times (bundling the build script, page
// generation, typedoc's conversion of the patterns' API, rendering) and
// prints the median wall time.
//
//   npm run bench -- docs [--runs N]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '#kit/paths.ts';
import { median } from '../testkit/stats.ts';

const budgetMs = 5000;
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } }, allowPositionals: true });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench -- docs [--runs N]   (N: a whole number ≥ 1)');
  process.exit(2);
}

const run = join(repoRoot, 'tools/site-builder/run.js');
const time = (): number => {
  const start = performance.now();
  const result = spawnSync(process.execPath, [run], { cwd: repoRoot, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    console.error(
      `the docs build failed, so it cannot be timed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
    );
    process.exit(1);
  }
  return elapsed;
};

time();
const times: number[] = [];
for (let i = 0; i < runs; i += 1) times.push(time());
const middle = median(times);
console.log(`docs build (node tools/site-builder/run.js, what npm run docs runs), ${runs} runs after one warm-up`);
console.log(`each:    ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}`);
console.log(
  `median:  ${(middle / 1000).toFixed(2)} s (budget: at most ${budgetMs / 1000} s) ${middle <= budgetMs ? 'within budget' : 'OVER BUDGET'}`,
);
process.exitCode = middle <= budgetMs ? 0 : 1;
