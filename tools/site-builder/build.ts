// `npm run docs`: generates the pages, then builds the static site with
// typedoc into site/. Options live in typedoc.json; what depends on the disk
// (pages, pattern entry points) is added here. Any typedoc warning fails.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import {
  Application,
  DefaultTheme,
  IndexEvent,
  JSX,
  LogLevel,
  PageEvent,
  ReflectionKind,
  RendererEvent,
  TSConfigReader,
  TypeDocReader,
  type TypeDocOptions,
} from 'typedoc';
import { loadKatas, type Kata, type Pattern } from '#catalog/catalog.ts';
import { guidesDir, pagesDir, writePages } from './pages.ts';
import { kataScript, kataTryCode, tryRuntime, type TryCode } from './try/bundle.ts';
import { repoRoot } from '#kit/paths.ts';

/** The built site, opened from the file system. */
export const siteDir = join(repoRoot, 'site');
const stampFile = join(pagesDir, 'inputs.sha256');

/** Thrown when typedoc reports an error or a warning. */
export class DocsBuildError extends Error {
  override name = 'DocsBuildError';
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && !f.includes('node_modules'));
}

/** A hash of every file the site is built from, to tell whether site/ is stale. */
export function inputsHash(): string {
  const files = [
    ...filesUnder(join(repoRoot, 'katas')),
    ...filesUnder(join(repoRoot, 'patterns')),
    ...filesUnder(guidesDir),
    ...filesUnder(join(repoRoot, 'tools', 'site-builder')),
    ...filesUnder(join(repoRoot, 'tools', 'catalog')),
    ...filesUnder(join(repoRoot, 'kit')),
    join(repoRoot, 'README.md'),
    join(repoRoot, 'typedoc.json'),
    join(repoRoot, 'package-lock.json'),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Whether site/ was built from exactly the files on disk now. */
export function siteIsFresh(): boolean {
  return (
    existsSync(join(siteDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === inputsHash()
  );
}

// typedoc compiles every file its tsconfig includes; the API reference only
// needs the patterns' entry points and what they import. Node's types are left
// out too: the API names its types as written, and parsing them costs a third
// of the conversion.
function apiTsconfig(entryPoints: readonly string[]): string {
  const file = join(pagesDir, 'tsconfig.json');
  const config = {
    extends: '../tsconfig.json',
    compilerOptions: { types: [] },
    include: [],
    files: entryPoints.map((f) => relative(pagesDir, f)),
  };
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/**
 * typedoc's pages point their icons at assets/icons.svg#icon-…, which Chromium
 * refuses to load from file:// (a failed request and a console error per icon
 * before icons.js patches them). Every page gets the icon sprite inline
 * instead, and its icons point inside the page.
 */
function inlineIcons(app: Application): void {
  let sprite = '';
  app.renderer.on(RendererEvent.BEGIN, () => {
    const theme = app.renderer.theme;
    if (!(theme instanceof DefaultTheme)) throw new DocsBuildError("the docs expect typedoc's default theme");
    const icons: Readonly<Record<string, () => JSX.Element>> = { ...theme.icons };
    const symbols = Object.entries(icons).map(([name, icon]) => {
      const svg = icon.call(theme.icons);
      return JSX.createElement('symbol', { ...svg.props, id: `icon-${name}` }, svg.children);
    });
    sprite = JSX.renderElement(
      JSX.createElement('svg', { xmlns: 'http://www.w3.org/2000/svg', style: 'display:none' }, ...symbols),
    );
  });
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const contents = page.contents.replace(/href="(?:\.\.\/)*assets\/icons\.svg#icon-/g, 'href="#icon-');
    page.contents = contents.replace('<body>', `<body>${sprite}`);
  });
}

/** Where a page's links to the site's root start, from its URL relative to the root. */
const toRoot = (url: string) => '../'.repeat(url.split('/').length - 1);

/** Numbers the lines of each file a page shows, in a gutter beside the code that copying leaves out. */
function numberLines(html: string): string {
  return html.replace(
    /(<div class="shown-file"[^>]*>[\s\S]*?<pre>)(<code[^>]*>)([\s\S]*?)(<\/code>)/g,
    (_all, head: string, open: string, code: string, close: string) => {
      // typedoc ends each highlighted line with <br/>.
      const count = code.replace(/(?:<br\/>|\n)+$/, '').split(/<br\/>|\n/).length;
      const numbers = Array.from({ length: count }, (_, i) => `${i + 1}`).join('\n');
      return `${head}<span class="line-numbers" aria-hidden="true">${numbers}</span>${open}${code}${close}`;
    },
  );
}

/**
 * Kata pages load the try-it runtime and their own code; every page numbers
 * the lines of the files it shows; a pattern's API module links back to the
 * pattern's page.
 */
function pagePlugins(
  app: Application,
  katas: readonly Kata[],
  patterns: readonly Pattern[],
  runnable: ReadonlySet<string>,
): void {
  const kataByTitle = new Map(katas.map((k) => [`${k.id} ${k.meta.title}`, k]));
  const patternBySlug = new Map(patterns.map((p) => [p.slug, p]));
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    let contents = numberLines(page.contents).replace(
      '</head>',
      `<script defer src="${toRoot(page.url)}assets/search-tags.js"></script></head>`,
    );
    const model = page.model as { name?: string; kind?: number; project?: unknown };
    const kata = model.kind === ReflectionKind.Document ? kataByTitle.get(model.name ?? '') : undefined;
    if (kata !== undefined && runnable.has(kata.name)) {
      const base = `${toRoot(page.url)}assets/try/`;
      contents = contents.replace(
        '</body>',
        `<script src="${base}${kata.name}.js"></script><script src="${base}try-it.js"></script></body>`,
      );
    }
    const pattern = model.kind === ReflectionKind.Module ? patternBySlug.get(model.name ?? '') : undefined;
    if (pattern !== undefined) {
      const doc = page.project.getReflectionsByKind(ReflectionKind.Document).find((d) => d.name === pattern.meta.title);
      const url = doc === undefined ? undefined : app.renderer.router?.getFullUrl(doc);
      if (url !== undefined) {
        const href = posix.relative(posix.dirname(page.url), url);
        contents = contents.replace(
          /(<\/h1>)/,
          `$1<p class="back-to-pattern">The API of the pattern <a href="${href}">${pattern.meta.title}</a>: read its page for when and why to use it.</p>`,
        );
      }
    }
    page.contents = contents;
  });
  // Search ranks a kata or pattern first when the query is one of its tags or a
  // rule that catches it. The index weighs those words highly, but typedoc's
  // search splits a query at hyphens, so 'for-in' becomes two words found
  // everywhere; the page's script (site.js) then moves the pages that carry the
  // whole query to the top, from assets/search-tags.js, written here.
  const metaByTitle = new Map<string, Kata['meta'] | Pattern['meta']>([
    ...katas.map((k) => [`${k.id} ${k.meta.title}`, k.meta] as const),
    ...patterns.map((p) => [p.meta.title, p.meta] as const),
  ]);
  const wordsOf = (meta: Kata['meta'] | Pattern['meta']) => [
    ...meta.tags,
    ...meta.catches.flatMap((c) => ('lint' in c ? [c.lint] : [])),
  ];
  const carriers = new Map<string, [title: string, url: string][]>();
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event: IndexEvent) => {
    event.searchFieldWeights.tags = 1000;
    event.searchResults.forEach((reflection, i) => {
      const meta = reflection.kind === ReflectionKind.Document ? metaByTitle.get(reflection.name) : undefined;
      if (meta === undefined) return;
      const words = wordsOf(meta);
      event.searchFields[i] = { ...event.searchFields[i], tags: words.join(' ') };
      const url = app.renderer.router?.getFullUrl(reflection);
      if (url === undefined) return;
      for (const word of new Set(words.map((w) => w.toLowerCase())))
        carriers.set(word, [...(carriers.get(word) ?? []), [reflection.name, url]]);
    });
  });
  app.renderer.on(RendererEvent.END, (event: RendererEvent) => {
    const sorted = [...carriers].map(([word, pages]) => [word, pages.sort(([a], [b]) => a.localeCompare(b))]);
    writeFileSync(
      join(event.outputDirectory, 'assets', 'search-tags.js'),
      `window.searchTags = ${JSON.stringify(Object.fromEntries(sorted))};\n`,
    );
  });
}

/** Writes the try-it runtime and each runnable kata's code into site/assets/try/. */
async function writeTryAssets(codes: ReadonlyMap<string, TryCode>): Promise<void> {
  const dir = join(siteDir, 'assets', 'try');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'try-it.js'), await tryRuntime());
  for (const [name, code] of codes) if ('code' in code) writeFileSync(join(dir, `${name}.js`), kataScript(code.code));
}

/** Generates the pages and builds the site; throws after typedoc prints any warning or error. `quiet` leaves out typedoc's progress lines. */
export async function buildDocs(options: { quiet?: boolean } = {}): Promise<void> {
  const hash = inputsHash();
  rmSync(stampFile, { force: true });
  const katas = loadKatas();
  const [codes] = await Promise.all([
    Promise.all(katas.map(async (k) => [k.name, await kataTryCode(k)] as const)).then((all) => new Map(all)),
    tryRuntime(),
  ]);
  const elsewhere = new Map([...codes].flatMap(([name, c]) => ('reason' in c ? [[name, c.reason] as const] : [])));
  const pages = writePages(elsewhere);
  const overrides: TypeDocOptions = {
    options: join(repoRoot, 'typedoc.json'),
    tsconfig: apiTsconfig(pages.entryPoints),
    readme: pages.readme,
    projectDocuments: [...pages.documents],
    entryPoints: [...pages.entryPoints],
    out: siteDir,
    customCss: join(repoRoot, 'tools', 'site-builder', 'assets', 'site.css'),
    customJs: join(repoRoot, 'tools', 'site-builder', 'assets', 'site.js'),
    logLevel: options.quiet === true ? LogLevel.Warn : LogLevel.Info,
  };
  const app = await Application.bootstrapWithPlugins(overrides, [new TypeDocReader(), new TSConfigReader()]);
  inlineIcons(app);
  pagePlugins(app, pages.katas, pages.patterns, new Set([...codes].flatMap(([n, c]) => ('code' in c ? [n] : []))));
  const failed = (stage: string) =>
    app.logger.hasErrors() || app.logger.hasWarnings()
      ? new DocsBuildError(
          `typedoc reported the problems above while ${stage}; every typedoc warning fails the docs build, so the site is not usable`,
        )
      : undefined;
  const early = failed('reading options');
  if (early) throw early;
  const project = await app.convert();
  if (!project) throw new DocsBuildError('typedoc could not convert the project (see above)');
  app.validate(project);
  const invalid = failed('converting and validating');
  if (invalid) throw invalid;
  await app.generateOutputs(project);
  const late = failed('rendering');
  if (late) throw late;
  await writeTryAssets(codes);
  writeFileSync(stampFile, hash);
}

/** `npm run docs`: builds the site and says where it is, or prints why it could not and sets exit code 1. */
export async function main(): Promise<void> {
  const start = performance.now();
  try {
    await buildDocs();
    console.log(
      `docs: ${relative(process.cwd(), join(siteDir, 'index.html'))} built in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) await main();
