// Benchmark: how long from saving a practice file to seeing its verdict?
// Starts the real trainer (`practice 002`) in a temporary copy of the repo,
// saves the practice file again and again, alternating a wrong fix and the
// right one, and times each save until the verdict is printed. The budget
// from the trainer issue is a median of at most 250 ms.
//
//   npx tsx tools/bench/trainer.ts [--saves N] [--mode events|poll|both]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { copyRepo, kataName, Session } from '../trainer/testkit.ts';
import { quantile } from '../testkit/stats.ts';

const budgetMs = 250;
const usage =
  'usage: npx tsx tools/bench/trainer.ts [--saves N] [--mode events|poll|both]   (N: a whole number from 5 to 1000)';
let values: { saves: string; mode: string };
try {
  values = parseArgs({
    options: { saves: { type: 'string', default: '40' }, mode: { type: 'string', default: 'both' } },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const saves = Number(values.saves);
const modes = values.mode === 'both' ? ['events', 'poll'] : [values.mode];
if (!Number.isInteger(saves) || saves < 5 || saves > 1000 || !modes.every((m) => m === 'events' || m === 'poll')) {
  console.error(usage);
  process.exit(2);
}

async function measure(mode: string): Promise<{ median: number; line: string }> {
  const copy = copyRepo();
  const session = new Session(copy, ['practice', '002', ...(mode === 'poll' ? ['--poll'] : [])]);
  try {
    const kata = (file: string) => readFileSync(copy.path('katas', kataName, file), 'utf8');
    const versions = [kata('wrong-fixes/let-outside-loop.ts'), kata('fixed.ts')];
    await session.verdict(1, 120_000);
    const warmUp = 3;
    const total: number[] = [];
    const inTrainer: number[] = [];
    for (let i = 0; i < warmUp + saves; i++) {
      const n = i + 2;
      const mark = session.stdout.length;
      const started = performance.now();
      writeFileSync(copy.path('practice', `${kataName}.ts`), `${versions[i % 2] ?? ''}// save ${i}\n`);
      const text = await session.waitFor(
        new RegExp(`── check ${n} · .* · (\\d+) ms ──[\\s\\S]*?\\nKeys:`),
        mark,
        30_000,
      );
      const elapsed = performance.now() - started;
      const expected = i % 2 === 0 ? '✘ Not solved yet' : '✔ Solved';
      if (!text.includes(expected)) throw new Error(`save ${i} got the wrong verdict:\n${text}`);
      if (i < warmUp) continue;
      total.push(elapsed);
      inTrainer.push(Number(/ · (\d+) ms ──/.exec(text)?.[1]));
    }
    session.send('q');
    await session.exited;
    const median = quantile(total, 0.5);
    const line = `${mode.padEnd(6)}  median ${median.toFixed(0)} ms  p90 ${quantile(total, 0.9).toFixed(0)} ms  min ${quantile(total, 0).toFixed(0)} ms  max ${quantile(total, 1).toFixed(0)} ms  (check itself: median ${quantile(inTrainer, 0.5)} ms)`;
    return { median, line };
  } finally {
    await session.kill();
    copy.remove();
  }
}

console.log(
  `Save-to-verdict in the watch loop, ${saves} saves per mode after 3 warm-up saves (budget: median ≤ ${budgetMs} ms)`,
);
let over = false;
for (const mode of modes) {
  const { median, line } = await measure(mode);
  console.log(line);
  over ||= median > budgetMs;
}
console.log(
  over ? `OVER BUDGET: a median is above ${budgetMs} ms.` : `Within budget: every median is at most ${budgetMs} ms.`,
);
process.exit(over ? 1 : 0);
