// Benchmark: where does `npm run check` spend its time? Runs each stage of the
// `check` script in package.json (the commands joined by &&) on its own, in this
// repo, and prints its wall time, then the total. The last stage, vitest, is
// also reported file by file: the ten slowest test files.
//
//   npm run bench -- stages
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from '#kit/paths.ts';

const scripts = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;
const check = scripts.check;
if (check === undefined) throw new Error('package.json has no check script');
const stages = check.split(' && ').map((s) => s.trim());
const scratch = mkdtempSync(join(tmpdir(), 'gotcha-stages-'));
const report = join(scratch, 'vitest.json');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

try {
  let total = 0;
  for (const stage of stages) {
    // vitest also writes a JSON report beside its own, to tell the slow files apart.
    const command = stage.startsWith('vitest')
      ? `npx ${stage} --reporter=default --reporter=json --outputFile.json=${report}`
      : stage.startsWith('npm ')
        ? stage
        : `npx ${stage}`;
    const start = performance.now();
    const result = spawnSync(command, {
      cwd: repoRoot,
      shell: true,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    const elapsed = performance.now() - start;
    total += elapsed;
    if (result.status !== 0) {
      console.error(
        `${stage} failed, so it cannot be timed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
      );
      process.exit(1);
    }
    console.log(`${seconds(elapsed).padStart(8)}  ${stage}`);
  }
  console.log(`${seconds(total).padStart(8)}  npm run check, all stages`);
  const files = (
    JSON.parse(readFileSync(report, 'utf8')) as { testResults: { name: string; startTime: number; endTime: number }[] }
  ).testResults
    .map((t) => ({ file: relative(repoRoot, t.name), ms: t.endTime - t.startTime }))
    .sort((a, b) => b.ms - a.ms);
  console.log('slowest test files (their own wall time; files run side by side):');
  for (const { file, ms } of files.slice(0, 10)) console.log(`${seconds(ms).padStart(8)}  ${file}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
