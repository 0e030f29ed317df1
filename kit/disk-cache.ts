// The one disk cache: bundles kept in node_modules/.cache/gotcha-katas (git
// ignores it), each with the sha256 of every file that went into it, hashed as
// esbuild read it (`hashingPlugin`). A bundle is used again only while each of
// those files still has that content: no clock is consulted.
import type { Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

const pruned = new Set<string>();

/**
 * When a cache folder holds more than `keep` files, removes the older half: the
 * cache grows only with new inputs. A folder is looked at once per process.
 */
export function prune(dir: string, keep: number): void {
  if (pruned.has(dir)) return;
  pruned.add(dir);
  const names = readdirSync(dir);
  if (names.length <= keep) return;
  const byAge = names
    .map((name) => ({ name, mtime: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => a.mtime - b.mtime);
  for (const { name } of byAge.slice(0, names.length / 2)) rmSync(join(dir, name), { force: true });
}

const codeHashes = new Map<string, string>();
/** The sha256 of the files whose code computes a memo, and of the lockfile, which pins the packages they use. */
function codeHash(code: readonly string[]): string {
  const key = code.join('\0');
  let hash = codeHashes.get(key);
  if (hash === undefined) {
    const files = [...code, join(repoRoot, 'package-lock.json')];
    hash = sha256(files.map((f) => sha256(contentOf(f) ?? '')).join());
    codeHashes.set(key, hash);
  }
  return hash;
}

/** A result kept on disk for one input, read with `get` and stored with `set` (see memoOnDisk). */
export interface Memo<T> {
  get(): T | undefined;
  set(value: T): void;
}

/**
 * The place on disk of a result computed from `input` by the files in `code`
 * (the modules that compute it). It is found again while both are unchanged.
 * The code is hashed once per process. The result must survive JSON.
 */
export function memoFor<T>(kind: string, code: readonly string[], input: string): Memo<T> {
  const dir = join(cacheDir, 'memo', kind);
  const file = join(dir, `${sha256(`${codeHash(code)}\0${input}`)}.json`);
  return {
    get: () => {
      const stored = contentOf(file);
      if (stored === undefined) return undefined;
      try {
        return JSON.parse(stored.toString('utf8')) as T;
      } catch {
        return undefined; // unreadable: computed again, and the new result replaces it
      }
    },
    set: (value) => {
      try {
        writeAtomically(file, JSON.stringify(value));
        prune(dir, 5000);
      } catch {
        // A cache that cannot be written only costs the next run the work.
      }
    },
  };
}

/**
 * `compute(input)`, kept on disk while `input` and the files in `code` are
 * unchanged, for work that is a pure function of text, such as parsing a README.
 */
export function memoOnDisk<T>(kind: string, code: readonly string[], input: string, compute: (input: string) => T): T {
  const memo = memoFor<T>(kind, code, input);
  const stored = memo.get();
  if (stored !== undefined) return stored;
  const result = compute(input);
  memo.set(result);
  return result;
}
