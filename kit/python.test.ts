import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startPython } from './python.ts';

const dir = mkdtempSync(join(tmpdir(), 'gotcha-python-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
  return join(dir, path);
};

describe('the Python interpreter the kata tests share', () => {
  it('runs each original as __main__ with fresh globals, capturing what it prints', async () => {
    const first = write('a/original.py', 'counter = 1\nprint(__name__, counter)\n');
    const second = write(
      'b/original.py',
      "print('counter' in globals())\nimport sys\nprint('oops', file=sys.stderr)\n",
    );
    const [one, two] = await Promise.all([startPython(first), startPython(second)]);
    expect(one).toEqual({ skipped: undefined, stdout: '__main__ 1\n', stderr: '' });
    expect(two).toEqual({ skipped: undefined, stdout: 'False\n', stderr: 'oops\n' });
  });

  it("imports a module from the original's own folder, and forgets it afterwards", async () => {
    write('c/helper.py', 'value = "from c"\n');
    write('d/helper.py', 'value = "from d"\n');
    const c = write('c/original.py', 'import helper\nprint(helper.value)\n');
    const d = write('d/original.py', 'import helper\nprint(helper.value)\n');
    expect(await startPython(c)).toMatchObject({ stdout: 'from c\n' });
    expect(await startPython(d)).toMatchObject({ stdout: 'from d\n' });
  });

  it('gives an original an empty stdin, so it cannot read the paths meant for the interpreter', async () => {
    const reader = write('g/original.py', 'import sys\nprint(repr(sys.stdin.read()))\n');
    const next = write('h/original.py', "print('next')\n");
    const [read, after] = await Promise.all([startPython(reader), startPython(next)]);
    expect(read).toEqual({ skipped: undefined, stdout: "''\n", stderr: '' });
    expect(after).toEqual({ skipped: undefined, stdout: 'next\n', stderr: '' });
  });

  it('reports an exception on stderr and goes on to the next original', async () => {
    const failing = write('e/original.py', "print('before')\nraise ValueError('no')\n");
    const after = write('f/original.py', "print('after')\n");
    const run = await startPython(failing);
    expect(run).toMatchObject({ stdout: 'before\n' });
    expect(run.skipped === undefined ? run.stderr : '').toMatch(/ValueError: no\n$/);
    expect(await startPython(after)).toEqual({ skipped: undefined, stdout: 'after\n', stderr: '' });
  });
});
