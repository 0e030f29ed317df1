// Bundles the files the sandbox runs: each becomes one function,
// `(async function (__host) { …; return exports })`, evaluated in a
// Compartment of the child process. Imports of packages and of Node's modules
// go through `__host`, which grants only what the kata declares; stack frames
// are mapped back to the .ts files here, in the trainer, with the source map.
import { build, type Plugin } from 'esbuild';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import {
  asBundleError,
  BundleError,
  stamp,
  whileUnchanged,
  type Replacements,
  type StampedInput,
} from '#kit/runner.ts';
import { repoRoot } from '#kit/paths.ts';
import { frameLocation } from './errors.ts';

/** A bundled file, ready for the child, with what the trainer needs to judge it before it runs. */
export interface Bundled {
  /** The function's source; its frames carry `url`. */
  readonly code: string;
  readonly url: string;
  /** Its exported names, as esbuild reads them. */
  readonly exports: readonly string[];
  /** Every package or Node module it imports, such as `node:crypto`. */
  readonly imports: readonly string[];
  /** Imports of files it may not read (a kata's fixed.ts or spec.ts), each as `importer → imported`. */
  readonly refused: readonly string[];
  readonly map: SourceMap;
  /** Every input file with the mtime and size it had when bundled. */
  readonly inputs: readonly StampedInput[];
}

export interface BundleOptions {
  /** Import paths to swap: absolute source path to absolute replacement path. */
  readonly replacements?: Replacements;
  /** Refuses an import of this absolute path when it returns true. */
  readonly refuse?: (path: string) => boolean;
}

function plugin(options: BundleOptions, imports: Set<string>, refused: string[]): Plugin {
  const replacements = options.replacements ?? {};
  return {
    name: 'contained-imports',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\.{0,2}\// }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const found = await pluginBuild.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'resolving',
        });
        const path = replacements[found.path] ?? found.path;
        if (args.kind !== 'entry-point' && found.errors.length === 0 && options.refuse?.(path) === true) {
          refused.push(`${args.importer} → ${path}`);
          return { path, namespace: 'refused' };
        }
        return path === found.path ? found : { path };
      });
      // Anything that is not a file nor the repo's # aliases is a host module: granted, or refused, in the child.
      pluginBuild.onResolve({ filter: /^[^./#]/ }, (args) => {
        imports.add(args.path);
        return { path: args.path, namespace: 'host' };
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: 'host' }, (args) => ({
        contents: `module.exports = __host(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
      pluginBuild.onLoad({ filter: /.*/, namespace: 'refused' }, () => ({ contents: '', loader: 'js' }));
    },
  };
}

/** The export clause esbuild ends an ES module bundle with, turned into a returned object of live getters. */
function returnExports(code: string): { body: string; exports: string[] } {
  const match = /\nexport\s*\{([^}]*)\};\s*$/.exec(code);
  if (match === null) return { body: code, exports: [] };
  const pairs = (match[1] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [local, , exported] = part.split(/\s+/);
      return [local ?? '', exported ?? local ?? ''] as const;
    });
  const getters = pairs.map(([local, exported]) => `get ${JSON.stringify(exported)}() { return ${local}; }`);
  return {
    body: `${code.slice(0, match.index)}\nreturn { ${getters.join(', ')} };\n`,
    exports: pairs.map(([, exported]) => exported),
  };
}

let bundles = 0;

async function compile(entry: string, options: BundleOptions): Promise<Bundled> {
  const imports = new Set<string>();
  const refused: string[] = [];
  try {
    const result = await build({
      entryPoints: [resolve(entry)],
      absWorkingDir: repoRoot,
      outfile: join(repoRoot, 'contained.js'),
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: resolve(repoRoot, 'tsconfig.json'),
      sourcemap: 'external',
      sourcesContent: false,
      logLevel: 'silent',
      plugins: [plugin(options, imports, refused)],
    });
    const code = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text;
    const map = result.outputFiles.find((f) => f.path.endsWith('.map'))?.text;
    if (code === undefined || map === undefined) throw new BundleError(`esbuild produced no output for ${entry}`);
    const { body, exports } = returnExports(code);
    bundles += 1;
    const url = `trainer-bundle-${bundles}.js`;
    const payload = JSON.parse(map) as { sources: string[] };
    payload.sources = payload.sources.map((s) => resolve(repoRoot, s));
    const inputs = Object.keys(result.metafile.inputs)
      .filter((file) => !file.includes(':'))
      .map((file) => {
        const path = resolve(repoRoot, file);
        return [path, ...stamp(path)] as const;
      });
    return {
      code: `(async function (__host) {\n${body}\n})`,
      url,
      exports,
      imports: [...imports].sort(),
      refused,
      map: new SourceMap(payload as ConstructorParameters<typeof SourceMap>[0]),
      inputs,
    };
  } catch (error) {
    throw asBundleError(error);
  }
}

const cache = new Map<string, Promise<Bundled>>();

/**
 * Bundles `entry` for the sandbox. A result is reused while every input file
 * keeps the mtime and size it had, and rebuilt as soon as one changes.
 */
export function containedBundle(entry: string, options: BundleOptions = {}): Promise<Bundled> {
  const key = JSON.stringify([resolve(entry), options.replacements ?? {}, options.refuse === undefined]);
  return whileUnchanged(cache, key, () => compile(entry, options));
}

/** The line the function wrapper adds above the bundle. */
const wrapperLines = 1;

/**
 * A frame of `bundle` mapped to its .ts file, as `at name (file:line:col)`, or
 * undefined when the frame is not in the bundle or maps to no file.
 */
export function mapFrame(frame: string, bundle: Bundled): { frame: string; source: string } | undefined {
  const at = frameLocation(frame);
  if (at?.url !== bundle.url) return undefined;
  const entry = bundle.map.findEntry(at.line - 1 - wrapperLines, at.column - 1) as {
    originalSource?: string;
    originalLine?: number;
    originalColumn?: number;
  };
  if (entry.originalSource === undefined || entry.originalLine === undefined) return undefined;
  const source = entry.originalSource.startsWith('file:')
    ? new URL(entry.originalSource).pathname
    : entry.originalSource;
  const place = `${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
  const name = /^at (.+?) \(/.exec(frame)?.[1];
  return { frame: name === undefined || name === 'eval' ? `at ${place}` : `at ${name} (${place})`, source };
}
