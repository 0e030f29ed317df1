// A candidate's file is code from a stranger. Each attempt here to fake a pass
// or to reach past the sandbox is a real file, checked by the trainer CLI as a
// separate process: the check fails with a clear message, the exit code is the
// documented one, the repo copy is byte for byte unchanged, and the sandbox
// leaves no temporary folder behind.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, type RepoCopy } from '../testkit/repo-copy.ts';
import { runCli } from './testkit.ts';

const kata = '004-list-aliasing';
let copy: RepoCopy;
let before: Map<string, string>;
let temp: string;
let server: Server;
let port = 0;
let connections = 0;

/** Every file of the copy but node_modules and the candidates, by path, with its sha256. */
function snapshot(): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(copy.root, path);
      if (rel === 'node_modules' || rel === 'candidates') continue;
      if (entry.isDirectory()) walk(path);
      else hashes.set(rel, createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(copy.root);
  return hashes;
}

const source = (file: string) => readFileSync(copy.path('katas', kata, file), 'utf8');

/** kata 004's fixed.ts with its `book` made to do `body` first. */
const fixedBooking = (body: string) =>
  source('fixed.ts').replace('  const bucket = week[day];', `${body}\n  const bucket = week[day];`);

/** Checks the candidate `name` (written from `text`) with the CLI; returns what it printed and its exit code. */
async function check(name: string, text: string, extra: string[] = []) {
  copy.write(`candidates/${name}.ts`, text);
  const run = await runCli(copy, ['check', '004', `candidates/${name}.ts`, ...extra], {
    env: { TMPDIR: temp },
    timeoutMs: 120_000,
  });
  expect(snapshot(), 'the repo copy is unchanged').toEqual(before);
  expect(
    readdirSync(temp).filter((f) => f.startsWith('gotcha-katas-')),
    'no sandbox folder is left',
  ).toEqual([]);
  expect(run.stdout, 'no fake verdict').not.toContain('✔ Solved');
  return run;
}

beforeAll(async () => {
  copy = copyRepo('gotcha-escapes', (f) => !f.startsWith('katas/') || f.startsWith(`katas/${kata}/`));
  mkdirSync(copy.path('candidates'));
  before = snapshot();
  temp = mkdtempSync(join(tmpdir(), 'gotcha-escapes-tmp-'));
  server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  copy.remove();
  rmSync(temp, { recursive: true, force: true });
});

describe('a file that tries to fake a pass', { timeout: 180_000 }, () => {
  it('cannot replace the assert functions: it may not import node:assert', async () => {
    const run = await check(
      'replace-assert',
      `${source('broken.ts')}
import assert from 'node:assert/strict';
for (const name of Object.keys(assert)) (assert as unknown as Record<string, unknown>)[name] = () => undefined;
`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `✘ Not run: candidates/replace-assert.ts imports node:assert/strict, which ${kata} does not allow: its code may import no module`,
    );
  });

  it('cannot patch built-in prototypes: they are frozen, and loading the file says so', async () => {
    const run = await check(
      'patch-prototypes',
      `${source('broken.ts')}
Object.defineProperty(Array.prototype, 'includes', { value: () => false });
Array.prototype.some = () => false;
`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '✘ Not solved yet: loading candidates/patch-prototypes.ts throws before any check can run.',
    );
    expect(run.stdout).toContain('TypeError: Cannot redefine property: includes');
    expect(run.stdout).toContain('The trainer freezes the built-ins');
  });

  it('cannot override Object.is and JSON.stringify', async () => {
    const run = await check(
      'override-object-is',
      `${source('broken.ts')}
Object.is = () => true;
JSON.stringify = () => '[]';
`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("TypeError: Cannot assign to read only property 'is' of function");
  });

  it('cannot print a verdict: what it prints is not shown by check', async () => {
    const fake = `'\\u001b[2J\\u001b[H✔ Solved: candidates/print-verdict.ts passes all 3 checks.'`;
    const run = await check(
      'print-verdict',
      `${source('broken.ts').replace('export function emptyWeek(): Week {', `export function emptyWeek(): Week {\n  console.log(${fake});`)}
console.log(${fake});
`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✘ Not solved yet: candidates/print-verdict.ts fails 2 of 3 checks.');
    expect(run.stdout).not.toContain('\u001b');
  });

  it('cannot end the check with process.exit(0): there is no process', async () => {
    const run = await check('exit-zero', fixedBooking('  process.exit(0);'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ReferenceError: process.exit is not defined in the trainer');
    expect(run.stdout).toContain('no process, file system, network or require');
  });
});

describe('a file that tries to reach past the sandbox', { timeout: 180_000 }, () => {
  it('cannot write a file, delete spec.ts or read ~/.ssh and process.env through node:fs', async () => {
    const run = await check(
      'files-static',
      `import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
${source('fixed.ts')}
writeFileSync('pwned.txt', JSON.stringify(process.env));
rmSync('katas/${kata}/spec.ts');
readdirSync(\`\${homedir()}/.ssh\`);
`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('imports node:fs, node:os, which 004-list-aliasing does not allow');
  });

  it('cannot reach node:fs by an import the bundler cannot see', async () => {
    const run = await check(
      'files-dynamic',
      `${source('fixed.ts')}
const fs = (await import(['node', 'fs'].join(':'))) as typeof import('node:fs');
fs.rmSync('katas/${kata}/spec.ts');
`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('SES_IMPORT_REJECTED');
    expect(run.stdout).toContain('The trainer cannot run code that contains import(');
  });

  it('cannot reach process through a constructor of a granted function', async () => {
    const run = await check(
      'files-constructor',
      `${source('fixed.ts')}
const reach = (Buffer as unknown as { constructor: (code: string) => () => NodeJS.Process }).constructor;
reach('return process')().mainModule?.require('node:fs').rmSync('katas/${kata}/spec.ts');
`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Function.prototype.constructor is not a valid constructor');
  });

  it('cannot read process.env through the global object', async () => {
    const run = await check(
      'environment',
      fixedBooking(
        '  const env = (globalThis as unknown as { process: NodeJS.Process }).process.env;\n  console.log(env);',
      ),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ReferenceError: process.env is not defined in the trainer');
  });

  it('cannot spawn sh', async () => {
    const run = await check(
      'spawn-sh',
      `import { execFileSync } from 'node:child_process';
${source('fixed.ts')}
execFileSync('sh', ['-c', 'touch pwned.txt']);
`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('imports node:child_process, which 004-list-aliasing does not allow');
  });

  it('cannot open a TCP socket to 127.0.0.1, with node:net or with fetch', async () => {
    const net = await check(
      'socket-net',
      `import { connect } from 'node:net';
${source('fixed.ts')}
connect(${port}, '127.0.0.1');
`,
    );
    expect(net.code).toBe(1);
    expect(net.stdout).toContain('imports node:net, which 004-list-aliasing does not allow');
    const fetched = await check('socket-fetch', fixedBooking(`  void fetch('http://127.0.0.1:${port}/');`));
    expect(fetched.code).toBe(1);
    expect(fetched.stdout).toContain('ReferenceError: fetch is not defined in the trainer');
    expect(connections, 'no connection reached the server').toBe(0);
  });

  it('cannot SIGKILL its own process: there is no process, and nothing is left behind', async () => {
    const run = await check('sigkill', fixedBooking("  process.kill(process.pid, 'SIGKILL');"));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ReferenceError: process.kill is not defined in the trainer');
  });

  it('is a clear failed check when its process dies, here of running out of memory', async () => {
    const run = await check(
      'out-of-memory',
      `${source('fixed.ts')}
const hog: number[][] = [];
for (;;) hog.push(new Array(1_000_000).fill(7));
`,
      ['--timeout', '120000'],
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✘ Stopped while loading the file: the code used more than 256 MB of memory.');
  });
});

describe('a file whose errors fight the report', { timeout: 180_000 }, () => {
  it('is stopped when a getter the report reads never returns', async () => {
    const run = await check(
      'getter-loop',
      fixedBooking("  throw Object.defineProperty(new RangeError('no'), 'message', { get: () => { for (;;); } });"),
      ['--timeout', '1000'],
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '✘ Stopped after 1000 ms while reporting the check "every day of a new week has a bucket of its own": the code did not finish.',
    );
  });

  it('is described as unreadable when a getter the report reads throws', async () => {
    const run = await check(
      'getter-throws',
      fixedBooking(
        "  throw Object.defineProperty(new RangeError('no'), 'message', { get: () => { throw new Error('ha'); } });",
      ),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Unreadable error: the code threw a value that throws again when the trainer reads');
  });
});
