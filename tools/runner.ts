import { build, type Plugin } from 'esbuild';
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

/**
 * Compiles a TypeScript entry and everything it imports relatively into one
 * ES module, with the root tsconfig's semantics (class fields included).
 */
export async function bundle(entry: string, replacements: Replacements = {}): Promise<string> {
  try {
    const result = await build({
      entryPoints: [resolve(entry)],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: resolve(repoRoot, 'tsconfig.json'),
      sourcemap: 'inline',
      sourcesContent: false,
      logLevel: 'silent',
      plugins: Object.keys(replacements).length > 0 ? [replacing(replacements)] : [],
    });
    const [output] = result.outputFiles;
    if (output === undefined) throw new BundleError(`esbuild produced no output for ${entry}`);
    return output.text;
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

let instances = 0;

/** Evaluates bundled code as a brand-new module instance, however often the same code is imported. */
export async function importFresh<M>(code: string): Promise<M> {
  instances += 1;
  const source = `${code}\n//# instance=${instances}\n`;
  return (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as M;
}

/** Returns a loader that compiles `file` once and gives a fresh module instance on every call. */
export function loader<M>(file: string, replacements: Replacements = {}): () => Promise<M> {
  let code: Promise<string> | undefined;
  return async () => {
    code ??= bundle(file, replacements);
    return importFresh<M>(await code);
  };
}

const captured = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * Runs a script as a fresh module and returns what it printed through the
 * console, formatted as Node formats it, one string per call.
 */
export async function runScript(file: string, replacements: Replacements = {}): Promise<string[]> {
  const code = await bundle(file, replacements);
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
