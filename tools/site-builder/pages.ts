// Writes the Markdown that typedoc turns into the site: the landing page, a
// page per kata and per pattern, and the guides. Metadata comes from
// tools/catalog.ts; code is never copied here, only named in {@includeCode}
// tags, which typedoc resolves against the files on disk at build time.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
  CatalogError,
  implementationFiles,
  isModuleFolder,
  parseDoc,
  readKatas,
  readPatterns,
  section,
  teachingOrder,
  wrongFixName,
  type Catcher,
  type Doc,
  type Kata,
  type Pattern,
} from '#catalog/catalog.ts';
import { mapLinks, relativeHref, replaceWholeCodeBlocks } from '#catalog/markdown.ts';
import { markdownTable } from '#catalog/tables.ts';
import { repoRoot } from '#kit/paths.ts';
import { catcherMarkdown, diffHtml, rejectsOf, trapMarks, whyRejected, withoutTrapComments } from './shown.ts';

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

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

/** A YAML string; braces are escaped because typedoc's comment lexer would read `{` in front matter as an inline tag. */
function yamlString(value: string): string {
  return JSON.stringify(value).replaceAll('{', '\\u007B').replaceAll('}', '\\u007D');
}

/** A Markdown link target from one generated page to another file, always with forward slashes. */
function linkFrom(fromPage: string, target: string): string {
  const rel = relative(dirname(fromPage), target).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function include(fromPage: string, file: string, region?: string): string {
  return `{@includeCode ${linkFrom(fromPage, file)}${region === undefined ? '' : `#${region}`}}`;
}

/** A code file shown on a page, wrapped so readers (and the browser test) can tell which file it is. */
function shownFile(fromPage: string, file: string, label?: string, name = basename(file), region?: string): string {
  const caption = label === undefined ? [] : [label, ''];
  const shown = include(fromPage, file, region);
  const attrs = region === undefined ? '' : ` data-region="${region}"`;
  return [`<div class="shown-file" data-file="${name}"${attrs}>`, '', ...caption, shown, '', '</div>'].join('\n');
}

function catcherText(catcher: Catcher): string {
  if ('lint' in catcher) return `ESLint rule \`${catcher.lint}\``;
  if ('compiler' in catcher) return `the compiler: \`${catcher.compiler}\``;
  return `nothing automatic: ${catcher.nothing}`;
}

export interface Targets {
  /** Absolute source Markdown path to the page generated from it. */
  readonly pages: ReadonlyMap<string, string>;
  /** Where problems found in the sources are collected; without it, the first one throws a CatalogError. */
  readonly problems?: string[];
  /** Katas whose Check runs only in the trainer, with the reason, from try/bundle.ts. */
  readonly tryElsewhere?: ReadonlyMap<string, string>;
}

function report(targets: Targets, problem: string): void {
  if (targets.problems === undefined) throw new CatalogError([problem]);
  targets.problems.push(problem);
}

/**
 * Rewrites relative links in `text`, written relative to `sourceFile`, so they
 * work from `page`: a link to a kata or pattern README or a guide points at its
 * generated page, and any other file keeps pointing at the same file. Code
 * fences and inline code are left alone.
 */
export function rewriteLinks(text: string, sourceFile: string, page: string, targets: Targets): string {
  return mapLinks(text, (href) => {
    const target = relativeHref(href);
    if (target === undefined) return href;
    const absolute = resolve(dirname(sourceFile), decodeURI(target.path));
    if (!existsSync(absolute)) {
      report(
        targets,
        `${relative(repoRoot, sourceFile)}: the link ${href} points at nothing (${relative(repoRoot, absolute)})`,
      );
      return href;
    }
    return `${linkFrom(page, targets.pages.get(absolute) ?? absolute)}${target.anchor}`;
  });
}

/** Replaces each code block carrying `file=<name>` with an {@includeCode} of that file, so the page shows the file itself. */
function includeFileBlocks(
  text: string,
  dir: string,
  page: string,
  readme: string,
  targets: Targets,
  shownIn: (file: string) => string = (file) => file,
): string {
  return replaceWholeCodeBlocks(text, (block) => {
    const file = block.attrs.file;
    if (file === undefined) return undefined;
    const path = join(dir, file);
    if (existsSync(path)) return shownFile(page, shownIn(path), undefined, file, block.attrs.region);
    report(targets, `${relative(repoRoot, readme)}: a code block shows file=${file}, which does not exist`);
    return '';
  });
}

function frontMatter(fields: Record<string, string>): string {
  return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${yamlString(v)}`), '---', ''].join('\n');
}

/** Links to the related katas and patterns; the catalog has already checked that each one exists. */
function relatedLinks(
  slugs: readonly string[],
  page: string,
  katas: readonly Kata[],
  patterns: readonly Pattern[],
): string {
  const links = new Map([
    ...katas.map((k): [string, string] => [k.slug, `[${k.id} ${k.meta.title}](${linkFrom(page, kataPage(k))})`]),
    ...patterns.map((p): [string, string] => [p.slug, `[${p.meta.title}](${linkFrom(page, patternPage(p))})`]),
  ]);
  return slugs.flatMap((slug) => links.get(slug) ?? []).join(', ');
}

function sectionText(doc: Doc, heading: string, file: string, targets: Targets): string {
  const found = section(heading, doc);
  if (found === undefined) report(targets, `${relative(repoRoot, file)}: no '## ${heading}' section`);
  return found?.text ?? '';
}

/** Where the question's copy of a kata file goes: the file minus its trap comments, under .site-src/shown/. */
export function shownCopy(kata: Kata, file: string): string {
  return join(pagesDir, 'shown', kata.name, relative(kata.dir, file));
}

/** Labels an output block with the file that printed it. */
function labelOutputs(text: string): string {
  const labels: Readonly<Record<string, string>> = {
    broken: '`predict.ts` prints, running `broken.ts`:',
    fixed: '`predict.ts` prints, running `fixed.ts`:',
    python: '`original.py` prints:',
  };
  return replaceWholeCodeBlocks(text, (block) => {
    const output = block.attrs.output;
    if (output === undefined) return undefined;
    const label = labels[output] ?? `${output} prints:`;
    return [
      `<div class="output" data-output="${output}">`,
      '',
      `<p class="output-label">${label.replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`,
      '',
      '```text',
      block.code,
      '```',
      '',
      '</div>',
    ].join('\n');
  });
}

/** The diff of each file of `from` against the same file of `to`, a module folder file by file. */
function diffs(kata: Kata, from: string, to: string): string {
  if (!isModuleFolder(from)) {
    return diffHtml(readFileSync(from, 'utf8'), readFileSync(to, 'utf8'), {
      from: relative(kata.dir, from),
      to: relative(kata.dir, to),
    });
  }
  const inFolder = (entry: string) => implementationFiles(entry).map((f) => relative(dirname(entry), f));
  const names = [...new Set([...inFolder(from), ...inFolder(to)])].sort();
  const textOf = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
  return names
    .flatMap((name) => {
      const [a, b] = [join(dirname(from), name), join(dirname(to), name)];
      if (textOf(a) === textOf(b)) return [];
      return [diffHtml(textOf(a), textOf(b), { from: relative(kata.dir, a), to: relative(kata.dir, b) })];
    })
    .join('\n\n');
}

function folded(summary: string, body: string, className: string): string {
  return [`<details class="${className}">`, `<summary>${summary}</summary>`, '', body, '', '</details>'].join('\n');
}

function kataMarkdown(kata: Kata, katas: readonly Kata[], patterns: readonly Pattern[], targets: Targets): string {
  const page = kataPage(kata);
  const shownIn = (file: string) =>
    file === kata.files.predict || implementationFiles(kata.files.broken).includes(file) ? shownCopy(kata, file) : file;
  // A kata of module folders shows every module, each named by its path in the kata.
  const shownCode = (entry: string, label: string) => {
    const files = implementationFiles(entry);
    if (files.length === 1) return shownFile(page, shownIn(entry), label, basename(entry));
    return files
      .map((file) => shownFile(page, shownIn(file), `\`${relative(kata.dir, file)}\`:`, relative(kata.dir, file)))
      .join('\n\n');
  };
  const body = (heading: string) =>
    rewriteLinks(
      includeFileBlocks(
        sectionText(kata.doc, heading, kata.files.readme, targets),
        kata.dir,
        page,
        kata.files.readme,
        targets,
        shownIn,
      ),
      kata.files.readme,
      page,
      targets,
    );
  const answerSource = body('Answer');
  const inner = answerSource
    .replace(/^<details>\s*<summary>[^<]*<\/summary>\s*/, '')
    .replace(/<\/details>\s*$/, '')
    .trim();
  const order = teachingOrder(katas);
  const at = order.findIndex((k) => k.name === kata.name);
  const link = (k: Kata) => `[${k.id} ${k.meta.title}](${linkFrom(page, kataPage(k))})`;
  const previous = order[at - 1];
  const next = order[at + 1];
  const position = `Kata ${at + 1} of ${order.length}`;
  const pager = [
    '<nav class="kata-pager">',
    '',
    [
      previous === undefined ? '' : `← previous: ${link(previous)}`,
      `**${position}** in teaching order`,
      next === undefined ? '' : `next: ${link(next)} →`,
    ]
      .filter((p) => p !== '')
      .join(' · '),
    '',
    '</nav>',
  ].join('\n');
  const tags = kata.meta.tags.map((t) => `<span class="tag">${t}</span>`).join(' ');
  const badge = `<span class="badge badge-${kata.meta.difficulty}">${kata.meta.difficulty}</span>`;
  const related =
    kata.meta.related.length > 0 ? ['', `Related: ${relatedLinks(kata.meta.related, page, katas, patterns)}.`] : [];
  const rejects = rejectsOf(kata.files.test, kata.files.spec);
  const marks = implementationFiles(kata.files.broken).flatMap((file) =>
    trapMarks(readFileSync(file, 'utf8')).map((m) => ({ ...m, file: relative(kata.dir, file) })),
  );
  const markList = marks.map((m) =>
    [
      `<div class="trap-mark" data-line="${m.line}">`,
      '',
      `\`${m.file}\`, line ${m.line}:`,
      '',
      '```ts',
      `${m.comment}\n${m.code.trimStart()}`,
      '```',
      '',
      '</div>',
    ].join('\n'),
  );
  const wrongFixes = kata.files.wrongFixes.map((entry) => {
    const name = wrongFixName(entry);
    return folded(
      `Wrong fix: <code>${name}</code>`,
      [
        `<p class="why-rejected">${escapeText(whyRejected(rejects.get(name) ?? []))}</p>`,
        '',
        diffs(kata, kata.files.broken, entry),
      ].join('\n'),
      'wrong-fix',
    );
  });
  const reason = targets.tryElsewhere?.get(kata.name);
  const tryIt =
    reason !== undefined
      ? [
          '<div class="try-it try-elsewhere" data-try="unsupported">',
          '',
          `Check and Run for this kata run in the trainer, not in the page, because ${reason}. Practise it with \`npm run kata -- practice ${kata.id}\`.`,
          '',
          '</div>',
        ]
      : [
          `<div class="try-it" data-try-kata="${kata.name}">`,
          '<p class="try-loading">The editor needs JavaScript. Without it, practise with the trainer.</p>',
          '</div>',
        ];
  return [
    frontMatter({ title: `${kata.id} ${kata.meta.title}`, group: 'Katas' }),
    `# ${kata.meta.title}`,
    '',
    `<p class="kata-facts">${position} · ${badge} · ${tags}</p>`,
    '',
    '## Predict the output',
    '',
    body('Predict the output'),
    '',
    shownCode(kata.files.broken, 'The code it runs, `broken.ts`:'),
    '',
    '## Try it',
    '',
    "Edit `broken.ts` below. **Run** runs `predict.ts` with your code; **Check** runs the kata's spec against it, as `npm run kata -- check` does (without the type check).",
    '',
    ...tryIt,
    '',
    '## Hints',
    '',
    ...kata.meta.hints.map((hint, i) => `${folded(`Hint ${i + 1}`, hint, 'hint')}\n`),
    '',
    '## Answer',
    '',
    '<details class="answer">',
    '<summary>Show the answer</summary>',
    '',
    `**In one line:** ${rewriteLinks(kata.doc.hook, kata.files.readme, page, targets)}`,
    '',
    labelOutputs(inner),
    '',
    '### The fix',
    '',
    'What changes from `broken.ts` to `fixed.ts`:',
    '',
    diffs(kata, kata.files.broken, kata.files.fixed),
    '',
    folded('The whole of <code>fixed.ts</code>', shownCode(kata.files.fixed, 'The fix, `fixed.ts`:'), 'whole-file'),
    '',
    '### Where the trap springs',
    '',
    marks.length === 0
      ? 'No line of `broken.ts` carries a comment.'
      : 'The comments in `broken.ts` that mark it, each above its line:',
    '',
    ...markList,
    '',
    '### Things to remember',
    '',
    body('Things to remember'),
    '',
    '### What catches it',
    '',
    `Caught by: ${kata.meta.catches.map(catcherMarkdown).join('; ')}.`,
    '',
    body('What catches it'),
    '',
    ...(wrongFixes.length === 0
      ? []
      : [
          '### Wrong fixes',
          '',
          'Each one looks like a fix, and the spec rejects it.',
          '',
          ...wrongFixes.map((w) => `${w}\n`),
        ]),
    ...(kata.files.python === undefined
      ? []
      : ['', '### The Python original', '', labelOutputs(body('The Python original'))]),
    '',
    '</details>',
    '',
    '## Practise it',
    '',
    `Practise it with \`npm run kata -- practice ${kata.slug}\`, or run its proofs with \`npm test -- ${kata.slug}\`.`,
    ...related,
    '',
    pager,
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
      rewriteLinks(includeFileBlocks(s.text, pattern.dir, page, readme, targets), readme, page, targets),
    ].join('\n'),
  );
  const facts = markdownTable(
    ['difficulty', 'tags', 'the instead-of version is caught by'],
    [
      [
        pattern.meta.difficulty,
        pattern.meta.tags.join(', '),
        pattern.meta.catches.map(catcherText).join('; ') || 'review and tests',
      ],
    ],
  );
  // A README block that shows a whole file stands in for it below; one that shows a region does not.
  const inReadme = new Set(
    pattern.doc.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.attrs.region === undefined ? (b.attrs.file ?? []) : [])),
    ),
  );
  const related =
    pattern.meta.related.length > 0
      ? ['', `Related: ${relatedLinks(pattern.meta.related, page, katas, patterns)}.`]
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

/** The catalogue as a list: each entry with its difficulty badge and tags that filter the list in the page. */
function catalogueList<T extends Kata | Pattern>(
  entries: readonly T[],
  title: (entry: T) => string,
  href: (entry: T) => string,
  hook: (entry: T) => string,
): string[] {
  if (entries.length === 0) return ['None yet.'];
  return entries.map((entry) => {
    const tags = entry.meta.tags
      .map((t) => `<button type="button" class="tag" data-tag="${t}">${t}</button>`)
      .join(' ');
    const badge = `<span class="badge badge-${entry.meta.difficulty}">${entry.meta.difficulty}</span>`;
    return `- <span class="entry" data-tags="${entry.meta.tags.join(' ')}" data-difficulty="${entry.meta.difficulty}"></span>[${title(entry)}](${href(entry)}) ${badge} ${hook(entry).replaceAll('\n', ' ')} ${tags}`;
  });
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
    rewriteLinks(sectionText(readme, heading, readmePath, targets), readmePath, landingPage, targets);
  const guideLinks = guides.map((file) => {
    const title = parseDoc(readFileSync(file, 'utf8')).title || basename(file, '.md');
    return `- [${title}](${linkFrom(landingPage, guidePage(file))})`;
  });
  const hook = (entry: Kata | Pattern) => rewriteLinks(entry.doc.hook, entry.files.readme, landingPage, targets);
  const allTags = [...new Set([...katas, ...patterns].flatMap((e) => e.meta.tags))].sort();
  // typedoc titles the landing page with the project name, so the README's own # title is left out.
  return [
    rewriteLinks(readme.hook, readmePath, landingPage, targets),
    '',
    '## Katas',
    '',
    '<div class="tag-filter" data-tag-filter>',
    `<span>Filter by tag:</span> <button type="button" class="tag" data-tag="" aria-pressed="true">all</button> ${allTags
      .map((t) => `<button type="button" class="tag" data-tag="${t}" aria-pressed="false">${t}</button>`)
      .join(' ')}`,
    '</div>',
    '',
    '<div class="catalogue" data-catalogue="katas">',
    '',
    ...catalogueList(
      katas,
      (k) => `${k.id} ${k.meta.title}`,
      (k) => linkFrom(landingPage, kataPage(k)),
      hook,
    ),
    '',
    '</div>',
    '',
    '## Patterns',
    '',
    '<div class="catalogue" data-catalogue="patterns">',
    '',
    ...catalogueList(
      patterns,
      (p) => p.meta.title,
      (p) => linkFrom(landingPage, patternPage(p)),
      hook,
    ),
    '',
    '</div>',
    '',
    `The patterns' API reference: ${patterns.map((p) => `{@link ${moduleName(p)} | ${p.slug}}`).join(', ')}.`,
    '',
    '## Guides',
    '',
    ...(guideLinks.length > 0 ? guideLinks : ['None yet.']),
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
    '## How a kata is made',
    '',
    fromReadme('How a kata is made'),
    '',
  ].join('\n');
}

/**
 * A shell block with a `<placeholder>` in it is shown as plain text: the shell
 * highlighter reads `<` as a redirection and colours the placeholder in two.
 */
function plainPlaceholders(source: string): string {
  return replaceWholeCodeBlocks(source, (block) =>
    ['sh', 'bash', 'shell'].includes(block.lang) && /<[a-z-]+>/.test(block.code)
      ? `\`\`\`text\n${block.code}\n\`\`\``
      : undefined,
  );
}

function guideMarkdown(file: string, targets: Targets): string {
  const page = guidePage(file);
  const source = readFileSync(file, 'utf8');
  const title = parseDoc(source).title;
  if (title === '') report(targets, `${relative(repoRoot, file)}: a guide starts with a # title`);
  return `${frontMatter({ title, group: 'Guides' })}${rewriteLinks(plainPlaceholders(source), file, page, targets)}`;
}

/**
 * Every page, generated from what is on disk now, by the file it goes to;
 * nothing is written. Throws one CatalogError listing every problem found.
 */
export function renderPages(
  tryElsewhere: ReadonlyMap<string, string> = new Map(),
): Pages & { readonly pages: ReadonlyMap<string, string>; readonly copies: ReadonlyMap<string, string> } {
  const { katas, problems: kataProblems } = readKatas();
  const { patterns, problems: patternProblems } = readPatterns();
  if (kataProblems.length + patternProblems.length > 0) throw new CatalogError([...kataProblems, ...patternProblems]);
  const guides = existsSync(guidesDir)
    ? readdirSync(guidesDir)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(guidesDir, f))
    : [];
  const problems: string[] = [];
  const targets: Targets = {
    problems,
    tryElsewhere,
    pages: new Map<string, string>([
      ...katas.map((k): [string, string] => [k.files.readme, kataPage(k)]),
      ...patterns.map((p): [string, string] => [p.files.readme, patternPage(p)]),
      ...guides.map((g): [string, string] => [g, guidePage(g)]),
      [join(repoRoot, 'README.md'), landingPage],
    ]),
  };
  const pages = new Map<string, string>();
  for (const guide of guides) pages.set(guidePage(guide), guideMarkdown(guide, targets));
  for (const kata of katas) pages.set(kataPage(kata), kataMarkdown(kata, katas, patterns, targets));
  for (const pattern of patterns) pages.set(patternPage(pattern), patternMarkdown(pattern, katas, patterns, targets));
  pages.set(landingPage, landingMarkdown(katas, patterns, guides, targets));
  if (problems.length > 0) throw new CatalogError(problems);
  // The question shows predict.ts and broken.ts without the comments that give the trap away.
  const copies = new Map(
    katas.flatMap((kata) =>
      [kata.files.predict, ...implementationFiles(kata.files.broken)].map((file): [string, string] => [
        shownCopy(kata, file),
        withoutTrapComments(readFileSync(file, 'utf8')),
      ]),
    ),
  );
  return {
    pages,
    copies,
    readme: landingPage,
    documents: [...pages.keys()].filter((f) => f !== landingPage),
    entryPoints: patterns.map((p) => p.files.index),
    katas,
    patterns,
  };
}

/** Writes every page into pagesDir, replacing what was there, and returns what typedoc needs. */
export function writePages(tryElsewhere?: ReadonlyMap<string, string>): Pages {
  const rendered = renderPages(tryElsewhere);
  for (const old of ['index.md', 'guides', 'katas', 'patterns', 'shown'])
    rmSync(join(pagesDir, old), { recursive: true, force: true });
  for (const [file, text] of [...rendered.pages, ...rendered.copies]) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return rendered;
}
