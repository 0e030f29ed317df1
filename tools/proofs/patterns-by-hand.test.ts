import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patternsDir, repoRoot } from '#kit/paths.ts';

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

/**
 * Runs TypeScript the way a reader does by hand: the tsx CLI on an ES module (as a `.ts` file in this
 * `"type": "module"` package is), no test runner in between. Without `--input-type=module`, tsx would
 * evaluate the code as CommonJS, where a named import from a CommonJS package always works.
 */
function byHand(code: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(tsx, ['--input-type=module', '--eval', code], { cwd: repoRoot, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('patterns run by hand', () => {
  it('every pattern index loads under tsx', () => {
    const indexes = readdirSync(patternsDir).map((name) => `./patterns/${name}/index.ts`);
    expect(indexes.length).toBeGreaterThan(0);
    const imports = indexes.map((file, i) => `import * as p${i} from '${file}';`).join('\n');
    const keys = indexes.map((_, i) => `Object.keys(p${i}).length > 0`).join(', ');
    expect(byHand(`${imports}\nconsole.log(JSON.stringify([${keys}]));`)).toEqual({
      status: 0,
      stdout: `${JSON.stringify(indexes.map(() => true))}\n`,
      stderr: '',
    });
  });

  it('a script that imports the duck-typed persister saves and reads through SQLite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'by-hand-'));
    try {
      const code = [
        "import { SqlitePersister } from './patterns/duck-typed-persister/index.ts';",
        `const store = new SqlitePersister(${JSON.stringify(join(dir, 'store.sqlite'))});`,
        "store.save('ada', { name: 'Ada' }, 0);",
        "console.log(JSON.stringify(store.get('ada')));",
        'store.close();',
      ].join('\n');
      expect(byHand(code)).toEqual({
        status: 0,
        stdout: '{"id":"ada","version":1,"value":{"name":"Ada"}}\n',
        stderr: '',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
