// `npm run docs`: generates the pages, then builds the static site with
// typedoc into site/. Options live in typedoc.json; what depends on the disk
// (pages, pattern entry points) is added here. Any typedoc warning fails.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  Application,
  DefaultTheme,
  JSX,
  LogLevel,
  PageEvent,
  RendererEvent,
  TSConfigReader,
  TypeDocReader,
  type TypeDocOptions,
} from 'typedoc';
import { guidesDir, pagesDir, writePages } from './pages.ts';
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
    join(repoRoot, 'README.md'),
    join(repoRoot, 'typedoc.json'),
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

/** Generates the pages and builds the site; throws after typedoc prints any warning or error. `quiet` leaves out typedoc's progress lines. */
export async function buildDocs(options: { quiet?: boolean } = {}): Promise<void> {
  const hash = inputsHash();
  rmSync(stampFile, { force: true });
  const pages = writePages();
  const overrides: TypeDocOptions = {
    options: join(repoRoot, 'typedoc.json'),
    tsconfig: apiTsconfig(pages.entryPoints),
    readme: pages.readme,
    projectDocuments: [...pages.documents],
    entryPoints: [...pages.entryPoints],
    out: siteDir,
    logLevel: options.quiet === true ? LogLevel.Warn : LogLevel.Info,
  };
  const app = await Application.bootstrapWithPlugins(overrides, [new TypeDocReader(), new TSConfigReader()]);
  inlineIcons(app);
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
