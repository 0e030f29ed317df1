import { build, version as esbuildVersion, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { compileFunction } from 'node:vm';
import { captureConsole } from './console.ts';
import { repoRoot } from './paths.ts';

/** Import paths to swap while bundling: absolute source path to absolute replacement path. */
export type Replacements = Readonly<Record<string, string>>;

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
  /** Every input file with the mtime and size it had when compiled. */
  readonly inputs: readonly (readonly [string, number, number])[];
}

const compiled = new Map<string, Promise<Compiled>>();

// The disk cache: a bundle is kept in node_modules/.cache (ignored by git) with
// the content hash of every file that went into it, and is used again only
// while every one of those files has the same content. Paths are kept relative
// to the repo root, so a copy of the repo (the benchmarks, the trainer's tests)
// shares the bundles of files it has unchanged. One cache file per entry,
// replacements and format, overwritten on change, so the cache grows only with
// new entries; past `cacheLimit` files, the oldest half is removed.
const cacheDir = join(repoRoot, 'node_modules', '.cache', 'gotcha-katas', 'bundles');
const cacheLimit = 4000;
const cacheVersion = 1;
let cacheChecked = false;

interface CacheFile {
  readonly code: string;
  /** Every input, relative to the repo root, and the sha256 of its content. */
  readonly inputs: readonly (readonly [string, string])[];
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const fromRoot = (file: string) => relative(repoRoot, file).split('\\').join('/');
const readOrEmpty = (file: string) => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

// What decides a bundle besides its inputs: the compiler, the options (by cacheVersion) and the configs it reads.
let settings: string | undefined;
function cacheKey(entry: string, replacements: Replacements, format: Format): string {
  settings ??= JSON.stringify([
    cacheVersion,
    esbuildVersion,
    process.version,
    sha256(readOrEmpty(join(repoRoot, 'tsconfig.json')) ?? ''),
    sha256(readOrEmpty(join(repoRoot, 'package.json')) ?? ''),
  ]);
  const swaps = Object.entries(replacements).map(([from, to]) => [fromRoot(from), fromRoot(to)]);
  return sha256(JSON.stringify([settings, fromRoot(entry), swaps.sort(), format]));
}

function fromDisk(key: string): Compiled | undefined {
  const stored = readOrEmpty(join(cacheDir, `${key}.json`));
  if (stored === undefined) return undefined;
  try {
    const { code, inputs } = JSON.parse(stored.toString('utf8')) as CacheFile;
    const stamped: (readonly [string, number, number])[] = [];
    for (const [file, hash] of inputs) {
      const path = resolve(repoRoot, file);
      const content = readOrEmpty(path);
      if (content === undefined || sha256(content) !== hash) return undefined;
      stamped.push([path, ...stamp(path)]);
    }
    return { code, inputs: stamped };
  } catch {
    return undefined;
  }
}

/**
 * Keeps a bundle compiled from `files` by a build that started at `started`
 * (epoch ms). A file changed since shortly before that start may have been read
 * by the build in another state than the one hashed here, so such a bundle is not kept.
 */
function toDisk(key: string, code: string, files: readonly string[], started: number): void {
  try {
    const inputs: [string, string][] = [];
    for (const file of files) {
      const content = readOrEmpty(file);
      const rel = fromRoot(file);
      // A file outside the repo, or gone already, cannot be checked later: such a bundle is not kept.
      if (content === undefined || isAbsolute(rel) || rel.startsWith('..')) return;
      const changed = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY;
      if (changed >= started - 2000) return;
      inputs.push([rel, sha256(content)]);
    }
    mkdirSync(cacheDir, { recursive: true });
    if (!cacheChecked) {
      cacheChecked = true;
      const names = readdirSync(cacheDir);
      if (names.length > cacheLimit) {
        const byAge = names
          .map((name) => [name, statSync(join(cacheDir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0] as const)
          .sort((a, b) => a[1] - b[1]);
        for (const [name] of byAge.slice(0, names.length / 2)) rmSync(join(cacheDir, name), { force: true });
      }
    }
    const temp = join(cacheDir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(temp, JSON.stringify({ code, inputs } satisfies CacheFile));
    renameSync(temp, join(cacheDir, `${key}.json`));
  } catch {
    // The cache only saves time: a bundle that cannot be kept is compiled again next run.
  }
}

function stamp(file: string): [number, number] {
  try {
    const { mtimeMs, size } = statSync(file);
    return [mtimeMs, size];
  } catch {
    return [Number.NaN, Number.NaN];
  }
}

async function compile(entry: string, replacements: Replacements, format: Format): Promise<Compiled> {
  const key = cacheKey(entry, replacements, format);
  const cached = fromDisk(key);
  if (cached !== undefined) return cached;
  const started = Date.now();
  try {
    const result = await build({
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
      plugins: Object.keys(replacements).length > 0 ? [replacing(replacements)] : [],
    });
    const [output] = result.outputFiles;
    if (output === undefined) throw new BundleError(`esbuild produced no output for ${entry}`);
    const files = Object.keys(result.metafile.inputs).map((file) => resolve(repoRoot, file));
    toDisk(key, output.text, files, started);
    return { code: output.text, inputs: files.map((path) => [path, ...stamp(path)] as const) };
  } catch (error) {
    if (error instanceof BundleError) throw error;
    const problems = (
      error as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }
    ).errors;
    if (problems === undefined) throw error;
    const lines = problems.map(({ text, location }) =>
      location ? `${location.file}:${location.line}:${location.column + 1}: ${text}` : text,
    );
    throw new BundleError(lines.join('\n'), { cause: error });
  }
}

/**
 * Compiles once per process and content: a cached result is reused while every
 * input file keeps the mtime and size it had, and rebuilt as soon as one changes.
 */
async function compileCached(entry: string, replacements: Replacements, format: Format): Promise<Compiled> {
  const key = JSON.stringify([resolve(entry), replacements, format]);
  const hit = compiled.get(key);
  if (hit !== undefined) {
    const fresh = await hit.then(
      (c) =>
        c.inputs.every(([file, mtime, size]) => {
          const [m, s] = stamp(file);
          return m === mtime && s === size;
        }),
      () => false,
    );
    if (fresh) return hit;
  }
  const next = compile(entry, replacements, format);
  compiled.set(key, next);
  return next;
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

/**
 * Runs a script as a fresh module and returns what it printed through the
 * console, as Node's console prints it, one string per call (see captureConsole).
 */
export async function runScript(file: string, replacements: Replacements = {}): Promise<string[]> {
  const bundled = await compileCached(file, replacements, 'cjs');
  const lines: string[] = [];
  const restore = captureConsole((text) => lines.push(text));
  try {
    instantiate(file, bundled);
  } finally {
    restore();
  }
  return lines;
}

/** The CommonJS bundle that `loader` instantiates, for loaders of another kind (kit/realm.ts). */
export async function commonJsBundle(file: string, replacements: Replacements = {}): Promise<string> {
  return (await compileCached(file, replacements, 'cjs')).code;
}
