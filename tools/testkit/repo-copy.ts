/**
 * The one way tests and benchmarks copy the repo: into a temporary folder,
 * every file git knows of or would add (tracked, and new but not ignored), as
 * it is in the working tree, with node_modules linked to the real one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '#kit/paths.ts';

export interface RepoCopy {
  readonly root: string;
  /** Absolute path of a file in the copy. */
  path(...parts: string[]): string;
  read(...parts: string[]): string;
  /** Writes a file in the copy, making its folder if need be. */
  write(relativePath: string, text: string): void;
  remove(): void;
}

/** The repo's files, relative to its root, as git lists them; deleted ones left out. */
export function repoFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(repoRoot, f)));
}

/**
 * Copies the repo into a new temporary folder named after `prefix`. `include`
 * picks files by their path relative to the root (all of them by default).
 */
export function copyRepo(prefix: string, include: (file: string) => boolean = () => true): RepoCopy {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const file of repoFiles().filter(include)) cpSync(join(repoRoot, file), join(root, file));
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    path: (...parts) => join(root, ...parts),
    read: (...parts) => readFileSync(join(root, ...parts), 'utf8'),
    write: (relativePath, text) => {
      const file = join(root, relativePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
    remove: () => rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }),
  };
}
