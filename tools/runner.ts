import { build, type Plugin } from 'esbuild';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

/** The repository root, where the one tsconfig.json lives. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

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

/** Options for compiling kata code. */
export interface BundleOptions {
  /** Inline a source map, so stack traces can name the learner's file and line. Off, the bundle is about twice as fast. */
  readonly sourcemap?: boolean;
}

interface Compiled {
  readonly code: string;
  readonly exports: readonly string[];
  /** Every input file with the mtime and size it had when compiled. */
  readonly inputs: readonly (readonly [string, number, number])[];
}

const compiled = new Map<string, Promise<Compiled>>();

function stamp(file: string): [number, number] {
  try {
    const { mtimeMs, size } = statSync(file);
    return [mtimeMs, size];
  } catch {
    return [Number.NaN, Number.NaN];
  }
}

async function compile(entry: string, replacements: Replacements, sourcemap: boolean): Promise<Compiled> {
  try {
    const result = await build({
      entryPoints: [resolve(entry)],
      absWorkingDir: repoRoot,
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: resolve(repoRoot, 'tsconfig.json'),
      sourcemap: sourcemap ? 'inline' : false,
      sourcesContent: false,
      logLevel: 'silent',
      plugins: Object.keys(replacements).length > 0 ? [replacing(replacements)] : [],
    });
    const [output] = result.outputFiles;
    if (output === undefined) throw new BundleError(`esbuild produced no output for ${entry}`);
    const inputs = Object.keys(result.metafile.inputs).map((file) => {
      const path = resolve(repoRoot, file);
      return [path, ...stamp(path)] as const;
    });
    const exports = Object.values(result.metafile.outputs)[0]?.exports ?? [];
    return { code: output.text, exports, inputs };
  } catch (error) {
    if (error instanceof BundleError) throw error;
    const problems = (error as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }).errors;
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
async function compileCached(entry: string, replacements: Replacements, options: BundleOptions): Promise<Compiled> {
  const sourcemap = options.sourcemap ?? true;
  const key = JSON.stringify([resolve(entry), replacements, sourcemap]);
  const hit = compiled.get(key);
  if (hit !== undefined) {
    const fresh = await hit.then(
      (c) => c.inputs.every(([file, mtime, size]) => {
        const [m, s] = stamp(file);
        return m === mtime && s === size;
      }),
      () => false,
    );
    if (fresh) return hit;
  }
  const next = compile(entry, replacements, sourcemap);
  compiled.set(key, next);
  return next;
}

/**
 * Compiles a TypeScript entry and everything it imports relatively into one
 * ES module, with the root tsconfig's semantics (class fields included).
 */
export async function bundle(entry: string, replacements: Replacements = {}, options: BundleOptions = {}): Promise<string> {
  return (await compileCached(entry, replacements, options)).code;
}

/** The names a module exports, read statically from its bundle. */
export async function exportNames(entry: string): Promise<string[]> {
  return [...(await compileCached(entry, {}, { sourcemap: false })).exports].sort();
}

let instances = 0;

/** Evaluates bundled code as a brand-new module instance, however often the same code is imported. */
export async function importFresh<M>(code: string): Promise<M> {
  instances += 1;
  const source = `${code}\n//# instance=${instances}\n`;
  return (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as M;
}

/** Returns a loader that gives a fresh module instance of `file` on every call, recompiling only when a source changed. */
export function loader<M>(file: string, replacements: Replacements = {}, options: BundleOptions = {}): () => Promise<M> {
  return async () => importFresh<M>(await bundle(file, replacements, options));
}

const captured = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * Runs a script as a fresh module and returns what it printed through the
 * console, formatted as Node formats it, one string per call.
 */
export async function runScript(file: string, replacements: Replacements = {}, options: BundleOptions = {}): Promise<string[]> {
  const code = await bundle(file, replacements, options);
  const lines: string[] = [];
  const saved = { ...console };
  for (const method of captured) {
    console[method] = (...args: unknown[]) => {
      lines.push(format(...args));
    };
  }
  try {
    await importFresh(code);
  } finally {
    Object.assign(console, saved);
  }
  return lines;
}
