// Builds the trainer's own scripts (the sandbox's runner, the type checker's
// thread) once, into node_modules/.cache/gotcha-katas, and reuses them while
// every input file keeps its content: a cold `check` then starts no bundler.
import { build, type BuildOptions } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  cacheDir,
  contentOf,
  hashedInputs,
  hashingPlugin,
  inputsUnchanged,
  sha256,
  writeAtomically,
  type HashedInput,
} from '#kit/disk-cache.ts';
import { repoRoot } from '#kit/paths.ts';

export { cacheDir } from '#kit/disk-cache.ts';

// Each repo root has its own folder: a build embeds absolute paths (the
// repo root that kit/paths.ts finds), so a copy of the repo that links
// node_modules (the trainer's tests) must never use, or overwrite, the
// bundles of another root. The folder of a root that no longer exists is
// removed when something is next built.
const buildsDir = join(cacheDir, 'trainer');
const rootDir = join(buildsDir, sha256(repoRoot).slice(0, 16));

function removeGoneRoots(): void {
  for (const entry of existsSync(buildsDir) ? readdirSync(buildsDir) : []) {
    const root = contentOf(join(buildsDir, entry, 'root'))?.toString('utf8');
    if (root === undefined || !existsSync(root)) rmSync(join(buildsDir, entry), { recursive: true, force: true });
  }
}

/**
 * The path of `name` (a file name such as `runner.mjs`) in the cache, built
 * from `options` when absent or when an input changed since it was built.
 */
export async function cachedBuild(name: string, options: BuildOptions): Promise<string> {
  const file = join(rootDir, name);
  const manifest = `${file}.inputs.json`;
  try {
    if (inputsUnchanged(JSON.parse(readFileSync(manifest, 'utf8')) as HashedInput[])) return file;
  } catch {
    // Not built yet, or the manifest is unreadable: build it.
  }
  removeGoneRoots();
  const hashes = new Map<string, string>();
  const result = await build({
    ...options,
    plugins: [...(options.plugins ?? []), hashingPlugin(hashes)],
    absWorkingDir: repoRoot,
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles?.[0]?.text;
  if (text === undefined) throw new Error(`esbuild produced no output for ${name}`);
  writeAtomically(join(rootDir, 'root'), repoRoot);
  writeAtomically(file, text);
  writeAtomically(manifest, JSON.stringify(hashedInputs(hashes)));
  return file;
}
