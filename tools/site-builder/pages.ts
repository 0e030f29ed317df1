// Writes the Markdown that typedoc turns into the site: the landing page, a
// page per kata and per pattern, and the guides. Metadata comes from
// tools/catalog.ts; code is never copied here, only named in {@includeCode}
// tags, which typedoc resolves against the files on disk at build time.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
  difficulties,
  implementationFiles,
  loadKatas,
  parseDoc,
  readPatterns,
  section,
  type Catcher,
  type Doc,
  type Kata,
  type Pattern,
} from '#catalog/catalog.ts';
import { repoRoot } from '#kit/paths.ts';

/** Where the generated Markdown goes (git-ignored). */
export const pagesDir = join(repoRoot, '.site-src');
/** Hand-written guides, published as they are apart from link rewriting. */
export const guidesDir = join(repoRoot, 'docs');

/** Where a kata's page is generated. */
export const kataPage = (kata: Kata): string => join(pagesDir, 'katas', `${kata.name}.md`);
/** Where a pattern's page is generated. */
export const patternPage = (pattern: Pattern): string => join(pagesDir, 'patterns', `${pattern.slug}.md`);
export const guidePage = (file: string): string => join(pagesDir, 'guides', basename(file));
export const landingPage = join(pagesDir, 'index.md');

/** A marker a guide may hold; the build replaces it with the katas in teaching order. */
export const kataOrderMarker = '<!-- generated: katas in teaching order -->';

/** What the build hands to typedoc. */
export interface Pages {
  readonly readme: string;
  /** Every generated page but the landing page, in navigation order. */
  readonly documents: readonly string[];
  /** patterns/<slug>/index.ts of every pattern, for the API reference. */
  readonly entryPoints: readonly string[];
  readonly katas: readonly Kata[];
  readonly patterns: readonly Pattern[];
}

/** Thrown when the sources cannot make a sound site; the message names the file. */
export class DocsError extends Error {
  override name = 'DocsError';
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function cell(value: string): string {
  return value.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** A Markdown link target from one generated page to another file, always with forward slashes. */
function linkFrom(fromPage: string, target: string): string {
  const rel = relative(dirname(fromPage), target).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function include(fromPage: string, file: string): string {
  return `{@includeCode ${linkFrom(fromPage, file)}}`;
}

/** A code file shown on a page, wrapped so readers (and the browser test) can tell which file it is. */
function shownFile(fromPage: string, file: string, label?: string, name = basename(file)): string {
  const caption = label === undefined ? [] : [label, ''];
  return [`<div class="shown-file" data-file="${name}">`, '', ...caption, include(fromPage, file), '', '</div>'].join(
    '\n',
  );
}

function catcherText(catcher: Catcher): string {
  if ('lint' in catcher) return `ESLint rule \`${catcher.lint}\``;
  if ('compiler' in catcher) return `the compiler: \`${catcher.compiler}\``;
  return `nothing automatic: ${catcher.nothing}`;
}

export interface Targets {
  /** Absolute source Markdown path to the page generated from it. */
  readonly pages: ReadonlyMap<string, string>;
}

/**
 * Rewrites relative links in `text`, written relative to `sourceFile`, so they
 * work from `page`: a link to a kata or pattern README or a guide points at its
 * generated page, and any other file keeps pointing at the same file. Code
 * fences and inline code are left alone.
 */
export function rewriteLinks(text: string, sourceFile: string, page: string, targets: Targets): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (open && line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
      out.push(line);
      continue;
    }
    if (open) {
      fence = open[1];
      out.push(line);
      continue;
    }
    const parts = line.split(/(`[^`]*`)/);
    out.push(
      parts
        .map((part, i) =>
          i % 2 === 1
            ? part
            : part.replace(
                /(!?\[[^\]]*\]\()([^)\s]+)((?:\s+"[^"]*")?\))/g,
                (_all, head: string, href: string, tail: string) => {
                  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/'))
                    return `${head}${href}${tail}`;
                  const hash = href.indexOf('#');
                  const path = hash < 0 ? href : href.slice(0, hash);
                  const anchor = hash < 0 ? '' : href.slice(hash);
                  const absolute = resolve(dirname(sourceFile), decodeURI(path));
                  const target = targets.pages.get(absolute) ?? absolute;
                  if (!existsSync(absolute)) {
                    throw new DocsError(
                      `${relative(repoRoot, sourceFile)}: the link ${href} points at nothing (${relative(repoRoot, absolute)})`,
                    );
                  }
                  return `${head}${linkFrom(page, target)}${anchor}${tail}`;
                },
              ),
        )
        .join(''),
    );
  }
  return out.join('\n');
}

/** Replaces each fenced block carrying `file=<name>` with an {@includeCode} of that file, so the page shows the file itself. */
function includeFileBlocks(text: string, dir: string, page: string, readme: string): string {
  const out: string[] = [];
  let skipping: string | undefined;
  for (const line of text.split('\n')) {
    if (skipping !== undefined) {
      if (line.trimEnd() === skipping) skipping = undefined;
      continue;
    }
    const open = /^(`{3,})\S*(.*)$/.exec(line);
    const file = open ? /(?:^|\s)file=(\S+)/.exec(open[2] ?? '')?.[1] : undefined;
    if (open && file !== undefined) {
      const path = join(dir, file);
      if (!existsSync(path))
        throw new DocsError(`${relative(repoRoot, readme)}: a code block shows file=${file}, which does not exist`);
      out.push(shownFile(page, path, undefined, file));
      skipping = open[1];
      continue;
    }
    out.push(line);
  }
  if (skipping !== undefined) throw new DocsError(`${relative(repoRoot, readme)}: a code block is never closed`);
  return out.join('\n');
}

function frontMatter(fields: Record<string, string>): string {
  return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${yamlString(v)}`), '---', ''].join('\n');
}

function relatedLinks(
  readme: string,
  slugs: readonly string[],
  page: string,
  katas: readonly Kata[],
  patterns: readonly Pattern[],
): string {
  return slugs
    .map((slug) => {
      const kata = katas.find((k) => k.slug === slug);
      if (kata) return `[${kata.id} ${kata.meta.title}](${linkFrom(page, kataPage(kata))})`;
      const pattern = patterns.find((p) => p.slug === slug);
      if (pattern) return `[${pattern.meta.title}](${linkFrom(page, patternPage(pattern))})`;
      throw new DocsError(`${relative(repoRoot, readme)}: related '${slug}' is no kata or pattern`);
    })
    .join(', ');
}

function sectionText(doc: Doc, heading: string, file: string): string {
  const found = section(heading, doc);
  if (found === undefined) throw new DocsError(`${relative(repoRoot, file)}: no '## ${heading}' section`);
  return found.text;
}

function kataMarkdown(kata: Kata, katas: readonly Kata[], patterns: readonly Pattern[], targets: Targets): string {
  const page = kataPage(kata);
  // A kata of module folders shows every module, each named by its path in the kata.
  const shownCode = (entry: string, label: string) => {
    const files = implementationFiles(entry);
    if (files.length === 1) return shownFile(page, entry, label);
    return files
      .map((file) => shownFile(page, file, `\`${relative(kata.dir, file)}\`:`, relative(kata.dir, file)))
      .join('\n\n');
  };
  const body = (heading: string) =>
    rewriteLinks(
      includeFileBlocks(sectionText(kata.doc, heading, kata.files.readme), kata.dir, page, kata.files.readme),
      kata.files.readme,
      page,
      targets,
    );
  const answer = body('Answer');
  const close = answer.lastIndexOf('</details>');
  const facts = [
    '| difficulty | tags | comes from | caught by |',
    '| --- | --- | --- | --- |',
    `| ${kata.meta.difficulty} | ${kata.meta.tags.join(', ')} | ${kata.meta.origin} | ${cell(kata.meta.catches.map(catcherText).join('; '))} |`,
  ];
  const related =
    kata.meta.related.length > 0
      ? ['', `Related: ${relatedLinks(kata.files.readme, kata.meta.related, page, katas, patterns)}.`]
      : [];
  return [
    frontMatter({ title: `${kata.id} ${kata.meta.title}`, group: 'Katas' }),
    `# ${kata.meta.title}`,
    '',
    rewriteLinks(kata.doc.hook, kata.files.readme, page, targets),
    '',
    ...facts,
    ...related,
    '',
    '## Predict the output',
    '',
    body('Predict the output'),
    '',
    shownCode(kata.files.broken, 'The code it runs, `broken.ts`:'),
    '',
    '## Answer',
    '',
    answer.slice(0, close).trimEnd(),
    '',
    shownCode(kata.files.fixed, 'The fix, `fixed.ts`:'),
    '',
    '</details>',
    '',
    '## Hints',
    '',
    '<details>',
    '<summary>Show the hints</summary>',
    '',
    ...kata.meta.hints.map((hint, i) => `${i + 1}. ${hint}`),
    '',
    '</details>',
    '',
    '## Things to remember',
    '',
    body('Things to remember'),
    '',
    '## What catches it',
    '',
    body('What catches it'),
    ...(kata.files.python === undefined ? [] : ['', '## The Python original', '', body('The Python original')]),
    '',
    `Practise it with \`npm run kata -- practice ${kata.slug}\`, or run its proofs with \`npm test -- ${kata.slug}\`.`,
    '',
  ].join('\n');
}

function patternMarkdown(
  pattern: Pattern,
  katas: readonly Kata[],
  patterns: readonly Pattern[],
  targets: Targets,
): string {
  const page = patternPage(pattern);
  const readme = pattern.files.readme;
  const sections = pattern.doc.sections.map((s) =>
    [
      `## ${s.heading}`,
      '',
      rewriteLinks(includeFileBlocks(s.text, pattern.dir, page, readme), readme, page, targets),
    ].join('\n'),
  );
  const facts = [
    '| difficulty | tags | the instead-of version is caught by |',
    '| --- | --- | --- |',
    `| ${pattern.meta.difficulty} | ${pattern.meta.tags.join(', ')} | ${cell(pattern.meta.catches.map(catcherText).join('; ') || 'review and tests')} |`,
  ];
  const inReadme = new Set(pattern.doc.sections.flatMap((s) => s.blocks.flatMap((b) => b.attrs.file ?? [])));
  const related =
    pattern.meta.related.length > 0
      ? ['', `Related: ${relatedLinks(pattern.files.readme, pattern.meta.related, page, katas, patterns)}.`]
      : [];
  return [
    frontMatter({ title: pattern.meta.title, group: 'Patterns' }),
    `# ${pattern.meta.title}`,
    '',
    rewriteLinks(pattern.doc.hook, readme, page, targets),
    '',
    ...facts,
    ...related,
    '',
    `Its API reference, from \`index.ts\`: {@link ${moduleName(pattern)} | ${pattern.slug}}.`,
    '',
    sections.join('\n\n'),
    '',
    '## The code',
    '',
    ...[
      ...pattern.files.insteadOf.map((file) => ({ file, label: `The instead-of version, \`${basename(file)}\`:` })),
      { file: pattern.files.index, label: 'The pattern, `index.ts`:' },
    ]
      .filter(({ file }) => !inReadme.has(relative(pattern.dir, file)))
      .map(({ file, label }) => `${shownFile(page, file, label)}\n`),
    '',
  ].join('\n');
}

/** The module name typedoc gives a pattern's index.ts, as a declaration reference. */
export function moduleName(pattern: Pattern): string {
  return `"${pattern.slug}"`;
}

function kataRow(kata: Kata, page: string, targets: Targets): string {
  const link = `[${cell(kata.meta.title)}](${linkFrom(page, kataPage(kata))})`;
  const hook = rewriteLinks(kata.doc.hook, kata.files.readme, page, targets);
  return `| ${kata.id} | ${link} | ${cell(hook)} | ${kata.meta.difficulty} | ${kata.meta.tags.join(', ')} |`;
}

/** Katas easy first, then medium, then hard; by id within a difficulty. */
export function teachingOrder(katas: readonly Kata[]): Kata[] {
  return [...katas].sort(
    (a, b) =>
      difficulties.indexOf(a.meta.difficulty) - difficulties.indexOf(b.meta.difficulty) || a.id.localeCompare(b.id),
  );
}

function landingMarkdown(
  katas: readonly Kata[],
  patterns: readonly Pattern[],
  guides: readonly string[],
  targets: Targets,
): string {
  const readmePath = join(repoRoot, 'README.md');
  const readme = parseDoc(readFileSync(readmePath, 'utf8'));
  const fromReadme = (heading: string) =>
    rewriteLinks(sectionText(readme, heading, readmePath), readmePath, landingPage, targets);
  const guideLinks = guides.map((file) => {
    const title = parseDoc(readFileSync(file, 'utf8')).title || basename(file, '.md');
    return `- [${title}](${linkFrom(landingPage, guidePage(file))})`;
  });
  const patternRows = patterns.map((p) => {
    const hook = rewriteLinks(p.doc.hook, p.files.readme, landingPage, targets);
    const api = `{@link ${moduleName(p)} | ${p.slug}}`;
    return `| [${cell(p.meta.title)}](${linkFrom(landingPage, patternPage(p))}) | ${cell(hook)} | ${p.meta.difficulty} | ${p.meta.tags.join(', ')} | ${api} |`;
  });
  // typedoc titles the landing page with the project name, so the README's own # title is left out.
  return [
    rewriteLinks(readme.hook, readmePath, landingPage, targets),
    '',
    '## Start',
    '',
    fromReadme('Start'),
    '',
    '## Practise a kata',
    '',
    fromReadme('Practise a kata'),
    '',
    '## Commands',
    '',
    fromReadme('Commands'),
    '',
    '## Guides',
    '',
    ...(guideLinks.length > 0 ? guideLinks : ['None yet.']),
    '',
    '## Katas',
    '',
    ...(katas.length === 0
      ? ['None yet.']
      : [
          '| id | kata | the trap | difficulty | tags |',
          '| --- | --- | --- | --- | --- |',
          ...katas.map((k) => kataRow(k, landingPage, targets)),
        ]),
    '',
    '## Patterns',
    '',
    ...(patterns.length === 0
      ? ['None yet.']
      : [
          '| pattern | the idea | difficulty | tags | API reference |',
          '| --- | --- | --- | --- | --- |',
          ...patternRows,
        ]),
    '',
    '## How a kata is made',
    '',
    fromReadme('How a kata is made'),
    '',
  ].join('\n');
}

function guideMarkdown(file: string, katas: readonly Kata[], targets: Targets): string {
  const page = guidePage(file);
  const source = readFileSync(file, 'utf8');
  const title = parseDoc(source).title;
  if (title === '') throw new DocsError(`${relative(repoRoot, file)}: a guide starts with a # title`);
  const order = teachingOrder(katas);
  const list =
    order.length === 0
      ? 'No katas yet.'
      : order
          .map(
            (k, i) =>
              `${i + 1}. [${k.id} ${k.meta.title}](${linkFrom(page, kataPage(k))}) (${k.meta.difficulty}): ${rewriteLinks(k.doc.hook, k.files.readme, page, targets)}`,
          )
          .join('\n');
  const body = rewriteLinks(source, file, page, targets).replace(kataOrderMarker, list);
  return `${frontMatter({ title, group: 'Guides' })}${body}`;
}

/** Every page, generated from what is on disk now, by the file it goes to; nothing is written. */
export function renderPages(): Pages & { readonly pages: ReadonlyMap<string, string> } {
  const katas = loadKatas();
  const { patterns, problems } = readPatterns();
  if (problems.length > 0)
    throw new DocsError(`the patterns have problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const guides = existsSync(guidesDir)
    ? readdirSync(guidesDir)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(guidesDir, f))
    : [];
  const targets: Targets = {
    pages: new Map<string, string>([
      ...katas.map((k): [string, string] => [k.files.readme, kataPage(k)]),
      ...patterns.map((p): [string, string] => [p.files.readme, patternPage(p)]),
      ...guides.map((g): [string, string] => [g, guidePage(g)]),
      [join(repoRoot, 'README.md'), landingPage],
    ]),
  };
  const pages = new Map<string, string>();
  for (const guide of guides) pages.set(guidePage(guide), guideMarkdown(guide, katas, targets));
  for (const kata of katas) pages.set(kataPage(kata), kataMarkdown(kata, katas, patterns, targets));
  for (const pattern of patterns) pages.set(patternPage(pattern), patternMarkdown(pattern, katas, patterns, targets));
  pages.set(landingPage, landingMarkdown(katas, patterns, guides, targets));
  return {
    pages,
    readme: landingPage,
    documents: [...pages.keys()].filter((f) => f !== landingPage),
    entryPoints: patterns.map((p) => p.files.index),
    katas,
    patterns,
  };
}

/** Writes every page into pagesDir, replacing what was there, and returns what typedoc needs. */
export function writePages(): Pages {
  const rendered = renderPages();
  for (const old of ['index.md', 'guides', 'katas', 'patterns'])
    rmSync(join(pagesDir, old), { recursive: true, force: true });
  for (const [file, text] of rendered.pages) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return rendered;
}
