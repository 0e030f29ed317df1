// Drives the real trainer CLI as a separate process in a temporary copy of
// the repo. Used by the trainer's tests and by tools/bench/trainer.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { copyRepo as copyRepoFiles, type RepoCopy } from '../testkit/repo-copy.ts';

/** The reference kata the trainer's tests practise on. */
export const kataName = '002-late-bound-closures';
/** A second kata, made in the copy from the first, so "next" has somewhere to go. */
export const secondKataName = '900-late-bound-closures-again';

export type { RepoCopy } from '../testkit/repo-copy.ts';

/**
 * A temporary copy of the repo's tooling (tracked and new files under tools/,
 * the root config) with two katas: the reference kata 002, and a renamed copy
 * of it. Other katas are left out, so what the tests see does not depend on
 * katas being written meanwhile. node_modules is a symlink to the real one.
 */
export function copyRepo(): RepoCopy {
  const copy = copyRepoFiles(
    'gotcha-trainer',
    (f) => !f.includes('/') || f.startsWith('tools/') || f.startsWith('kit/') || f.startsWith(`katas/${kataName}/`),
  );
  const second = copy.path('katas', secondKataName);
  cpSync(copy.path('katas', kataName), second, { recursive: true });
  // The katas it relates to are not copied; the links would only be warned about.
  for (const [dir, title] of [
    [kataName, 'Late-bound closures'],
    [secondKataName, 'Late-bound closures again'],
  ] as const) {
    const readme = join('katas', dir, 'README.md');
    const text = copy.read(readme).replace(/^related:.*(\n {2}- .*)*$/m, 'related: []');
    copy.write(readme, text.replaceAll('Late-bound closures', title));
  }
  return copy;
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// Node with tsx as a loader is one process, so stopping it leaves no orphan behind.
const cli = ['--import', 'tsx', 'tools/trainer/cli.ts'];

function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', COLUMNS: '100' };
  delete env.FORCE_COLOR;
  // Set by the npm that runs the tests; the trainer resolves paths from it.
  delete env.INIT_CWD;
  Object.assign(env, extra);
  return env;
}

/** Runs `tsx tools/trainer/cli.ts <args>` in the copy to the end, with `input` on standard input (closed after). */
export function runCli(
  copy: RepoCopy,
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Run> {
  return finish(
    spawn(process.execPath, [...cli, ...args], { cwd: copy.root, env: environment(options.env ?? {}), detached: true }),
    options,
  );
}

/** Runs an npm script in the copy, as a learner types it. */
export function runNpm(
  copy: RepoCopy,
  args: readonly string[],
  options: { input?: string; timeoutMs?: number } = {},
): Promise<Run> {
  return finish(spawn('npm', ['--silent', ...args], { cwd: copy.root, env: environment({}), detached: true }), options);
}

function finish(child: ChildProcess, options: { input?: string; timeoutMs?: number }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  child.stdin?.end(options.input ?? '');
  const limit = options.timeoutMs ?? 45_000;
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      killGroup(child);
      fail(new Error(`the CLI did not exit within ${limit} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, limit);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** Each spawned CLI leads its own process group; this stops the whole group (npm, script and their children too). */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group has already gone.
  }
}

/** A running trainer that is fed lines on standard input and read as it prints. */
export class Session {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<number | null>;

  constructor(
    copy: RepoCopy,
    args: readonly string[],
    command: { file: string; args: readonly string[] } = { file: process.execPath, args: cli },
  ) {
    this.child = spawn(command.file, [...command.args, ...args], {
      cwd: copy.root,
      env: environment({}),
      detached: true,
    });
    this.child.stdout?.setEncoding('utf8').on('data', (c: string) => {
      this.stdout += c;
      for (const wake of this.waiters) wake();
    });
    this.child.stderr?.setEncoding('utf8').on('data', (c: string) => {
      this.stderr += c;
      for (const wake of this.waiters) wake();
    });
    this.exited = new Promise((done) => this.child.on('close', (code) => done(code)));
  }

  /** Waits until everything printed after `from` matches `pattern`; returns that text. */
  waitFor(pattern: RegExp, from = 0, timeoutMs = 45_000): Promise<string> {
    return new Promise((done, fail) => {
      const check = () => {
        const text = this.stdout.slice(from);
        if (pattern.test(text)) {
          this.waiters.delete(check);
          clearTimeout(timer);
          done(text);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        fail(
          new Error(
            `no output matching ${pattern} within ${timeoutMs} ms\nstdout:\n${this.stdout.slice(from)}\nstderr:\n${this.stderr}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** Everything the trainer printed for its check number `n` (up to the next key bar). */
  async verdict(n: number, timeoutMs?: number): Promise<string> {
    const text = await this.waitFor(new RegExp(`── check ${n} ·[\\s\\S]*?\\nKeys:`), 0, timeoutMs);
    const start = text.indexOf(`── check ${n} ·`);
    return text.slice(start, text.indexOf('\nKeys:', start));
  }

  send(line: string): void {
    this.child.stdin?.write(`${line}\n`);
  }

  async quit(): Promise<number | null> {
    this.child.stdin?.end();
    return this.exited;
  }

  /** Stops the trainer and everything it started, and waits until it is gone. */
  async kill(): Promise<void> {
    killGroup(this.child);
    await this.exited;
  }
}
