import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileFunction, constants } from 'node:vm';
import { memoFor } from './disk-cache.ts';
import { repoRoot } from './paths.ts';
import { esbuild, printedByNode, type Replacements } from './runner.ts';

// A kata made of several modules is about how modules load, so it runs through
// Node's own ES module loader, never through a bundle: a bundle turns top-level
// classes and consts into vars, so a module cycle that throws a ReferenceError
// under Node reads undefined in a bundle. Each .ts file is compiled on its own
// to an .mjs file beside the others, its relative imports kept as imports.

const outExtension = '.mjs';

// Relative imports of .ts files, as esbuild prints them: static, re-export and dynamic.
const relativeImport = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)"(\.{1,2}\/[^"]*\.ts)"/g;

function tsFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('node_modules'))
    .map((f) => join(root, f));
}

/**
 * Every .ts file under `root`, compiled one by one, not bundled (a bundle turns
 * top-level classes into vars): output path relative to `root`, and code. The
 * result is kept on disk while the files, the swaps and the tsconfig are unchanged.
 */
async function compileFolder(root: string, replacements: Replacements): Promise<Map<string, string>> {
  const tsconfigRaw = readFileSync(join(repoRoot, 'tsconfig.json'), 'utf8');
  const sources = tsFiles(root).map((file) => [file, readFileSync(file, 'utf8')] as const);
  const fromRoot = (file: string) => relative(repoRoot, file).split('\\').join('/');
  const input = JSON.stringify({
    tsconfigRaw,
    sources: sources.map(([file, source]) => [fromRoot(file), source]),
    swaps: Object.entries(replacements).map(([from, to]) => [fromRoot(from), fromRoot(to)]),
  });
  const memo = memoFor<(readonly [string, string])[]>('module-folders', [import.meta.filename], input);
  const stored = memo.get();
  if (stored !== undefined) return new Map(stored);
  const compiled = await Promise.all(
    sources.map(async ([file, source]) => {
      const { code } = await esbuild().transform(source, {
        loader: 'ts',
        format: 'esm',
        target: 'node20',
        sourcefile: file,
        tsconfigRaw,
      });
      const rewritten = code.replace(relativeImport, (_all, head: string, path: string) => {
        const found = resolve(dirname(file), path);
        const target = replacements[found] ?? found;
        if (relative(root, target).startsWith('..')) throw new Error(`${file} imports ${target}, outside ${root}`);
        const rel = relative(dirname(file), target).split('\\').join('/');
        return `${head}"${rel.startsWith('.') ? '' : './'}${rel.replace(/\.ts$/, outExtension)}"`;
      });
      return [outputName(root, file), rewritten] as const;
    }),
  );
  memo.set(compiled);
  return new Map(compiled);
}

let scratch: string | undefined;
let instances = 0;

/** Writes the compiled modules into a folder of their own, so Node loads every one of them afresh. */
function writeInstance(files: ReadonlyMap<string, string>): string {
  if (scratch === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'gotcha-native-'));
    scratch = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  instances += 1;
  const dir = join(scratch, String(instances));
  for (const [file, code] of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), code);
  }
  return dir;
}

/** Removes every instance written so far, once nothing will load from them; later loads write to a new folder. */
export function removeInstances(): void {
  if (scratch === undefined) return;
  rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

// An import() that Node's own loader answers, not the test runner's module graph.
const nativeImport = compileFunction('return import(specifier)', ['specifier'], {
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
}) as (specifier: string) => Promise<unknown>;

const compiled = new Map<string, Promise<Map<string, string>>>();

function compiledFolder(root: string, replacements: Replacements): Promise<Map<string, string>> {
  const key = JSON.stringify([root, replacements]);
  let found = compiled.get(key);
  if (found === undefined) {
    found = compileFolder(root, replacements);
    compiled.set(key, found);
  }
  return found;
}

function outputName(root: string, file: string): string {
  return relative(root, file).replace(/\.ts$/, outExtension);
}

/**
 * Returns a loader that imports `entry` through Node's own ES module loader, as
 * a fresh instance of it and of every module it imports, on every call. `root`
 * is the folder that holds every module it may import (the kata's folder).
 */
export function nativeLoader<M>(root: string, entry: string): () => Promise<M> {
  return async () => {
    const dir = writeInstance(await compiledFolder(root, {}));
    return (await nativeImport(pathToFileURL(join(dir, outputName(root, entry))).href)) as M;
  };
}

/**
 * Runs a script in a new Node process, through Node's own loader, and returns
 * the lines it printed to stdout; what it printed to stderr is appended.
 */
export async function runNativeScript(root: string, file: string, replacements: Replacements = {}): Promise<string[]> {
  const dir = writeInstance(await compiledFolder(root, replacements));
  return printedByNode(file, [join(dir, outputName(root, file))]);
}
