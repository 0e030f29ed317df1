import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gotcha-katas'
    ) {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`no gotcha-katas package.json above ${from}`);
  }
}

/**
 * The repository root: the folder of the package.json named gotcha-katas, found by
 * walking up from this module, so it holds wherever a bundler puts the code.
 */
export const repoRoot = findRoot(import.meta.dirname);

/** Where the katas live, one folder each. */
export const katasDir = join(repoRoot, 'katas');

/** Where the patterns live, one folder each. */
export const patternsDir = join(repoRoot, 'patterns');
