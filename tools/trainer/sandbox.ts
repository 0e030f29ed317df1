import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Replacements } from '#kit/runner.ts';
import { cachedBuild } from './disk-cache.ts';
import { containedBundle, mapFrame, type BundleOptions, type Bundled } from './bundle.ts';
import type { ErrorInfo } from './errors.ts';
import { kataImports } from '#catalog/catalog.ts';
import { stuckExitCode, type Job, type Report, type WorkerMessage } from './protocol.ts';

export type { ErrorInfo } from './errors.ts';
export type { Report } from './protocol.ts';

/** How a sandbox job ended. */
export type Outcome =
  | { readonly kind: 'done'; readonly report: Report }
  | { readonly kind: 'timeout'; readonly phase: string; readonly ms: number }
  | { readonly kind: 'flood'; readonly phase: string; readonly limit: number; readonly sample: readonly string[] }
  | { readonly kind: 'crash'; readonly phase: string; readonly error: ErrorInfo };

export interface SandboxOptions {
  /** Stop the code under test when it has not finished after this many milliseconds. */
  readonly timeoutMs: number;
  /** Stop the code under test when it prints more than this many characters. */
  readonly outputLimit: number;
  /** Keep a child process started and locked down, ready for the next job (the watch loop, several files). */
  readonly warm: boolean;
}

export const defaultSandbox: SandboxOptions = { timeoutMs: 2000, outputLimit: 100_000, warm: false };

/** The memory the code under test may use, in MB. */
export const memoryLimitMb = 256;

/** The trainer itself failed (not the code under test): the command exits with 3. */
export class ToolError extends Error {
  override name = 'ToolError';
}

/** A job as the trainer states it: bundles, and the one file whose frames a report shows. */
export interface BundleJob {
  readonly spec?: Bundled;
  readonly subject?: Bundled;
  readonly scripts?: readonly { readonly label: string; readonly bundle: Bundled }[];
  /** The modules the code under test may import; every one the trainer grants when absent (repo code). */
  readonly imports?: readonly string[];
  /** Report only the frames in this file; when absent, every frame that maps to a .ts file. */
  readonly own?: string;
}

/** A job as `show` states it: files. */
export interface FileJob {
  readonly scripts: readonly { readonly label: string; readonly file: string; readonly replacements?: Replacements }[];
}

/** Node's permission flag: `--permission` from Node 22.13 and 23.5, `--experimental-permission` before. */
export const permissionFlag = process.allowedNodeEnvironmentFlags.has('--permission')
  ? '--permission'
  : '--experimental-permission';

interface Child {
  readonly process: ChildProcess;
  readonly ready: Promise<void>;
  stderr: string;
}

/**
 * Runs code under test in a child process per job, under Node's permission
 * model (it reads only its own runner; no writes, processes, workers, addons),
 * with its environment empty, and stops it after a timeout, a flood of output,
 * or too much memory. In the child, lockdown() freezes the built-ins before
 * the code runs in a Compartment (worker.ts). A spare child can be kept started.
 */
export class Sandbox {
  /** The child's working folder, empty and private; removed on close. */
  readonly dir = mkdtempSync(join(tmpdir(), 'gotcha-katas-'));
  private runnerFile: Promise<string> | undefined;
  private spare: Child | undefined;
  private readonly cleanup = () => {
    rmSync(this.dir, { recursive: true, force: true });
  };

  constructor(readonly options: SandboxOptions = defaultSandbox) {
    process.once('exit', this.cleanup);
  }

  /** Bundles a file for the sandbox (see bundle.ts); a BundleError says what does not compile. */
  bundle(file: string, options: BundleOptions = {}): Promise<Bundled> {
    return containedBundle(file, options);
  }

  private runner(): Promise<string> {
    // The real path: the child may read that one file, and no link on the way to it.
    return (this.runnerFile ??= cachedBuild('runner.mjs', {
      entryPoints: [join(import.meta.dirname, 'worker.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
    }).then((file) => realpathSync(file)));
  }

  private async start(): Promise<Child> {
    const file = await this.runner();
    const child = fork(file, [], {
      execArgv: [permissionFlag, `--allow-fs-read=${file}`, '--no-warnings', `--max-old-space-size=${memoryLimitMb}`],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // No variable of the trainer's own; a zone not UTC, so a check can tell local time from UTC (006).
      env: { TZ: 'Asia/Kolkata' },
      cwd: this.dir,
      serialization: 'advanced',
    });
    const started: Child = {
      process: child,
      stderr: '',
      ready: new Promise((done, fail) => {
        const early = (code: number | null, signal: string | null) =>
          fail(
            new ToolError(
              `the sandbox's process ended while starting (${signal ?? `exit code ${code}`}):\n${started.stderr}`,
            ),
          );
        child.once('exit', early);
        child.once('error', (error) => fail(new ToolError(`the sandbox's process could not start: ${error.message}`)));
        child.once('message', () => {
          child.removeListener('exit', early);
          done();
        });
      }),
    };
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (started.stderr.length < 20_000) started.stderr += chunk;
    });
    child.stdout?.resume();
    // A spare that never gets a job must not fail the trainer when it is stopped.
    started.ready.catch(() => undefined);
    return started;
  }

  /** Starts the spare child now, so the next job does not wait for it. */
  async warm(): Promise<void> {
    this.spare ??= await this.start();
  }

  /** Runs repo scripts (show): each file bundled, then run as one job. */
  async run(fileJob: FileJob): Promise<Outcome> {
    const scripts = await Promise.all(
      fileJob.scripts.map(async (s) => ({
        label: s.label,
        bundle: await this.bundle(s.file, { replacements: s.replacements ?? {} }),
      })),
    );
    return this.runJob({ scripts });
  }

  /** Runs a job in a fresh child; the report's frames are mapped back to .ts lines. */
  async runJob(bundleJob: BundleJob): Promise<Outcome> {
    const child = this.spare ?? (await this.start());
    this.spare = undefined;
    if (this.options.warm) void this.warm().catch(() => undefined);
    try {
      await child.ready;
      const outcome = await this.send(child, toJob(bundleJob, this.options));
      return mapOutcome(outcome, bundleJob);
    } finally {
      child.process.kill('SIGKILL');
    }
  }

  private send(child: Child, job: Job): Promise<Outcome> {
    const { timeoutMs, outputLimit } = this.options;
    const { process: running } = child;
    return new Promise<Outcome>((done) => {
      let phase = 'while starting';
      const timer = setTimeout(() => finish({ kind: 'timeout', phase, ms: timeoutMs }), timeoutMs);
      const finish = (result: Outcome) => {
        clearTimeout(timer);
        running.removeAllListeners('message');
        running.removeAllListeners('exit');
        done(result);
      };
      running.on('message', (message: WorkerMessage) => {
        if (message.kind === 'phase') phase = message.phase;
        else if (message.kind === 'flood') finish({ kind: 'flood', phase, limit: outputLimit, sample: message.sample });
        else if (message.kind === 'done') finish({ kind: 'done', report: message.report });
      });
      running.on('exit', (code, signal) => {
        // stderr may still be arriving; what it says decides the message.
        setImmediate(() => finish({ kind: 'crash', phase, error: crashInfo(code, signal, child.stderr) }));
      });
      running.send(job);
    });
  }

  close(): Promise<void> {
    const spare = this.spare;
    this.spare = undefined;
    spare?.process.kill('SIGKILL');
    this.cleanup();
    process.removeListener('exit', this.cleanup);
    return Promise.resolve();
  }
}

function toJob(job: BundleJob, options: SandboxOptions): Job {
  const code = (b: Bundled) => ({ code: b.code, url: b.url });
  return {
    ...(job.spec === undefined ? {} : { spec: code(job.spec) }),
    ...(job.subject === undefined ? {} : { subject: code(job.subject) }),
    scripts: (job.scripts ?? []).map((s) => ({ label: s.label, code: code(s.bundle) })),
    imports: job.imports ?? kataImports,
    outputLimit: options.outputLimit,
  };
}

function crashInfo(code: number | null, signal: string | null, stderr: string): ErrorInfo {
  if (code === stuckExitCode) {
    return {
      name: 'Exit',
      message: 'the code waits for a promise that can never settle, as nothing is left to run',
      frames: [],
    };
  }
  if (/heap out of memory|Reached heap limit/i.test(stderr)) {
    return { name: 'Out of memory', message: `the code used more than ${memoryLimitMb} MB of memory`, frames: [] };
  }
  const how = signal === null ? `with exit code ${code}` : `by the signal ${signal}`;
  return { name: 'Crash', message: `the process running the code was ended ${how}`, frames: [] };
}

/** Frames of the bundles, mapped to .ts files; only those in `own` when given. */
function mapFrames(info: ErrorInfo, bundles: readonly Bundled[], own: string | undefined): ErrorInfo {
  const frames: string[] = [];
  for (const frame of info.frames) {
    for (const bundle of bundles) {
      const mapped = mapFrame(frame, bundle);
      if (mapped !== undefined && (own === undefined || mapped.source === own)) frames.push(mapped.frame);
    }
  }
  return { ...info, frames: frames.slice(0, 4) };
}

function mapOutcome(outcome: Outcome, job: BundleJob): Outcome {
  if (outcome.kind !== 'done') return outcome;
  const bundles = [job.subject, ...(job.scripts ?? []).map((s) => s.bundle)].filter((b) => b !== undefined);
  const map = (error: ErrorInfo | undefined) =>
    error === undefined ? {} : { error: mapFrames(error, bundles, job.own) };
  const { report } = outcome;
  return {
    kind: 'done',
    report: {
      ...(report.load === undefined ? {} : { load: map(report.load.error) }),
      checks: report.checks.map((c) => ({ name: c.name, passed: c.passed, ...map(c.error) })),
      scripts: report.scripts.map((s) => ({ label: s.label, lines: s.lines, ...map(s.error) })),
    },
  };
}
