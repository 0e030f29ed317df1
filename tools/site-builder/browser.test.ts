import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { blocksWith, implementationFiles, loadKatas, readPatterns, wrongFixName, type Kata } from '#catalog/catalog.ts';
import { buildDocs, siteDir, siteIsFresh } from './build.ts';
import { pagesDir } from './pages.ts';
import { withoutTrapComments } from './shown.ts';
import { repoRoot } from '#kit/paths.ts';
import { median } from '../testkit/stats.ts';

const executablePath = '/usr/bin/chromium';
const noBrowser = existsSync(executablePath)
  ? undefined
  : `${executablePath} is missing, so the docs site is not tested in a browser (apt-get install chromium, as .ci/run does)`;

const katas = loadKatas();
const patterns = readPatterns().patterns;
const landing = pathToFileURL(join(siteDir, 'index.html')).href;
/** Screenshots of a kata page for a person to look at; .site-src/ is git-ignored. */
export const screenshotsDir = join(pagesDir, 'screenshots');

let context: BrowserContext | undefined;
let profile: string | undefined;

beforeAll(async () => {
  if (noBrowser !== undefined) return;
  if (!siteIsFresh()) await buildDocs({ quiet: true });
  profile = mkdtempSync(join(tmpdir(), 'docs-browser-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    offline: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

/** A fresh page that records every failed request, request off the file system, console error and uncaught error. */
async function openPage(test: TestContext, width = 1280): Promise<{ page: Page; problems: string[] } | undefined> {
  if (noBrowser !== undefined || context === undefined) {
    test.skip(noBrowser ?? 'the browser did not start');
    return undefined;
  }
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const problems: string[] = [];
  page.on('request', (request) => {
    const { protocol } = new URL(request.url());
    if (!['file:', 'data:', 'blob:'].includes(protocol)) problems.push(`request off the file system: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '?';
    // A kata page starts its next try-it worker from a blob: at once; leaving the page first aborts that load.
    if (request.url().startsWith('blob:') && error === 'net::ERR_ABORTED') return;
    problems.push(`failed request: ${request.url()} (${error})`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  return { page, problems };
}

/** The page has loaded and typedoc's scripts have drawn the navigation. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.locator('#tsd-nav-container li').first().waitFor({ state: 'attached' });
}

/** The text of each code block shown for a file on the current page, keyed by the file's name. */
async function shownFiles(page: Page): Promise<Map<string, string>> {
  const shown = new Map<string, string>();
  for (const block of await page.locator('[data-file]').all()) {
    const region = await block.getAttribute('data-region');
    const name = `${(await block.getAttribute('data-file')) ?? ''}${region === null ? '' : `#${region}`}`;
    // typedoc breaks a run of backticks with a zero-width space so the fence survives
    const code = (await block.locator('pre code').innerText()).replaceAll('\u200B', '').trimEnd();
    expect(shown.has(name), `${name} is shown once`).toBe(false);
    shown.set(name, code);
  }
  return shown;
}

const onDisk = (file: string) => readFileSync(file, 'utf8').trimEnd();

/** What a kata page shows of each file: the question's files without their trap comments, the others as they are. */
function kataFiles(kata: Kata): Map<string, string> {
  const question = [kata.files.predict, ...implementationFiles(kata.files.broken)];
  const shownInReadme = kata.doc.sections.flatMap((s) => s.blocks.flatMap((b) => b.attrs.file ?? []));
  const files = [
    ...question,
    ...implementationFiles(kata.files.fixed),
    ...(kata.files.python === undefined ? [] : [kata.files.python]),
    ...shownInReadme.map((f) => join(kata.dir, f)).filter((f) => !question.includes(f)),
  ];
  return new Map(
    files.map((f) => [
      relative(kata.dir, f),
      question.includes(f) ? withoutTrapComments(onDisk(f)).trimEnd() : onDisk(f),
    ]),
  );
}

/** Opens a kata's page from the landing page's catalogue. */
async function openKata(page: Page, kata: Kata): Promise<void> {
  await page.goto(landing);
  await settled(page);
  await page
    .getByRole('link', { name: `${kata.id} ${kata.meta.title}`, exact: true })
    .first()
    .click();
  await settled(page);
}

/** Every page of the site. */
function sitePages(): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => pathToFileURL(join(siteDir, f)).href);
}

/** Puts `code` in the try-it editor, through the page's window.kataTry. */
async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    const api = (globalThis as { kataTry?: { setCode(text: string): void } }).kataTry;
    if (api === undefined) throw new Error('the page has no window.kataTry');
    api.setCode(text);
  }, code);
}

/** Clicks Check with `code` in the editor and returns whether it passed, the verdict and how long it took. */
async function check(page: Page, code: string): Promise<{ passed: boolean; text: string; ms: number }> {
  await setCode(page, code);
  const verdict = page.locator('[data-try="verdict"]');
  await page.locator('[data-try="check"]').click();
  await verdict.and(page.locator('[data-passed]')).waitFor();
  return {
    passed: (await verdict.getAttribute('data-passed')) === 'true',
    text: await verdict.innerText(),
    ms: Number(await verdict.getAttribute('data-ms')),
  };
}

async function run(page: Page, code: string): Promise<string> {
  await setCode(page, code);
  const output = page.locator('[data-try="output"]');
  await page.locator('[data-try="run"]').click();
  await output.and(page.locator('[data-printed]')).waitFor();
  return (await output.getAttribute('data-printed')) ?? '';
}

/**
 * What predict.ts prints in the page, from what npm test pins. The trainer
 * bundles predict.ts and broken.ts into one module with esbuild, which renames
 * an inner variable that shadows an outer one; the page runs them as separate
 * modules, as Node does, and kata 011's README says what Node prints then.
 */
function expectedInPage(kata: Kata, output: 'broken' | 'fixed'): string {
  const pinned = blocksWith(kata.doc, 'output', output)[0]?.code ?? '';
  return kata.name === '011-read-before-declaration' ? pinned.replaceAll("'currency2'", "'currency'") : pinned;
}

describe('the docs site in a browser', () => {
  it('opens the landing page with the catalogue, each kata with its badge and tags, and filters it by tag in the page', async (test) => {
    const opened = await openPage(test);
    if (opened === undefined) return;
    const { page, problems } = opened;
    await page.goto(landing);
    await settled(page);
    const entries = page.locator('[data-catalogue="katas"] li');
    expect(await entries.locator('a').allInnerTexts()).toEqual(katas.map((k) => `${k.id} ${k.meta.title}`));
    expect(await entries.locator('.badge').allInnerTexts()).toEqual(katas.map((k) => k.meta.difficulty));
    const first = await page.locator('[data-catalogue="katas"]').boundingBox();
    const install = await page.locator('h2', { hasText: 'Start' }).boundingBox();
    expect(first?.y ?? Infinity).toBeLessThan(install?.y ?? 0);

    const tag = katas[0]?.meta.tags[0] ?? '';
    await page.locator('.tag-filter button', { hasText: tag }).first().click();
    const visible = await entries.filter({ visible: true }).locator('a').allInnerTexts();
    expect(visible).toEqual(katas.filter((k) => k.meta.tags.includes(tag)).map((k) => `${k.id} ${k.meta.title}`));
    await page.locator('.tag-filter button[data-tag=""]').click();
    expect(await entries.filter({ visible: true }).count()).toBe(katas.length);
    expect(problems).toEqual([]);
  });

  it('follows the catalogue to a kata page whose answer, hints and wrong fixes start folded, and saves screenshots', async (test) => {
    const opened = await openPage(test);
    if (opened === undefined) return;
    const { page, problems } = opened;
    const kata = katas[0];
    if (kata === undefined) throw new Error('there is no kata to follow');
    await page.goto(landing);
    await settled(page);
    await page
      .getByRole('link', { name: `${kata.id} ${kata.meta.title}`, exact: true })
      .first()
      .click();
    await settled(page);
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(kata.meta.title);

    const folds = page.locator('.col-content details');
    expect(await folds.count()).toBe(1 + kata.meta.hints.length + kata.files.wrongFixes.length + 1);
    for (const fold of await folds.all()) expect(await fold.getAttribute('open')).toBeNull();
    const fixed = page.locator('[data-file="fixed.ts"]');
    await expect.poll(() => fixed.isVisible()).toBe(false);

    mkdirSync(screenshotsDir, { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator('h2', { hasText: 'Predict the output' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshotsDir, `kata-question-${width}.png`) });
    }
    await page.locator('details.answer > summary').click();
    await expect.poll(() => page.locator('pre.diff').first().isVisible()).toBe(true);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator('details.answer > summary').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshotsDir, `kata-answer-${width}.png`) });
    }
    expect(problems).toEqual([]);
  });

  it('shows every kata page with predict.ts and broken.ts without trap comments, and fixed.ts and original.py as on disk', async (test) => {
    const opened = await openPage(test);
    if (opened === undefined) return;
    const { page, problems } = opened;
    for (const kata of katas) {
      await openKata(page, kata);
      for (const summary of await page.locator('.col-content details > summary').all()) await summary.click();
      expect(Object.fromEntries(await shownFiles(page)), kata.name).toEqual(Object.fromEntries(kataFiles(kata)));
      const caughtBy = page.locator('.col-content p', { hasText: 'Caught by:' });
      const [links, words] = [await caughtBy.innerHTML(), await caughtBy.innerText()];
      for (const catcher of kata.meta.catches) {
        if ('lint' in catcher)
          expect(links, kata.name).toMatch(/href="https:\/\/(eslint\.org|typescript-eslint\.io|github\.com)/);
        expect(words, kata.name).toContain(Object.values(catcher)[0]);
      }
    }
    expect(problems).toEqual([]);
  });

  describe('try it', () => {
    const latencies: number[] = [];
    afterAll(() => {
      if (latencies.length > 0)
        console.log(`try it: Check click→verdict, median ${median(latencies)} ms over ${latencies.length} checks`);
    });

    for (const kata of katas) {
      it(`${kata.name}: Check fails broken.ts and every wrong fix, passes fixed.ts, and Run prints what npm test pins`, async (test) => {
        const opened = await openPage(test);
        if (opened === undefined) return;
        const { page, problems } = opened;
        await openKata(page, kata);
        const elsewhere = page.locator('[data-try="unsupported"]');
        if ((await elsewhere.count()) > 0) {
          // The page must say plainly that Check runs in the trainer, and why.
          expect(await elsewhere.innerText()).toMatch(/run in the trainer, not in the page, because .{40,}/);
          expect(await page.locator('[data-try="check"]').count()).toBe(0);
          expect(problems).toEqual([]);
          return;
        }
        await page.locator('[data-try="editor"] .cm-content').waitFor();
        const broken = await check(page, withoutTrapComments(readFileSync(kata.files.broken, 'utf8')));
        expect(broken.passed, broken.text).toBe(false);
        expect(broken.text).toMatch(/^✘ Not solved yet: broken\.ts fails \d+ of \d+ checks?\./);
        const fixed = await check(page, readFileSync(kata.files.fixed, 'utf8'));
        expect(fixed.passed, fixed.text).toBe(true);
        expect(fixed.text).toMatch(/^✔ Solved: broken\.ts passes all \d+ checks?\./);
        latencies.push(broken.ms, fixed.ms);
        for (const wrong of kata.files.wrongFixes) {
          const verdict = await check(page, readFileSync(wrong, 'utf8'));
          expect(verdict.passed, `${wrongFixName(wrong)}: ${verdict.text}`).toBe(false);
          latencies.push(verdict.ms);
        }
        expect(await run(page, readFileSync(kata.files.broken, 'utf8'))).toBe(expectedInPage(kata, 'broken'));
        expect(await run(page, readFileSync(kata.files.fixed, 'utf8'))).toBe(expectedInPage(kata, 'fixed'));
        await page.locator('[data-try="reset"]').click();
        expect(await page.locator('[data-try="verdict"]').isHidden()).toBe(true);
        expect(problems).toEqual([]);
      });
    }

    it('stops code that never ends at the time limit, as the trainer does', async (test) => {
      const opened = await openPage(test);
      if (opened === undefined) return;
      const { page, problems } = opened;
      const kata = katas.find((k) => k.name === '002-late-bound-closures') ?? katas[0];
      if (kata === undefined) throw new Error('there is no kata');
      await openKata(page, kata);
      const stuck = `${readFileSync(kata.files.fixed, 'utf8')}\nwhile (true) {}\n`;
      const verdict = await check(page, stuck);
      expect(verdict.passed).toBe(false);
      expect(verdict.text).toMatch(/^✘ Stopped after 2000 ms while loading the file: the code did not finish\./);
      expect(problems).toEqual([]);
    });
  });

  it('shows every pattern page with its code as it is on disk, and its API page links back to it', async (test) => {
    const opened = await openPage(test);
    if (opened === undefined) return;
    const { page, problems } = opened;
    for (const pattern of patterns) {
      await page.goto(landing);
      await settled(page);
      await page.getByRole('link', { name: pattern.meta.title, exact: true }).first().click();
      await settled(page);
      const files = [...pattern.files.insteadOf, pattern.files.index];
      const shown = await shownFiles(page);
      for (const file of files)
        expect(shown.get(relative(pattern.dir, file)), relative(repoRoot, file)).toBe(onDisk(file));
      // A region the README shows is the README's block, which npm run sync keeps equal to the lines on disk.
      for (const block of pattern.doc.sections.flatMap((s) => s.blocks)) {
        if (block.attrs.region === undefined) continue;
        const key = `${block.attrs.file ?? ''}#${block.attrs.region}`;
        expect(shown.get(key)?.trimEnd(), key).toBe(block.code.trimEnd());
      }
      await page.getByRole('link', { name: pattern.slug, exact: true }).first().click();
      await settled(page);
      await expect.poll(() => page.locator('h1').first().innerText()).toContain(pattern.slug);
      await page.locator('.back-to-pattern a').click();
      await settled(page);
      await expect.poll(() => page.locator('h1').first().innerText()).toBe(pattern.meta.title);
    }
    expect(problems).toEqual([]);
  });

  it('ranks first, for each tag and lint rule of a kata, a page that carries it', async (test) => {
    const opened = await openPage(test);
    if (opened === undefined) return;
    const { page, problems } = opened;
    await page.goto(landing);
    await settled(page);
    const carriers = new Map<string, string[]>();
    for (const entry of [...katas, ...patterns]) {
      const title = 'id' in entry ? `${entry.id} ${entry.meta.title}` : entry.meta.title;
      const rules = entry.meta.catches.flatMap((c) => ('lint' in c ? [c.lint] : []));
      for (const word of [...entry.meta.tags, ...rules]) carriers.set(word, [...(carriers.get(word) ?? []), title]);
    }
    await page.locator('#tsd-search-trigger').click();
    for (const [word, titles] of [...carriers].filter(([, t]) => t.some((title) => /^\d{3} /.test(title)))) {
      // Clearing the query clears the results, so the first hit read below is this word's.
      await page.locator('#tsd-search-input').fill('');
      await expect.poll(() => page.locator('#tsd-search-results li').count()).toBe(0);
      await page.locator('#tsd-search-input').fill(word);
      const first = page.locator('#tsd-search-results li').first();
      await first.waitFor();
      await expect
        .poll(async () => (await first.innerText()).trim(), { message: `the first hit for "${word}"` })
        .toBeOneOf(titles);
    }
    expect(problems).toEqual([]);
  });

  it('loads every page with no request off the file system, no console error, and no sideways scroll at 390 px', async (test) => {
    const opened = await openPage(test, 390);
    if (opened === undefined) return;
    const { page, problems } = opened;
    const wide: string[] = [];
    for (const url of sitePages()) {
      await page.goto(url);
      await settled(page);
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      if (width > 390) wide.push(`${relative(siteDir, new URL(url).pathname)}: ${width} px`);
    }
    expect(wide).toEqual([]);
    expect(problems).toEqual([]);
  });
});
