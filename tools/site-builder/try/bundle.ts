// Builds what "try it" loads: one runtime for every kata page (CodeMirror,
// the page's buttons, and the worker with sucrase and the assert package),
// and a small file per kata with its broken.ts, spec.ts and predict.ts.
//
// The transpiler in the browser is sucrase, not esbuild-wasm: sucrase is a
// few hundred kilobytes of JavaScript that starts at once, where esbuild-wasm
// is a 10 MB WebAssembly binary that has to be fetched and compiled, which
// alone breaks the 2 MB budget. sucrase only strips types, which is all a
// kata needs: the trainer type-checks, the page does not.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { transform } from 'sucrase';
import { isModuleFolder, type Kata } from '#catalog/catalog.ts';
import { repoRoot } from '#kit/paths.ts';
import { withoutTrapComments } from '../shown.ts';
import type { KataCode } from './protocol.ts';

const here = import.meta.dirname.endsWith('try') ? import.meta.dirname : join(repoRoot, 'tools', 'site-builder', 'try');
const cacheDir = join(repoRoot, '.site-src', 'try-cache');

/**
 * The Node modules a page may use: the assert package stands in for node:assert
 * in the worker, and try/worker.ts for node:timers/promises.
 */
const browserBuiltins = new Set(['node:assert', 'node:assert/strict', 'node:timers/promises']);

/** Why a kata that uses a Node built-in without a browser equivalent cannot be checked in the page. */
const builtinReasons: Readonly<Record<string, string>> = {
  'node:crypto':
    "it signs with node:crypto's createHmac, and the browser has no node:crypto. The browser's equivalent, Web Crypto, signs only asynchronously (crypto.subtle.sign returns a promise), while this kata's code and its spec sign and compare synchronously, as Node does, so the page cannot run them unchanged",
};

/** A kata the page can run, or the reason it cannot, in a sentence that reads after "Check runs in the trainer because". */
export type TryCode = { readonly code: KataCode } | { readonly reason: string };

const predictPlugin = (broken: string): Plugin => ({
  name: 'broken-from-the-editor',
  setup(b) {
    b.onResolve({ filter: /^\.\/broken\.ts$/ }, (args) =>
      join(args.resolveDir, args.path) === broken ? { path: 'broken', external: true } : undefined,
    );
  },
});

function nodeImports(metafile: Metafile): string[] {
  const found = Object.values(metafile.inputs).flatMap((input) =>
    input.imports.filter((i) => i.external && i.path.startsWith('node:')).map((i) => i.path),
  );
  return [...new Set(found)].filter((p) => !browserBuiltins.has(p)).sort();
}

async function bundleOne(
  entry: string,
  plugins: Plugin[] = [],
  format: 'cjs' | 'esm' = 'cjs',
): Promise<{ code: string; metafile: Metafile }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format,
    platform: 'neutral',
    target: 'es2022',
    external: ['node:*'],
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  const [out] = result.outputFiles;
  if (out === undefined) throw new Error(`esbuild wrote nothing for ${relative(repoRoot, entry)}`);
  return { code: out.text, metafile: result.metafile };
}

/** What a CommonJS bundle cannot hold (esbuild's message); such a script is bundled as an ES module instead. */
const topLevelAwait = 'Top-level await is currently not supported with the "cjs" output format';

/**
 * predict.ts as a CommonJS body. One that awaits at its top level (kit/runner.ts
 * runs it as an ES module in a process of its own) is bundled as an ES module
 * and its imports turned into require calls, so the worker can run it as the
 * body of an async function.
 */
async function bundlePredict(kata: Kata): Promise<{ code: string; metafile: Metafile; async: boolean }> {
  const plugins = [predictPlugin(kata.files.broken)];
  try {
    return { ...(await bundleOne(kata.files.predict, plugins)), async: false };
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(topLevelAwait)) throw error;
  }
  const esm = await bundleOne(kata.files.predict, plugins, 'esm');
  const code = transform(esm.code, { transforms: ['imports'], filePath: 'predict.js' }).code;
  return { code, metafile: esm.metafile, async: true };
}

/** Node's globals that the worker has no stand-in for, found in the bundled code, each with why the page cannot run it. */
function nodeGlobalsIn(code: string): string[] {
  const reasons: string[] = [];
  if (/\bBuffer\b/.test(code)) reasons.push("it uses Node's Buffer, a global the browser does not have");
  if (/\bprocess\.(?!nextTick\b)\w+/.test(code))
    reasons.push("it uses Node's process object (beyond process.nextTick), which a browser worker does not have");
  return reasons;
}

/** What the page needs to run a kata, or why it cannot. */
export async function kataTryCode(kata: Kata): Promise<TryCode> {
  if (isModuleFolder(kata.files.broken)) {
    return {
      reason:
        "the kata is a folder of modules whose imports form a cycle, and the trap is the order in which Node's own module loader runs them. The page's worker runs one file, so it cannot show that order",
    };
  }
  const [spec, predict, broken, fixed] = await Promise.all([
    bundleOne(kata.files.spec),
    bundlePredict(kata),
    bundleOne(kata.files.broken),
    bundleOne(kata.files.fixed, [], 'esm'),
  ]);
  // The modules the kata's front matter says it imports, and any its bundles reach that the README does not list.
  const used = [...kata.meta.imports, ...[spec, predict, broken, fixed].flatMap((b) => nodeImports(b.metafile))];
  const missing = [...new Set(used)].filter((m) => !browserBuiltins.has(m)).sort();
  if (missing.length > 0) {
    return {
      reason: missing.map((m) => builtinReasons[m] ?? `it uses ${m}, which the browser does not have`).join('; '),
    };
  }
  const nodeGlobals = nodeGlobalsIn([spec, predict, broken, fixed].map((b) => b.code).join('\n'));
  if (nodeGlobals.length > 0) return { reason: nodeGlobals.join('; ') };
  const exports = [...(Object.values(fixed.metafile.outputs)[0]?.exports ?? [])].sort();
  return {
    code: {
      kata: kata.name,
      broken: withoutTrapComments(readFileSync(kata.files.broken, 'utf8')),
      exports,
      spec: spec.code,
      predict: predict.code,
      predictAsync: predict.async,
    },
  };
}

function runtimeInputs(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(here)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(here, f)),
    join(repoRoot, 'kit', 'spec.ts'),
    join(repoRoot, 'package-lock.json'),
  ].sort();
  for (const f of files) hash.update(basename(f)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

const workerSourcePlugin = (source: string): Plugin => ({
  name: 'try-worker-source',
  setup(b) {
    b.onResolve({ filter: /^virtual:try-worker$/ }, () => ({ path: 'try-worker', namespace: 'try-worker' }));
    b.onLoad({ filter: /.*/, namespace: 'try-worker' }, () => ({
      contents: `export default ${JSON.stringify(source)};`,
      loader: 'js',
    }));
  },
});

/**
 * The runtime every kata page loads, minified: the editor and the page's
 * buttons, with the worker's source inside as a string. It depends only on
 * try/ and the installed packages, so it is kept in .site-src/ between builds.
 */
export async function tryRuntime(): Promise<string> {
  const cached = join(cacheDir, `try-it.${runtimeInputs()}.js`);
  if (existsSync(cached)) return readFileSync(cached, 'utf8');
  const common = {
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    legalComments: 'none',
    define: { 'process.env.NODE_DEBUG': 'false', global: 'globalThis' },
  } as const;
  const worker = await build({ ...common, entryPoints: [join(here, 'worker.ts')] });
  const workerText = worker.outputFiles[0]?.text ?? '';
  const page = await build({
    ...common,
    entryPoints: [join(here, 'page.ts')],
    plugins: [workerSourcePlugin(workerText)],
  });
  const text = page.outputFiles[0]?.text ?? '';
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(dirname(cached), { recursive: true });
  writeFileSync(cached, text);
  return text;
}

/** The script a kata page loads before the runtime: its code, as a global. */
export function kataScript(code: KataCode): string {
  return `window.kataTryCode = ${JSON.stringify(code)};\n`;
}
