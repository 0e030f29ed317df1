// Builds the trainer's own scripts (the sandbox's runner, the type checker's
// thread) once, into node_modules/.cache/gotcha-katas, and reuses them while
// every input file keeps its content: a cold `check` then starts no bundler.
import { build, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '#kit/paths.ts';

export const cacheDir = join(repoRoot, 'node_modules', '.cache', 'gotcha-katas');

const hashOf = (file: string) => {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return 'absent';
  }
};

/** Writes `text` to `file` whole, or not at all, even when two trainers write it at once. */
export function writeAtomically(file: string, text: string | Uint8Array): void {
  mkdirSync(cacheDir, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/**
 * The path of `name` (a file name such as `runner.mjs`) in the cache, built
 * from `options` when absent or when an input changed since it was built.
 */
export async function cachedBuild(name: string, options: BuildOptions): Promise<string> {
  const file = join(cacheDir, name);
  const manifest = `${file}.inputs.json`;
  try {
    const inputs = JSON.parse(readFileSync(manifest, 'utf8')) as [string, string][];
    if (inputs.length > 0 && inputs.every(([path, hash]) => hashOf(path) === hash)) return file;
  } catch {
    // Not built yet, or the manifest is unreadable: build it.
  }
  const result = await build({ ...options, absWorkingDir: repoRoot, write: false, metafile: true, logLevel: 'silent' });
  const text = result.outputFiles?.[0]?.text;
  if (text === undefined) throw new Error(`esbuild produced no output for ${name}`);
  const inputs = Object.keys(result.metafile?.inputs ?? {})
    .filter((input) => !input.includes(':'))
    .map((input) => [resolve(repoRoot, input), hashOf(resolve(repoRoot, input))]);
  writeAtomically(file, text);
  writeAtomically(manifest, JSON.stringify(inputs));
  return file;
}
