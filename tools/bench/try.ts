// Benchmark: the docs' "try it". Is the code a kata page loads for it at most
// 2 MB uncompressed, and does Check answer within 300 ms (median, click to
// verdict, after the page has loaded)? Builds the site if it is stale, then
// clicks Check on every kata page that has it, with broken.ts and fixed.ts.
//
//   npm run bench -- try [--runs N]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { loadKatas } from '#catalog/catalog.ts';
import { buildDocs, siteDir, siteIsFresh } from '../site-builder/build.ts';
import { quantile } from '../testkit/stats.ts';

const weightBudget = 2 * 1024 * 1024;
const latencyBudgetMs = 300;
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } }, allowPositionals: true });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench -- try [--runs N]   (N: a whole number ≥ 1)');
  process.exit(2);
}

if (!siteIsFresh()) await buildDocs({ quiet: true });
const tryDir = join(siteDir, 'assets', 'try');
const runtime = statSync(join(tryDir, 'try-it.js')).size;
const perKata = readdirSync(tryDir)
  .filter((f) => f !== 'try-it.js')
  .map((f) => statSync(join(tryDir, f)).size);
const heaviest = runtime + Math.max(0, ...perKata);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
const times: number[] = [];
const documents = readdirSync(join(siteDir, 'documents'));
for (const kata of loadKatas()) {
  const file = documents.find((f) => f.startsWith(`${kata.id}_`));
  if (file === undefined) continue;
  await page.goto(pathToFileURL(join(siteDir, 'documents', file)).href);
  if ((await page.locator('[data-try="check"]').count()) === 0) continue;
  await page.locator('[data-try="editor"] .cm-content').waitFor();
  for (let i = 0; i < runs; i += 1) {
    for (const code of [readFileSync(kata.files.broken, 'utf8'), readFileSync(kata.files.fixed, 'utf8')]) {
      await page.evaluate((text) => {
        (globalThis as { kataTry?: { setCode(t: string): void } }).kataTry?.setCode(text);
      }, code);
      await page.locator('[data-try="check"]').click();
      const verdict = page.locator('[data-try="verdict"][data-passed]');
      await verdict.waitFor();
      times.push(Number(await verdict.getAttribute('data-ms')));
    }
  }
}
await browser.close();

const median = quantile(times, 0.5);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
console.log(`try it: the runtime is ${mb(runtime)}; with the heaviest kata's code a page loads ${mb(heaviest)}`);
console.log(`  (budget: at most ${mb(weightBudget)}) ${heaviest <= weightBudget ? 'within budget' : 'OVER BUDGET'}`);
console.log(
  `Check, click to verdict: median ${median} ms over ${times.length} checks, slowest ${quantile(times, 1)} ms`,
);
console.log(`  (budget: at most ${latencyBudgetMs} ms) ${median <= latencyBudgetMs ? 'within budget' : 'OVER BUDGET'}`);
process.exitCode = heaviest <= weightBudget && median <= latencyBudgetMs ? 0 : 1;
