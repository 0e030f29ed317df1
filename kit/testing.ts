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
import { exportNames, nativeLoader, removeInstances, runNativeScript } from './native.ts';
import { startPython } from './python.ts';
import { loader, runScript, type Replacements } from './runner.ts';
import { repoRoot } from './paths.ts';
import { runSpec, type Spec } from './spec.ts';

/** Fresh-instance loaders for one kata's implementations. */
export interface KataLoaders<M> {
  readonly files: Kata['files'];
  readonly doc: Doc;
  readonly broken: () => Promise<M>;
  readonly fixed: () => Promise<M>;
  /** A loader for a wrong fix, by its file name without `.ts`. */
  readonly wrongFix: (name: string) => () => Promise<M>;
}

/**
 * What the spec must reject: for `broken` and for each file in wrong-fixes/
 * (by name without `.ts`), the names of the checks that fail on it.
 */
export type Rejections = Readonly<Record<string, readonly string[]>>;

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
 * Declares a kata's suite, named by its title. Beside the kata's own tests it
 * registers the proofs every kata owes: the spec passes on fixed.ts, it fails on
 * broken.ts and on every wrong fix exactly where `rejects` says, predict.ts
 * prints the README's answers, and the Python original prints its README output.
 */
export function describeKata<M>(
  testFileUrl: string,
  spec: Spec<M>,
  rejects: Rejections,
  body: (loaders: KataLoaders<M>) => void,
): void {
  const dir = dirname(fileURLToPath(testFileUrl));
  const where = relative(repoRoot, dir);
  const files = kataFiles(dir);
  const doc = readDoc(files.readme);
  const wrongNames = files.wrongFixes.map(wrongFixName);
  const listed = Object.keys(rejects).sort();
  const owed = ['broken', ...wrongNames].sort();
  if (listed.join() !== owed.join()) {
    throw new Error(`${where}: rejects must list exactly ${owed.join(', ')} (got ${listed.join(', ')})`);
  }
  const checkNames = Object.keys(spec.checks);
  for (const [impl, names] of Object.entries(rejects)) {
    const unknown = names.filter((n) => !checkNames.includes(n));
    if (names.length === 0 || unknown.length > 0) {
      throw new Error(
        `${where}: rejects.${impl} must name failing checks of the spec (unknown: ${unknown.join(', ') || 'none listed'})`,
      );
    }
  }

  // A kata made of module folders is about loading modules: it runs through Node's own loader, never a bundle.
  const modules = isModuleFolder(files.broken);
  const loaderOf = (file: string) => (modules ? nativeLoader<M>(dir, file) : loader<M>(file));
  const predict = (replacements: Replacements = {}) =>
    modules ? runNativeScript(dir, files.predict, replacements) : runScript(files.predict, replacements);
  const wrongFixLoaders = new Map(files.wrongFixes.map((f) => [wrongFixName(f), loaderOf(f)]));
  const loaders: KataLoaders<M> = {
    files,
    doc,
    broken: loaderOf(files.broken),
    fixed: loaderOf(files.fixed),
    wrongFix: (name) => {
      const load = wrongFixLoaders.get(name);
      if (load === undefined) throw new Error(`${where}: no wrong fix named ${name}`);
      return load;
    },
  };

  // The tests of one kata run concurrently: each loads fresh instances and
  // console capture is synchronous, so they share nothing, and their waits for
  // the compiler overlap. A kata test that changes a global must not await.
  describe.concurrent(doc.title.toLowerCase(), () => {
    if (modules) afterAll(removeInstances);
    body(loaders);

    it('fixed: has the same exports as broken.ts and every wrong fix', async () => {
      // A module folder's exports are read without running it, as broken/ may throw while it loads.
      const exportsOf = async (load: () => Promise<M>, file: string) =>
        modules ? exportNames(file) : Object.keys((await load()) as object).sort();
      const expected = await exportsOf(loaders.fixed, files.fixed);
      expect(expected.length).toBeGreaterThan(0);
      expect(await exportsOf(loaders.broken, files.broken), 'broken.ts').toEqual(expected);
      for (const file of files.wrongFixes)
        expect(await exportsOf(loaders.wrongFix(wrongFixName(file)), file), relative(dir, file)).toEqual(expected);
    });

    for (const [name, check] of Object.entries(spec.checks)) {
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

    it('broken: predict.ts prints the answer in the README', async () => {
      const printed = await predict();
      expect(printed.join('\n')).toBe(expectedBlock(doc, files.readme, 'broken'));
    });

    it('fixed: predict.ts prints the fixed answer in the README', async () => {
      const printed = await predict({ [files.broken]: files.fixed });
      expect(printed.join('\n')).toBe(expectedBlock(doc, files.readme, 'fixed'));
    });

    const python = files.python;
    if (python !== undefined) {
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
  });
}
