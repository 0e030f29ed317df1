import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { katasDir, patternsDir, repoRoot } from '#kit/paths.ts';
import { memoOnDisk } from '#kit/disk-cache.ts';
import {
  bullets,
  parseDoc,
  replaceWholeCodeBlocks,
  splitFrontMatter as splitSource,
  type Block,
  type Doc,
  type Section,
} from './markdown.ts';

export const difficulties = ['easy', 'medium', 'hard'] as const;
export const origins = ['python', 'javascript', 'typescript'] as const;

/**
 * The modules a kata's code may import: the trainer grants each one, as a small
 * facade, to the code it grades. A kata lists the ones it uses under `imports:`.
 */
export const kataImports = ['node:crypto', 'node:timers/promises'] as const;

export type Difficulty = (typeof difficulties)[number];
export type Origin = (typeof origins)[number];

/** What catches a trap: an ESLint rule, a compiler option or type, or nothing but review and tests. */
export type Catcher = { readonly lint: string } | { readonly compiler: string } | { readonly nothing: string };

/** Front matter of a kata README. */
export interface KataMeta {
  readonly title: string;
  readonly tags: readonly string[];
  readonly difficulty: Difficulty;
  readonly origin: Origin;
  readonly related: readonly string[];
  readonly catches: readonly Catcher[];
  readonly hints: readonly string[];
  /** The modules (from kataImports) its broken.ts, fixed.ts and predict.ts may import; none when absent. */
  readonly imports: readonly string[];
}

/** Front matter of a pattern README. */
export interface PatternMeta {
  readonly title: string;
  readonly tags: readonly string[];
  readonly difficulty: Difficulty;
  readonly related: readonly string[];
  /** Lint rules that catch the instead-of version; proven against instead-of*.ts by tools/lint-proofs.test.ts. */
  readonly catches: readonly Catcher[];
}

export { parseDoc, type Block, type Doc, type Section } from './markdown.ts';

export interface Kata {
  /** Stable zero-padded id, such as `002`. */
  readonly id: string;
  /** Folder name without the id, such as `late-bound-closures`. */
  readonly slug: string;
  /** Folder name, such as `002-late-bound-closures`. */
  readonly name: string;
  readonly dir: string;
  readonly meta: KataMeta;
  readonly doc: Doc;
  readonly files: {
    readonly readme: string;
    readonly broken: string;
    readonly fixed: string;
    readonly spec: string;
    readonly predict: string;
    readonly test: string;
    readonly python: string | undefined;
    readonly wrongFixes: readonly string[];
  };
}

export interface Pattern {
  readonly slug: string;
  readonly dir: string;
  readonly meta: PatternMeta;
  readonly doc: Doc;
  readonly files: {
    readonly readme: string;
    /** The public API, with TSDoc: the docs' API reference starts here. */
    readonly index: string;
    /** The anti-pattern versions: `instead-of.ts`, or `instead-of-*.ts`. */
    readonly insteadOf: readonly string[];
    /** Every other TypeScript file of the pattern that is not a test. */
    readonly sources: readonly string[];
  };
}

/** The headings every pattern README has, in this order. */
export const patternHeadings = [
  'The problem',
  'The pattern',
  'What the instead-of version costs',
  'When not to use it',
] as const;

/** The headings every kata README has, in this order; the last only where the trap comes from Python. */
export const kataHeadings = [
  'Predict the output',
  'Answer',
  'Things to remember',
  'What catches it',
  'The Python original',
] as const;

export { katasDir, patternsDir } from '#kit/paths.ts';
const folderPattern = /^(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Every problem found in the catalog, each naming its file. */
export class CatalogError extends Error {
  override name = 'CatalogError';
  constructor(readonly problems: readonly string[]) {
    super(`The catalog has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Problems = string[];

/**
 * What `npm run new` writes wherever the author has something to write. The
 * catalog reports every one that is left, with the instruction that follows it.
 */
export const placeholder = 'FILL IN';

function instruction(text: string): string {
  const line = text.split('\n').find((l) => l.includes(placeholder)) ?? '';
  return line
    .slice(line.indexOf(placeholder))
    .replace(/\s*(-->|\*\/)\s*$/, '')
    .trim();
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
}

/** One problem for each front matter field, hook, section and file that still holds the placeholder. */
function placeholderProblems(dir: string, fields: Record<string, unknown>, doc: Doc, problems: Problems): void {
  const rel = relative(repoRoot, dir);
  const readme = join(rel, 'README.md');
  const left = (where: string, text: string) => {
    if (text.includes(placeholder)) problems.push(`${where} is still the placeholder: ${instruction(text)}`);
  };
  for (const [key, value] of Object.entries(fields)) {
    const text = strings(value).find((v) => v.includes(placeholder));
    if (text !== undefined) left(`${readme}: front matter '${key}'`, text);
  }
  left(`${readme}: the # title`, doc.title);
  left(`${readme}: the hook`, doc.hook);
  // A code block that shows a file is reported with that file.
  const prose = (text: string) => replaceWholeCodeBlocks(text, () => '');
  for (const s of doc.sections)
    if (s.text.includes(placeholder)) left(`${readme}: the section '## ${s.heading}'`, prose(s.text));
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)))
    .filter((f) => f !== 'README.md' && !f.split(/[\\/]/).includes('node_modules'))
    .sort();
  for (const file of files) left(join(rel, file), readFileSync(join(dir, file), 'utf8'));
}

// Loaded on first use: kata tests read README bodies only, and need no YAML parser; a front matter parsed before is read from disk.
const require = createRequire(import.meta.url);
function parseYaml(source: string): unknown {
  return memoOnDisk('yaml', [], source, (text) => (require('yaml') as typeof import('yaml')).parse(text) as unknown);
}

function splitFrontMatter(source: string, file: string, problems: Problems): { data: unknown; body: string } {
  const { yaml, body } = splitSource(source);
  if (yaml === undefined) {
    problems.push(`${file}: no front matter (a --- block at the top)`);
    return { data: {}, body };
  }
  try {
    return { data: parseYaml(yaml), body };
  } catch (error) {
    problems.push(`${file}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`);
    return { data: {}, body };
  }
}

function stringList(value: unknown, field: string, file: string, problems: Problems): string[] {
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string' && v.trim() !== '')) return value;
  problems.push(`${file}: front matter '${field}' must be a list of non-empty strings`);
  return [];
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  file: string,
  problems: Problems,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${file}: front matter '${field}' must be one of ${allowed.join(', ')}`);
  return allowed[0] as T;
}

function text(value: unknown, field: string, file: string, problems: Problems): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  problems.push(`${file}: front matter '${field}' must be a non-empty string`);
  return '';
}

function catchers(value: unknown, file: string, problems: Problems): Catcher[] {
  const entries = Array.isArray(value) ? (value as unknown[]) : [];
  const result: Catcher[] = [];
  for (const entry of entries) {
    const keys = entry !== null && typeof entry === 'object' ? Object.entries(entry) : [];
    const [key, detail] = keys[0] ?? [];
    if (
      keys.length === 1 &&
      typeof detail === 'string' &&
      detail !== '' &&
      (key === 'lint' || key === 'compiler' || key === 'nothing')
    ) {
      result.push({ [key]: detail } as Catcher);
    } else {
      problems.push(
        `${file}: each 'catches' entry is one of {lint: <rule>}, {compiler: <option or type>}, {nothing: <why>}`,
      );
    }
  }
  if (result.length === 0) problems.push(`${file}: front matter 'catches' must name at least one catcher`);
  if (result.some((c) => 'nothing' in c) && result.length > 1) {
    problems.push(`${file}: 'catches' cannot say nothing catches it and also name a catcher`);
  }
  return result;
}

function record(data: unknown, file: string, problems: Problems): Record<string, unknown> {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  problems.push(`${file}: front matter must be a mapping`);
  return {};
}

const kataFields = ['title', 'tags', 'difficulty', 'origin', 'related', 'catches', 'hints', 'imports'];

const hiddenWhilePractising =
  /\bfixed\.ts\b|\bspec\.ts\b|\bkata\.test\.ts\b|\bwrong[- ]fix(?:es)?\b|\bthe answer\b|\bpredict\.ts output\b|\bwhat predict\.ts prints\b/i;

/**
 * What a hint names that the learner cannot see while practising: the fix,
 * the spec, the tests, the wrong fixes, the answer, or what predict.ts prints
 * (hidden until the copy changes). The trainer shows the hints beside the
 * learner's copy of broken.ts and the question, so a hint must point there.
 */
export function hiddenInHint(hint: string): string | undefined {
  return hiddenWhilePractising.exec(hint)?.[0];
}

function kataMeta(data: unknown, file: string, problems: Problems): KataMeta {
  const fm = record(data, file, problems);
  for (const key of Object.keys(fm)) {
    if (!kataFields.includes(key)) problems.push(`${file}: unknown front matter field '${key}'`);
  }
  const hints = stringList(fm.hints, 'hints', file, problems);
  if (hints.length < 2) problems.push(`${file}: a kata needs at least two hints, a nudge first`);
  for (const [i, hint] of hints.entries()) {
    const hidden = hiddenInHint(hint);
    if (hidden !== undefined)
      problems.push(`${file}: hint ${i + 1} points at ${hidden}, which the learner cannot see while practising`);
  }
  return {
    title: text(fm.title, 'title', file, problems),
    tags: stringList(fm.tags, 'tags', file, problems),
    difficulty: oneOf(fm.difficulty, difficulties, 'difficulty', file, problems),
    origin: oneOf(fm.origin, origins, 'origin', file, problems),
    related: fm.related === undefined ? [] : stringList(fm.related, 'related', file, problems),
    catches: catchers(fm.catches, file, problems),
    hints,
    imports: importList(fm.imports, file, problems),
  };
}

function importList(value: unknown, file: string, problems: Problems): string[] {
  if (value === undefined) return [];
  const list = stringList(value, 'imports', file, problems);
  for (const name of list) {
    if (!(kataImports as readonly string[]).includes(name)) {
      problems.push(
        `${file}: front matter 'imports' names '${name}'; a kata may import only ${kataImports.join(', ')} (see CONTRIBUTING.md)`,
      );
    }
  }
  return list;
}

function checkKataDoc(doc: Doc, meta: KataMeta, file: string, problems: Problems): void {
  if (doc.title !== meta.title) problems.push(`${file}: the # title must equal the front matter title '${meta.title}'`);
  if (doc.hook === '' || doc.hook.includes('\n')) problems.push(`${file}: a one-line hook must follow the title`);
  const expected = kataHeadings.filter((h) => h !== 'The Python original' || meta.origin === 'python');
  const actual = doc.sections.map((s) => s.heading);
  if (actual.join('|') !== expected.join('|')) {
    problems.push(
      `${file}: sections must be exactly: ${expected.join(' / ')} (found: ${actual.join(' / ') || 'none'})`,
    );
  }
  const remember = bullets(section('Things to remember', doc)?.text ?? '');
  if (remember.length < 2 || remember.length > 4) problems.push(`${file}: 'Things to remember' needs 2 to 4 bullets`);
  const answer = section('Answer', doc)?.text ?? '';
  if (!answer.startsWith('<details>') || !answer.endsWith('</details>')) {
    problems.push(`${file}: the answer must be folded in <details>…</details>`);
  }
}

/** The section under `## heading`, if the README has one. */
export function section(heading: string, doc: Doc): Section | undefined {
  return doc.sections.find((s) => s.heading === heading);
}

/** All code blocks of a README carrying `attr=value`, such as `output=broken`. */
export function blocksWith(doc: Doc, attr: string, value: string): Block[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b) => b.attrs[attr] === value));
}

/**
 * The paths of a kata's parts, whether or not they exist yet. An implementation
 * (broken, fixed, each wrong fix) is one .ts file, or a folder of modules, for a
 * kata about modules; a folder is given by its entry module, `<folder>/index.ts`.
 */
export function kataFiles(dir: string): Kata['files'] {
  const file = (part: string) => join(dir, part);
  const implementation = (name: string) => (existsSync(file(name)) ? join(dir, name, 'index.ts') : file(`${name}.ts`));
  const wrongDir = file('wrong-fixes');
  return {
    readme: file('README.md'),
    broken: implementation('broken'),
    fixed: implementation('fixed'),
    spec: file('spec.ts'),
    predict: file('predict.ts'),
    test: file('kata.test.ts'),
    python: existsSync(file('original.py')) ? file('original.py') : undefined,
    wrongFixes: existsSync(wrongDir)
      ? readdirSync(wrongDir, { withFileTypes: true })
          .filter((f) => f.isDirectory() || f.name.endsWith('.ts'))
          .map((f) => (f.isDirectory() ? join(wrongDir, f.name, 'index.ts') : join(wrongDir, f.name)))
          .sort()
      : [],
  };
}

/** Whether an implementation is a folder of modules, given by its entry `<folder>/index.ts`. */
export function isModuleFolder(entry: string): boolean {
  return basename(entry) === 'index.ts';
}

/** A wrong fix's name: its file's or its folder's name, without `.ts`. */
export function wrongFixName(entry: string): string {
  return isModuleFolder(entry) ? basename(dirname(entry)) : basename(entry, '.ts');
}

/** The source files of an implementation: the file itself, or every .ts file of its folder, sorted. */
export function implementationFiles(entry: string): string[] {
  if (!isModuleFolder(entry)) return [entry];
  const folder = dirname(entry);
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join(folder, f));
}

/** A README's body, without front matter and without parsing it: for callers that only need the prose and blocks. */
export function readDoc(readme: string): Doc {
  return parseDoc(splitSource(readFileSync(readme, 'utf8')).body);
}

function readKata(name: string, problems: Problems): Kata | undefined {
  const match = folderPattern.exec(name);
  const dir = join(katasDir, name);
  const rel = relative(repoRoot, dir);
  if (!match) {
    problems.push(`${rel}: a kata folder is named NNN-slug-in-kebab-case`);
    return undefined;
  }
  const files = kataFiles(dir);
  for (const part of [files.readme, files.broken, files.fixed, files.spec, files.predict, files.test]) {
    if (!existsSync(part)) problems.push(`${rel}: missing ${relative(dir, part)}`);
  }
  if (files.wrongFixes.length === 0) problems.push(`${rel}: needs at least one plausible wrong fix in wrong-fixes/`);
  if (!existsSync(files.readme)) return undefined;

  const readmeRel = join(rel, 'README.md');
  const { data, body } = splitFrontMatter(readFileSync(files.readme, 'utf8'), readmeRel, problems);
  const meta = kataMeta(data, readmeRel, problems);
  const doc = parseDoc(body);
  placeholderProblems(
    dir,
    data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    doc,
    problems,
  );
  checkKataDoc(doc, meta, readmeRel, problems);
  if (meta.origin === 'python' && files.python === undefined)
    problems.push(`${rel}: origin is python, so it needs original.py`);
  if (meta.origin !== 'python' && files.python !== undefined)
    problems.push(`${rel}: original.py is only for katas whose origin is python`);
  return { id: match[1] ?? '', slug: match[2] ?? '', name, dir, meta, doc, files };
}

function folders(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The slugs a `related` entry may name: that of every kata folder and every pattern folder. */
function knownSlugs(): Set<string> {
  return new Set([...folders(katasDir).map((name) => folderPattern.exec(name)?.[2] ?? name), ...folders(patternsDir)]);
}

/** The one `related` check, for katas and patterns alike: each entry names a kata or a pattern. */
function checkRelated(readme: string, related: readonly string[], problems: Problems): void {
  const known = knownSlugs();
  for (const slug of related) {
    if (!known.has(slug)) problems.push(`${relative(repoRoot, readme)}: related '${slug}' is no kata or pattern`);
  }
}

/** Katas easy first, then medium, then hard; by id within a difficulty. */
export function teachingOrder(katas: readonly Kata[]): Kata[] {
  return [...katas].sort(
    (a, b) =>
      difficulties.indexOf(a.meta.difficulty) - difficulties.indexOf(b.meta.difficulty) || a.id.localeCompare(b.id),
  );
}

/** Reads every kata, collecting problems instead of stopping at the first. */
export function readKatas(): { katas: Kata[]; problems: string[] } {
  const problems: string[] = [];
  const katas = folders(katasDir).flatMap((name) => readKata(name, problems) ?? []);
  const ids = new Map<string, string>();
  for (const kata of katas) {
    const other = ids.get(kata.id);
    if (other !== undefined) problems.push(`katas/${kata.name}: id ${kata.id} is taken by katas/${other}`);
    ids.set(kata.id, kata.name);
  }
  for (const kata of katas) checkRelated(kata.files.readme, kata.meta.related, problems);
  return { katas, problems };
}

/** Every kata, or a CatalogError listing all that is wrong. */
export function loadKatas(): Kata[] {
  const { katas, problems } = readKatas();
  if (problems.length > 0) throw new CatalogError(problems);
  return katas;
}

/** Reads every pattern's front matter and README. */
export function readPatterns(): { patterns: Pattern[]; problems: string[] } {
  const problems: string[] = [];
  const patterns: Pattern[] = [];
  for (const slug of folders(patternsDir)) {
    const dir = join(patternsDir, slug);
    const readme = join(dir, 'README.md');
    const rel = relative(repoRoot, readme);
    if (!existsSync(readme)) {
      problems.push(`${rel}: missing`);
      continue;
    }
    const { data, body } = splitFrontMatter(readFileSync(readme, 'utf8'), rel, problems);
    const fm = record(data, rel, problems);
    const meta: PatternMeta = {
      title: text(fm.title, 'title', rel, problems),
      tags: stringList(fm.tags, 'tags', rel, problems),
      difficulty: oneOf(fm.difficulty, difficulties, 'difficulty', rel, problems),
      related: fm.related === undefined ? [] : stringList(fm.related, 'related', rel, problems),
      catches: fm.catches === undefined ? [] : catchers(fm.catches, rel, problems),
    };
    const doc = parseDoc(body);
    placeholderProblems(dir, fm, doc, problems);
    if (doc.title !== meta.title)
      problems.push(`${rel}: the # title must equal the front matter title '${meta.title}'`);
    if (doc.hook === '' || doc.hook.includes('\n')) problems.push(`${rel}: a one-line hook must follow the title`);
    const actual = doc.sections.map((s) => s.heading);
    const missing = patternHeadings.filter((h) => !actual.includes(h));
    if (missing.length > 0) problems.push(`${rel}: missing sections: ${missing.join(' / ')}`);
    const ts = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('node_modules'))
      .sort();
    const insteadOf = ts.filter((f) => /^instead-of(-[a-z0-9-]+)?\.ts$/.test(f)).map((f) => join(dir, f));
    if (!ts.includes('index.ts'))
      problems.push(`${relative(repoRoot, dir)}: missing index.ts (the public API, with TSDoc)`);
    if (insteadOf.length === 0)
      problems.push(`${relative(repoRoot, dir)}: missing instead-of.ts (the anti-pattern beside the pattern)`);
    if (!readdirSync(dir).some((f) => f.endsWith('.test.ts')))
      problems.push(`${relative(repoRoot, dir)}: missing tests (*.test.ts)`);
    patterns.push({
      slug,
      dir,
      meta,
      doc,
      files: {
        readme,
        index: join(dir, 'index.ts'),
        insteadOf,
        sources: ts.map((f) => join(dir, f)).filter((f) => !insteadOf.includes(f)),
      },
    });
  }
  for (const pattern of patterns) checkRelated(pattern.files.readme, pattern.meta.related, problems);
  return { patterns, problems };
}
