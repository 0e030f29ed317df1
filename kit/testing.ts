import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  blocksWith,
  CatalogError,
  isModuleFolder,
  kataFiles,
  readDoc,
  wrongFixName,
  type Doc,
  type Kata,
} from '#catalog/catalog.ts';
import { nativeLoader, removeInstances, runNativeScript } from './native.ts';
import { startPython } from './python.ts';
import { realmLoader, runScriptInRealm } from './realm.ts';
import { exportNames, loader, runScript, type Replacements } from './runner.ts';
import { repoRoot } from './paths.ts';
import { runSpec, type Check, type Spec } from './spec.ts';

/** Fresh-instance loaders for one kata's implementations. */
export interface KataLoaders<M> {
  readonly files: Kata['files'];
  readonly doc: Doc;
  readonly broken: () => Promise<M>;
  readonly fixed: () => Promise<M>;
  /** A loader for a wrong fix, by its file or folder name without `.ts`. */
  readonly wrongFix: (name: string) => () => Promise<M>;
  /** Runs predict.ts, with imports swapped as `replacements` says, and returns what it printed. */
  readonly predict: (replacements?: Replacements) => Promise<string[]>;
  /** The names a module exports; a module folder's are read without running it, as broken/ may throw while it loads. */
  readonly exportsOf: (entry: string) => Promise<string[]>;
}

/**
 * What the spec must reject: for `broken` and for each file in wrong-fixes/
 * (by name without `.ts`), the names of the checks that fail on it, in the
 * spec's order. The check names `N` are typed; the wrong-fix names are files,
 * so describeKata checks them when it runs.
 */
export interface Rejections<N extends string = string> {
  readonly broken: readonly N[];
  readonly [wrongFix: string]: readonly N[];
}

function failedChecks<M>(spec: Spec<M>, load: () => Promise<M>): Promise<string[]> {
  return runSpec(spec, load).then((results) => results.filter((r) => !r.passed).map((r) => r.name));
}

function expectedBlock(doc: Doc, readme: string, output: string): string {
  const [block, extra] = blocksWith(doc, 'output', output);
  if (block === undefined || extra !== undefined) {
    throw new CatalogError([`${relative(repoRoot, readme)}: needs exactly one \`\`\`text output=${output} block`]);
  }
  return block.code;
}

/**
 * The problems with a `rejects` map, one sentence each: it must list `broken`
 * and exactly the wrong fixes on disk, each with checks that the spec has.
 */
export function rejectionProblems(
  checkNames: readonly string[],
  wrongFixNames: readonly string[],
  rejects: Readonly<Record<string, readonly string[]>>,
): string[] {
  const problems: string[] = [];
  const listed = Object.keys(rejects).sort();
  const owed = ['broken', ...wrongFixNames].sort();
  if (listed.join() !== owed.join())
    problems.push(`rejects must list exactly ${owed.join(', ')} (got ${listed.join(', ')})`);
  for (const [impl, names] of Object.entries(rejects)) {
    const unknown = names.filter((n) => !checkNames.includes(n));
    if (names.length === 0 || unknown.length > 0) {
      const shown = unknown.map((n) => JSON.stringify(n)).join(', ') || 'none listed';
      problems.push(`rejects.${impl} must name failing checks of the spec (unknown: ${shown})`);
    }
  }
  return problems;
}

/**
 * A fresh-instance loader for one implementation of the kata in `dir` (`entry` as kataFiles names it).
 * A kata made of module folders is about loading modules: it runs through Node's own loader, never a bundle.
 * A kata whose spec asks for a realm of its own runs each instance in a new node:vm context.
 */
export function implementationLoader<M>(dir: string, entry: string, realm?: 'own'): () => Promise<M> {
  if (isModuleFolder(entry)) return nativeLoader<M>(dir, entry);
  return realm === 'own' ? realmLoader<M>(entry) : loader<M>(entry);
}

function kataLoaders<M>(files: Kata['files'], doc: Doc, dir: string, where: string, realm?: 'own'): KataLoaders<M> {
  const modules = isModuleFolder(files.broken);
  const own = realm === 'own';
  const loaderOf = (file: string) => implementationLoader<M>(dir, file, realm);
  const loads = new Map([files.broken, files.fixed, ...files.wrongFixes].map((f) => [f, loaderOf(f)]));
  const load = (entry: string) => loads.get(entry) ?? loaderOf(entry);
  const wrongFixes = new Map(files.wrongFixes.map((f) => [wrongFixName(f), load(f)]));
  return {
    files,
    doc,
    broken: load(files.broken),
    fixed: load(files.fixed),
    wrongFix: (name) => {
      const found = wrongFixes.get(name);
      if (found === undefined) throw new Error(`${where}: no wrong fix named ${name}`);
      return found;
    },
    predict: (replacements = {}) =>
      modules
        ? runNativeScript(dir, files.predict, replacements)
        : (own ? runScriptInRealm : runScript)(files.predict, replacements),
    exportsOf: async (entry) => (modules ? exportNames(entry) : Object.keys((await load(entry)()) as object).sort()),
  };
}

/** The spec passes on fixed.ts, check by check, and fails on broken.ts and each wrong fix exactly where `rejects` says. */
function specProofs<M>(spec: Spec<M>, rejects: Rejections, loaders: KataLoaders<M>): void {
  const { files, exportsOf } = loaders;
  it('fixed: has the same exports as broken.ts and every wrong fix', async () => {
    const expected = await exportsOf(files.fixed);
    expect(expected.length).toBeGreaterThan(0);
    expect(await exportsOf(files.broken), 'broken').toEqual(expected);
    for (const wrong of files.wrongFixes)
      expect(await exportsOf(wrong), `wrong fix ${wrongFixName(wrong)}`).toEqual(expected);
  });

  for (const [name, check] of Object.entries<Check<M>>(spec.checks)) {
    it(`fixed: ${name}`, async () => {
      await check(await loaders.fixed());
    });
  }

  for (const [impl, expected] of Object.entries(rejects)) {
    const load = impl === 'broken' ? loaders.broken : loaders.wrongFix(impl);
    const title = impl === 'broken' ? 'broken: the spec rejects it' : `broken: wrong fix "${impl}"`;
    it(`${title} (fails: ${expected.join('; ')})`, async () => {
      expect(await failedChecks(spec, load)).toEqual(expected);
    });
  }
}

/** predict.ts prints the README's answers, and the Python original (if any) prints its README output. */
function outputProofs<M>({ files, doc, predict }: KataLoaders<M>): void {
  it('broken: predict.ts prints the answer in the README', async () => {
    const printed = await predict();
    expect(printed.join('\n')).toBe(expectedBlock(doc, files.readme, 'broken'));
  });

  it('fixed: predict.ts prints the fixed answer in the README', async () => {
    const printed = await predict({ [files.broken]: files.fixed });
    expect(printed.join('\n')).toBe(expectedBlock(doc, files.readme, 'fixed'));
  });

  const python = files.python;
  if (python === undefined) return;
  const pending = startPython(python);
  // Started at collection; a failure belongs to the test below, not to an unhandled rejection.
  pending.catch(() => undefined);
  it('broken: the Python original prints the output in the README', async (context) => {
    const run = await pending;
    if (run.skipped !== undefined) {
      context.skip(run.skipped);
      return;
    }
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd()).toBe(expectedBlock(doc, files.readme, 'python'));
  });
}

/**
 * Declares a kata's suite, named by its title. Beside the kata's own tests it
 * registers the proofs every kata owes: the spec passes on fixed.ts, it fails on
 * broken.ts and on every wrong fix exactly where `rejects` says, predict.ts
 * prints the README's answers, and the Python original prints its README output.
 *
 * The check names in `rejects` are typed by the spec, so a misspelt one is a
 * compile error; the spec alone decides them (`NoInfer`).
 */
export function describeKata<M, N extends string>(
  testFileUrl: string,
  spec: Spec<M, N>,
  rejects: Rejections<NoInfer<N>>,
  body: (loaders: KataLoaders<M>) => void,
): void {
  const dir = dirname(fileURLToPath(testFileUrl));
  const where = relative(repoRoot, dir);
  const files = kataFiles(dir);
  const doc = readDoc(files.readme);
  const wrongNames = files.wrongFixes.map(wrongFixName);
  const problems = rejectionProblems(Object.keys(spec.checks), wrongNames, rejects);
  if (problems.length > 0) throw new Error(problems.map((p) => `${where}: ${p}`).join('\n'));
  const loaders = kataLoaders<M>(files, doc, dir, where, spec.realm);

  // The tests of one kata run concurrently: each loads fresh instances and
  // console capture is synchronous, so they share nothing, and their waits for
  // the compiler overlap. A kata test that changes a global must not await.
  describe.concurrent(doc.title.toLowerCase(), () => {
    if (isModuleFolder(files.broken)) afterAll(removeInstances);
    body(loaders);
    specProofs(spec, rejects, loaders);
    outputProofs(loaders);
  });
}
