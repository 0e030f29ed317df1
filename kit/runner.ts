import type { Plugin } from 'esbuild';
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { compileFunction } from 'node:vm';
import { printedBy } from './console.ts';
import {
  cacheDir,
  contentOf,
  hashedInputs,
  hashingPlugin,
  inputsUnchanged,
  prune,
  sha256,
  writeAtomically,
  type HashedInput,
} from './disk-cache.ts';
import { repoRoot } from './paths.ts';

/** Import paths to swap while bundling: absolute source path to absolute replacement path. */
export type Replacements = Readonly<Record<string, string>>;

// Loaded on first use: a run whose bundles are all on disk starts no compiler.
const requireHere = createRequire(import.meta.url);
/** esbuild's API, loaded when something must be compiled. */
export const esbuild = (): typeof import('esbuild') => requireHere('esbuild') as typeof import('esbuild');

/** Thrown when a file cannot be bundled; `message` carries file:line for each problem. */
export class BundleError extends Error {
  override name = 'BundleError';
}

function replacing(replacements: Replacements): Plugin {
  return {
    name: 'replace-imports',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\.{1,2}\// }, async (args) => {
        if (args.pluginData === 'replacing') return undefined;
        const found = await pluginBuild.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'replacing',
        });
        const swap = replacements[found.path];
        return swap === undefined ? found : { path: swap };
      });
    },
  };
}

/** How a bundle is emitted: an ES module for the trainer's sandbox, or CommonJS for in-process instances. */
type Format = 'esm' | 'cjs';

interface Compiled {
  readonly code: string;
  /** The names the entry exports, sorted. */
  readonly exports: readonly string[];
  readonly inputs: readonly StampedInput[];
}

const compiled = new Map<string, Promise<Compiled>>();

/** An input file of a bundle, with the mtime and size it had when compiled. */
export type StampedInput = readonly [path: string, mtime: number, size: number];

/** A file's mtime and size, or NaNs when it is gone. */
export function stamp(file: string): [number, number] {
  try {
    const { mtimeMs, size } = statSync(file);
    return [mtimeMs, size];
  } catch {
    return [Number.NaN, Number.NaN];
  }
}

/**
 * The result kept in `cache` under `key`, while every one of its input files
 * keeps the mtime and size it had; otherwise `compute`'s, kept in its place.
 * A failed result is computed again.
 */
export async function whileUnchanged<T extends { readonly inputs: readonly StampedInput[] }>(
  cache: Map<string, Promise<T>>,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const hit = cache.get(key);
  if (hit !== undefined) {
    const fresh = await hit.then(
      (result) =>
        result.inputs.every(([file, mtime, size]) => {
          const [m, s] = stamp(file);
          return m === mtime && s === size;
        }),
      () => false,
    );
    if (fresh) return hit;
  }
  const next = compute();
  cache.set(key, next);
  return next;
}

/** esbuild's failure as a BundleError that names file:line:col (the file's absolute path) for each problem; any other error as it is. */
export function asBundleError(error: unknown): unknown {
  if (error instanceof BundleError) return error;
  const problems = (
    error as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }
  ).errors;
  if (problems === undefined) return error;
  const lines = problems.map(({ text, location }) =>
    location ? `${resolve(repoRoot, location.file)}:${location.line}:${location.column + 1}: ${text}` : text,
  );
  return new BundleError(lines.join('\n'), { cause: error });
}

// Bundles are kept on disk (kit/disk-cache.ts), one file per entry,
// replacements and format, replaced when its inputs change. Paths are relative
// to the repo root, so a copy of the repo that links node_modules (the
// benchmarks, the trainer's tests) reuses the bundles of files it left unchanged.
const bundlesDir = join(cacheDir, 'bundles');
const bundlesKept = 5000;
/** Bump when compile()'s options change: they decide the bundle as much as its inputs do. */
const cacheVersion = 2;

interface CacheEntry {
  readonly code: string;
  readonly exports: readonly string[];
  readonly inputs: readonly HashedInput[];
}

let settings: string | undefined;
function cacheFile(entry: string, replacements: Replacements, format: Format): string {
  // What decides a bundle besides its inputs: the compiler, the options, and the configs it reads.
  settings ??= JSON.stringify([
    cacheVersion,
    sha256(contentOf(join(repoRoot, 'tsconfig.json')) ?? ''),
    sha256(contentOf(join(repoRoot, 'package.json')) ?? ''),
    sha256(contentOf(join(repoRoot, 'package-lock.json')) ?? ''),
  ]);
  const fromRoot = (file: string) => relative(repoRoot, resolve(file)).split('\\').join('/');
  const swaps = Object.entries(replacements)
    .map(([from, to]) => `${fromRoot(from)}>${fromRoot(to)}`)
    .sort();
  return join(bundlesDir, `${sha256(JSON.stringify([settings, fromRoot(entry), swaps, format]))}.json`);
}

function fromCache(file: string): Compiled | undefined {
  const stored = contentOf(file);
  if (stored === undefined) return undefined;
  let entry: CacheEntry;
  try {
    entry = JSON.parse(stored.toString('utf8')) as CacheEntry;
  } catch {
    return undefined; // unreadable: compile again, and the new bundle replaces it
  }
  // Stamped before reading: an edit made after the check shows as a changed stamp, not as a stale bundle.
  const inputs: (readonly [string, number, number])[] = [];
  const unchanged = inputsUnchanged(entry.inputs, (path) => inputs.push([path, ...stamp(path)]));
  return unchanged ? { code: entry.code, exports: entry.exports, inputs } : undefined;
}

function toCache(file: string, { code, exports }: Omit<Compiled, 'inputs'>, hashes: ReadonlyMap<string, string>): void {
  try {
    writeAtomically(file, JSON.stringify({ code, exports, inputs: hashedInputs(hashes) } satisfies CacheEntry));
    prune(bundlesDir, bundlesKept);
  } catch {
    // A cache that cannot be written (a read-only checkout) only costs the next run a compile.
  }
}

async function compile(entry: string, replacements: Replacements, format: Format): Promise<Compiled> {
  const file = cacheFile(entry, replacements, format);
  const cached = fromCache(file);
  if (cached !== undefined) return cached;
  const hashes = new Map<string, string>();
  try {
    const result = await esbuild().build({
      entryPoints: [resolve(entry)],
      absWorkingDir: repoRoot,
      bundle: true,
      write: false,
      metafile: true,
      format,
      platform: 'node',
      target: 'node20',
      tsconfig: resolve(repoRoot, 'tsconfig.json'),
      // The trainer maps learners' stack traces back to their .ts lines; in-process instances need no map.
      sourcemap: format === 'esm' ? 'inline' : false,
      sourcesContent: false,
      logLevel: 'silent',
      plugins: [...(Object.keys(replacements).length > 0 ? [replacing(replacements)] : []), hashingPlugin(hashes)],
    });
    const [output] = result.outputFiles;
    if (output === undefined) throw new BundleError(`esbuild produced no output for ${entry}`);
    const inputs = Object.keys(result.metafile.inputs).map((file) => {
      const path = resolve(repoRoot, file);
      return [path, ...stamp(path)] as const;
    });
    const exports = Object.values(result.metafile.outputs)
      .flatMap((o) => o.exports)
      .sort();
    toCache(file, { code: output.text, exports }, hashes);
    return { code: output.text, exports, inputs };
  } catch (error) {
    throw asBundleError(error);
  }
}

/** Compiles once per process and content (see whileUnchanged). */
function compileCached(entry: string, replacements: Replacements, format: Format): Promise<Compiled> {
  const key = JSON.stringify([resolve(entry), replacements, format]);
  return whileUnchanged(compiled, key, () => compile(entry, replacements, format));
}

/**
 * Compiles a TypeScript entry and everything it imports relatively into one
 * ES module with an inline source map, with the root tsconfig's semantics
 * (class fields included).
 */
export async function bundle(entry: string, replacements: Replacements = {}): Promise<string> {
  return (await compileCached(entry, replacements, 'esm')).code;
}

let instances = 0;

/** Evaluates an ES module's code as a brand-new module instance, however often the same code is imported. */
export async function importFresh<M>(code: string): Promise<M> {
  instances += 1;
  const source = `${code}\n//# instance=${instances}\n`;
  return (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as M;
}

type Factory = (exports: object, require: NodeJS.Require, module: { exports: object }) => void;

const factories = new WeakMap<Compiled, Factory>();
const requireBuiltin = createRequire(resolve(repoRoot, 'package.json'));

// The bundle is wrapped once in a strict function, as ES modules are strict; each
// call of it is a new instance with its own top-level bindings, in this realm,
// at a fraction of the cost of importing a new ES module.
function instantiate<M>(entry: string, bundled: Compiled): M {
  let factory = factories.get(bundled);
  if (factory === undefined) {
    factory = compileFunction(`'use strict';\n${bundled.code}`, ['exports', 'require', 'module'], {
      filename: `${entry} (bundled)`,
    }) as Factory;
    factories.set(bundled, factory);
  }
  const module = { exports: {} };
  factory.call(undefined, module.exports, requireBuiltin, module);
  return module.exports as M;
}

/**
 * Returns a loader that gives a fresh instance of `file`'s module on every call.
 * It compiles on the first call and keeps that code, so later instances cost no
 * file system checks; make a new loader to pick up edits. Top-level await is not supported.
 */
export function loader<M>(file: string, replacements: Replacements = {}): () => Promise<M> {
  let bundled: Promise<Compiled> | undefined;
  return async () => instantiate<M>(file, await (bundled ??= compileCached(file, replacements, 'cjs')));
}

/** What a CommonJS bundle cannot hold; a script that has it runs as an ES module of its own (see runModuleScript). */
const topLevelAwait = 'Top-level await is currently not supported with the "cjs" output format';

/**
 * Runs a script that awaits at its top level, such as a predict.ts about promises
 * and timers: as an ES module in a Node process of its own, which exits when
 * nothing is left to run. Returns the lines it printed, and its stderr if any.
 */
async function runModuleScript(file: string, replacements: Replacements): Promise<string[]> {
  return printedByNode(file, ['--input-type=module'], await bundle(file, replacements));
}

/**
 * Runs `node args` in a process of its own, with `input` on its standard input,
 * and returns the lines it printed, then its stderr if any. A script that throws
 * still printed what it printed: only a run past 30 s is a failure. `file` names it.
 */
export async function printedByNode(file: string, args: readonly string[], input = ''): Promise<string[]> {
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((done, fail) => {
    const child = execFile(
      process.execPath,
      [...args],
      { encoding: 'utf8', timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error?.killed === true) fail(new Error(`${file} did not finish in 30 s`, { cause: error }));
        else done({ stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
  const lines = stdout.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return stderr === '' ? lines : [...lines, stderr];
}

/**
 * Runs a script as a fresh module and returns what it printed through the
 * console, as Node's console prints it, one string per call (see printedBy).
 * A script with top-level await runs in a Node process of its own (runModuleScript).
 */
export async function runScript(file: string, replacements: Replacements = {}): Promise<string[]> {
  let bundled: Compiled;
  try {
    bundled = await compileCached(file, replacements, 'cjs');
  } catch (error) {
    if (error instanceof BundleError && error.message.includes(topLevelAwait))
      return runModuleScript(file, replacements);
    throw error;
  }
  return printedBy(() => instantiate(file, bundled));
}

/** The names `file` exports, sorted, read from its source and its imports without running any of them. */
export async function exportNames(file: string): Promise<string[]> {
  return [...(await compileCached(file, {}, 'esm')).exports];
}

/** The CommonJS bundle that `loader` instantiates, for loaders of another kind (kit/realm.ts). */
export async function commonJsBundle(file: string, replacements: Replacements = {}): Promise<string> {
  return (await compileCached(file, replacements, 'cjs')).code;
}
