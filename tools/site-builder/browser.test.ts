import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { implementationFiles, loadKatas, readPatterns, type Kata } from '#catalog/catalog.ts';
import { plainText } from '#catalog/markdown.ts';
import { buildDocs, siteDir, siteIsFresh } from './build.ts';
import { repoRoot } from '#kit/paths.ts';

const executablePath = '/usr/bin/chromium';
const noBrowser = existsSync(executablePath)
  ? undefined
  : `${executablePath} is missing, so the docs site is not tested in a browser (apt-get install chromium, as .ci/run does)`;

const katas = loadKatas();
const patterns = readPatterns().patterns;
const landing = pathToFileURL(join(siteDir, 'index.html')).href;

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
async function openPage(test: TestContext): Promise<{ page: Page; problems: string[] } | undefined> {
  if (noBrowser !== undefined || context === undefined) {
    test.skip(noBrowser ?? 'the browser did not start');
    return undefined;
  }
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('request', (request) => {
    const { protocol } = new URL(request.url());
    if (protocol !== 'file:' && protocol !== 'data:') problems.push(`request off the file system: ${request.url()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`failed request: ${request.url()} (${request.failure()?.errorText ?? '?'})`),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  return { page, problems };
}

/** The page has loaded and typedoc's scripts have drawn the navigation. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.locator('#tsd-nav-container li').first().waitFor();
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

function kataFiles(kata: Kata): Map<string, string> {
  const shownInReadme = kata.doc.sections.flatMap((s) => s.blocks.flatMap((b) => b.attrs.file ?? []));
  const files = [
    kata.files.predict,
    ...implementationFiles(kata.files.broken),
    ...implementationFiles(kata.files.fixed),
    ...(kata.files.python === undefined ? [] : [kata.files.python]),
    ...shownInReadme.map((f) => join(kata.dir, f)),
  ];
  return new Map(files.map((f) => [relative(kata.dir, f), onDisk(f)]));
}

describe('the docs site in a browser', () => {
  it('indexes every kata and pattern on the landing page, from front matter', async (test) => {
    const opened = await openPage(test);
    if (opened === undefined) return;
    const { page, problems } = opened;
    await page.goto(landing);
    await settled(page);
    const rows = await page.locator('table:has(th:text-is("kata")) tbody tr').all();
    const kataRows = await Promise.all(
      rows.map(async (row) => (await row.locator('td').allInnerTexts()).map((cell) => cell.trim())),
    );
    expect(kataRows).toEqual(
      katas.map((k) => [k.id, k.meta.title, plainText(k.doc.hook), k.meta.difficulty, k.meta.tags.join(', ')]),
    );
    const patternLinks = await page.locator('table:has(th:text-is("pattern")) tbody tr td:first-child').allInnerTexts();
    expect(patternLinks).toEqual(patterns.map((p) => p.meta.title));
    await expect.poll(() => page.locator('#tsd-nav-container').innerText()).toContain('Katas');
    expect(problems).toEqual([]);
  });

  it('follows the index to a kata page, opens the folded answer, and shows broken.ts and fixed.ts as they are on disk', async (test) => {
    const opened = await openPage(test);
    if (opened === undefined) return;
    const { page, problems } = opened;
    const kata = katas[0];
    if (kata === undefined) throw new Error('there is no kata to follow');
    await page.goto(landing);
    await settled(page);
    await page.getByRole('link', { name: kata.meta.title, exact: true }).first().click();
    await settled(page);
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(kata.meta.title);

    const fixed = page.locator('[data-file="fixed.ts"]');
    const answer = page.locator('details', { has: fixed });
    await expect.poll(() => fixed.isVisible()).toBe(false);
    await answer.locator('summary').click();
    await expect.poll(() => fixed.isVisible()).toBe(true);
    expect(await answer.locator('summary').innerText()).toBe('Show the answer');

    const shown = await shownFiles(page);
    expect(shown.get('broken.ts')).toBe(onDisk(kata.files.broken));
    expect(shown.get('fixed.ts')).toBe(onDisk(kata.files.fixed));
    expect(problems).toEqual([]);
  });

  it('shows every kata page with predict.ts, broken.ts, fixed.ts and original.py as they are on disk', async (test) => {
    const opened = await openPage(test);
    if (opened === undefined) return;
    const { page, problems } = opened;
    for (const kata of katas) {
      await page.goto(landing);
      await settled(page);
      await page.getByRole('link', { name: kata.meta.title, exact: true }).first().click();
      await settled(page);
      for (const summary of await page.locator('.col-content details > summary').all()) await summary.click();
      expect(Object.fromEntries(await shownFiles(page)), kata.name).toEqual(Object.fromEntries(kataFiles(kata)));
      const caught = await page.locator('table:has(th:text-is("caught by")) td:last-child').innerText();
      for (const catcher of kata.meta.catches) expect(caught, kata.name).toContain(Object.values(catcher)[0]);
    }
    expect(problems).toEqual([]);
  });

  it('shows every pattern page with its code as it is on disk, linked to its API reference', async (test) => {
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
    }
    expect(problems).toEqual([]);
  });

  it('finds a kata with the site search', async (test) => {
    const opened = await openPage(test);
    if (opened === undefined) return;
    const { page, problems } = opened;
    const kata = katas.at(-1);
    if (kata === undefined) throw new Error('there is no kata to search for');
    await page.goto(landing);
    await settled(page);
    await page.locator('#tsd-search-trigger').click();
    await page.locator('#tsd-search-input').fill(kata.meta.title);
    const hit = page.locator('#tsd-search-results li a', { hasText: `${kata.id} ${kata.meta.title}` });
    await hit.first().click();
    await settled(page);
    await expect.poll(() => page.locator('h1').first().innerText()).toBe(kata.meta.title);
    expect(problems).toEqual([]);
  });
});
