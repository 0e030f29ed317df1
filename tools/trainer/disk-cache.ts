// Builds the trainer's own scripts (the sandbox's runner, the type checker's
// thread) once, into node_modules/.cache/gotcha-katas, and reuses them while
// every input file keeps its content: a cold `check` then starts no bundler.
import { build, type BuildOptions } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cacheDir,
  hashedInputs,
  hashingPlugin,
  inputsUnchanged,
  writeAtomically,
  type HashedInput,
} from '#kit/disk-cache.ts';
import { repoRoot } from '#kit/paths.ts';

export { cacheDir } from '#kit/disk-cache.ts';

/**
 * The path of `name` (a file name such as `runner.mjs`) in the cache, built
 * from `options` when absent or when an input changed since it was built.
 */
export async function cachedBuild(name: string, options: BuildOptions): Promise<string> {
  const file = join(cacheDir, name);
  const manifest = `${file}.inputs.json`;
  try {
    if (inputsUnchanged(JSON.parse(readFileSync(manifest, 'utf8')) as HashedInput[])) return file;
  } catch {
    // Not built yet, or the manifest is unreadable: build it.
  }
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
  writeAtomically(file, text);
  writeAtomically(manifest, JSON.stringify(hashedInputs(hashes)));
  return file;
}
