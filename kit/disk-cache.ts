// The one disk cache: bundles kept in node_modules/.cache/gotcha-katas (git
// ignores it), each with the sha256 of every file that went into it, hashed as
// esbuild read it (`hashingPlugin`). A bundle is used again only while each of
// those files still has that content: no clock is consulted.
import type { Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from './paths.ts';

/** Where every cached file lives. */
export const cacheDir = join(repoRoot, 'node_modules', '.cache', 'gotcha-katas');

/** An input of a cached bundle: its path relative to the repo root, and the sha256 of its content. */
export type HashedInput = readonly [path: string, sha256: string];

/** The hex sha256 of `data`. */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** A file's bytes, or undefined when it cannot be read. */
export function contentOf(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes `text` to `file` whole, or not at all, even when several processes or threads write it at once. */
export function writeAtomically(file: string, text: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * An esbuild plugin that loads every file of the build itself, recording in
 * `hashes` (absolute path to sha256) exactly the content that was compiled.
 */
export function hashingPlugin(hashes: Map<string, string>): Plugin {
  return {
    name: 'hash-inputs',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const contents = readFileSync(args.path);
        hashes.set(args.path, sha256(contents));
        return { contents, loader: 'default' };
      });
    },
  };
}

/** The recorded hashes as cache entries, with paths relative to the repo root (so that a copy of the repo shares them). */
export function hashedInputs(hashes: ReadonlyMap<string, string>): HashedInput[] {
  return [...hashes].map(([path, hash]) => [relative(repoRoot, path).split('\\').join('/'), hash] as const);
}

/** Whether every input still has the content it was hashed with; calls `seen` with each absolute path before reading it. */
export function inputsUnchanged(
  inputs: readonly HashedInput[],
  seen: (path: string) => void = () => undefined,
): boolean {
  return (
    inputs.length > 0 &&
    inputs.every(([input, hash]) => {
      const path = resolve(repoRoot, input);
      seen(path);
      const content = contentOf(path);
      return content !== undefined && sha256(content) === hash;
    })
  );
}
