// Benchmark: how long does the interviewer's `check` take, and what does the
// sandbox cost? In a temporary copy of the repo it times:
//   - a cold `check 004 <file>`: the whole CLI, from start to exit (budget: median ≤ 1.5 s);
//   - one `check 004 <folder>` of 30 files (budget: ≤ 10 s);
//   - the containment in the watch loop: a check's run in a started, locked-down
//     child process, against the same spec run in this process with no sandbox
//     (budget: the difference, median, ≤ 50 ms).
// The watch loop's save-to-verdict is `npm run bench -- trainer`.
//
//   npx tsx tools/bench/check.ts [--runs N]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readKatas } from '#catalog/catalog.ts';
import { loader } from '#kit/runner.ts';
import { runSpec, type Spec } from '#kit/spec.ts';
import { copyRepo } from '../testkit/repo-copy.ts';
import { Sandbox, defaultSandbox } from '../trainer/sandbox.ts';
import { median } from '../testkit/stats.ts';

const usage = 'usage: npx tsx tools/bench/check.ts [--runs N]   (N: a whole number from 3 to 100)';
let runs: number;
try {
  runs = Number(parseArgs({ options: { runs: { type: 'string', default: '7' } } }).values.runs);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (!Number.isInteger(runs) || runs < 3 || runs > 100) {
  console.error(usage);
  process.exit(2);
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

function timeCli(root: string, args: string[]): Promise<{ ms: number; code: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/trainer/cli.ts', ...args], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, INIT_CWD: root },
  });
  return new Promise((done) => child.on('close', (code) => done({ ms: performance.now() - started, code })));
}

const kataDir = 'katas/004-list-aliasing';
const copy = copyRepo('gotcha-bench-check', (f) => !f.startsWith('katas/') || f.startsWith(`${kataDir}/`));
let over = false;
try {
  const answers = ['fixed.ts', 'broken.ts', 'wrong-fixes/slice-copy.ts'].map((f) =>
    readFileSync(copy.path(kataDir, f), 'utf8'),
  );
  for (let i = 0; i < 30; i++) copy.write(`round/candidate-${i}.ts`, answers[i % answers.length] ?? '');

  const cold: number[] = [];
  await timeCli(copy.root, ['check', '004', 'round/candidate-0.ts']);
  for (let i = 0; i < runs; i++) cold.push((await timeCli(copy.root, ['check', '004', 'round/candidate-0.ts'])).ms);
  const coldMedian = median(cold);
  console.log(
    `cold check of one file, ${runs} runs: median ${ms(coldMedian)}, min ${ms(Math.min(...cold))}, max ${ms(Math.max(...cold))} (budget ≤ 1500 ms)`,
  );
  over ||= coldMedian > 1500;

  const batch = await timeCli(copy.root, ['check', '004', 'round']);
  console.log(`one check of 30 files: ${ms(batch.ms)}, exit ${batch.code} (budget ≤ 10000 ms)`);
  over ||= batch.ms > 10_000;

  const kata = readKatas().katas.find((k) => k.id === '004');
  if (kata === undefined) throw new Error('kata 004 is missing');
  const sandbox = new Sandbox({ ...defaultSandbox, warm: true });
  const [spec, subject] = await Promise.all([sandbox.bundle(kata.files.spec), sandbox.bundle(kata.files.fixed)]);
  const contained: number[] = [];
  const direct: number[] = [];
  const specLoader = loader<{ default: Spec<unknown> }>(kata.files.spec);
  const subjectLoader = loader<unknown>(kata.files.fixed);
  for (let i = 0; i < runs * 3 + 3; i++) {
    await sandbox.warm();
    // The watch loop starts the next child ahead, while the learner types; so does this.
    await new Promise((done) => setTimeout(done, 150));
    let started = performance.now();
    const outcome = await sandbox.runJob({ spec, subject, imports: [] });
    if (outcome.kind !== 'done' || !outcome.report.checks.every((c) => c.passed)) throw new Error('the check failed');
    const inSandbox = performance.now() - started;
    started = performance.now();
    const results = await runSpec((await specLoader()).default, subjectLoader);
    if (!results.every((r) => r.passed)) throw new Error('the direct check failed');
    const inProcess = performance.now() - started;
    if (i < 3) continue;
    contained.push(inSandbox);
    direct.push(inProcess);
  }
  await sandbox.close();
  const cost = median(contained) - median(direct);
  console.log(
    `watch loop, one check: ${ms(median(contained))} in a started sandbox, ${ms(median(direct))} in process; containment costs ${ms(cost)} (budget ≤ 50 ms)`,
  );
  over ||= cost > 50;
} finally {
  copy.remove();
}
console.log(over ? 'OVER BUDGET.' : 'Within budget.');
process.exit(over ? 1 : 0);
