import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundle, type Replacements } from '#kit/runner.ts';
import { errorInfo, type ErrorInfo } from './errors.ts';
import type { Job, Report, WorkerMessage } from './worker.ts';

export type { ErrorInfo } from './errors.ts';
export type { Report } from './worker.ts';

/** How a sandbox job ended. */
export type Outcome =
  | { readonly kind: 'done'; readonly report: Report }
  | { readonly kind: 'timeout'; readonly phase: string; readonly ms: number }
  | { readonly kind: 'flood'; readonly phase: string; readonly limit: number; readonly sample: readonly string[] }
  | { readonly kind: 'crash'; readonly phase: string; readonly error: ErrorInfo };

export interface SandboxOptions {
  /** Stop learner code that has not finished after this many milliseconds. */
  readonly timeoutMs: number;
  /** Stop learner code that prints more than this many characters. */
  readonly outputLimit: number;
  /** Keep a started worker ready for the next job (the watch loop), instead of starting one per job. */
  readonly warm: boolean;
}

export const defaultSandbox: SandboxOptions = { timeoutMs: 2000, outputLimit: 100_000, warm: false };

/** A job as the trainer states it: files, not module URLs. */
export interface FileJob {
  readonly spec?: string;
  readonly subject?: string;
  readonly reference?: string;
  readonly scripts?: readonly { readonly label: string; readonly file: string; readonly replacements?: Replacements }[];
}

const workerEntry = join(import.meta.dirname, 'worker.ts');

/**
 * Runs learner code in a fresh worker thread per job, stopping it after a
 * timeout or a flood of output. Modules are bundled with esbuild and written
 * to a private temporary folder, so stack traces map back to the .ts files.
 */
export class Sandbox {
  /** The private folder of bundled modules; frames inside it are the sandbox's own. */
  readonly dir = mkdtempSync(join(tmpdir(), 'gotcha-katas-'));
  private counter = 0;
  private workerFile: Promise<string> | undefined;
  private spare: Worker | undefined;
  /** Module URLs by bundled code: an unchanged bundle is written once and imported fresh each job. */
  private readonly written = new Map<string, string>();
  private readonly cleanup = () => {
    rmSync(this.dir, { recursive: true, force: true });
  };

  constructor(readonly options: SandboxOptions = defaultSandbox) {
    mkdirSync(this.dir, { recursive: true });
    process.once('exit', this.cleanup);
  }

  /**
   * Bundles `file` (with `replacements`) into the sandbox folder and returns its
   * module URL. bundle() recompiles only when an input changed; the file is
   * written only when the bundled code is new.
   */
  async module(file: string, replacements: Replacements = {}): Promise<string> {
    const code = await bundle(file, replacements);
    const known = this.written.get(code);
    if (known !== undefined) return known;
    const target = join(this.dir, `${++this.counter}-${basename(file, '.ts')}.mjs`);
    writeFileSync(target, absoluteSourceMap(code));
    const url = pathToFileURL(target).href;
    this.written.set(code, url);
    return url;
  }

  private async start(): Promise<Worker> {
    this.workerFile ??= bundle(workerEntry).then((code) => {
      const target = join(this.dir, 'worker.mjs');
      writeFileSync(target, code);
      return target;
    });
    return new Worker(await this.workerFile, {
      stdout: true,
      stderr: true,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
  }

  /** Starts the spare worker now, so the first job does not wait for it. */
  async warm(): Promise<void> {
    this.spare ??= await this.start();
  }

  async run(fileJob: FileJob): Promise<Outcome> {
    const [spec, subject, reference, scripts] = await Promise.all([
      fileJob.spec === undefined ? undefined : this.module(fileJob.spec),
      fileJob.subject === undefined ? undefined : this.module(fileJob.subject),
      fileJob.reference === undefined ? undefined : this.module(fileJob.reference),
      Promise.all(
        (fileJob.scripts ?? []).map(async (s) => ({
          label: s.label,
          url: await this.module(s.file, s.replacements ?? {}),
        })),
      ),
    ]);
    return this.runJob({
      spec,
      subject,
      reference,
      scripts,
      outputLimit: this.options.outputLimit,
      internal: this.dir,
    });
  }

  /** Posts a prepared job to a worker; call after `module` has bundled every file, to overlap with other work. */
  async runJob(job: Job): Promise<Outcome> {
    const worker = this.spare ?? (await this.start());
    this.spare = undefined;
    const { timeoutMs, outputLimit } = this.options;
    const outcome = await new Promise<Outcome>((done) => {
      let phase = 'while starting';
      let streamed = 0;
      const sample: string[] = [];
      const timer = setTimeout(() => done({ kind: 'timeout', phase, ms: timeoutMs }), timeoutMs);
      const finish = (result: Outcome) => {
        clearTimeout(timer);
        done(result);
      };
      const onStream = (chunk: Buffer) => {
        streamed += chunk.length;
        if (sample.length < 10)
          sample.push(
            ...chunk
              .toString('utf8')
              .split('\n')
              .slice(0, 10 - sample.length),
          );
        if (streamed > outputLimit) finish({ kind: 'flood', phase, limit: outputLimit, sample });
      };
      worker.stdout.on('data', onStream);
      worker.stderr.on('data', onStream);
      let exitCalled: number | undefined;
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'phase') phase = message.phase;
        else if (message.kind === 'exit') exitCalled = message.code;
        else if (message.kind === 'flood') finish({ kind: 'flood', phase, limit: outputLimit, sample: message.sample });
        else finish({ kind: 'done', report: message.report });
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const info =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { name: 'Out of memory', message: 'the code used more than 256 MB of memory', frames: [] }
            : errorInfo(error, this.dir);
        finish({ kind: 'crash', phase, error: info });
      });
      worker.on('exit', () => {
        const message =
          exitCalled === undefined
            ? 'the code waits for a promise that can never settle, as nothing is left to run'
            : `the code ended the thread with process.exit(${exitCalled})`;
        finish({ kind: 'crash', phase, error: { name: 'Exit', message, frames: [] } });
      });
      worker.postMessage(job);
    });
    worker.removeAllListeners('exit');
    void worker.terminate();
    if (this.options.warm) void this.warm();
    return outcome;
  }

  async close(): Promise<void> {
    const spare = this.spare;
    this.spare = undefined;
    if (spare !== undefined) await spare.terminate();
    this.cleanup();
    process.removeListener('exit', this.cleanup);
  }
}

/** Rewrites an inline source map's `sources` to absolute file URLs, so stacks name the .ts files wherever the bundle is written. */
function absoluteSourceMap(code: string): string {
  const marker = '//# sourceMappingURL=data:application/json;base64,';
  const at = code.lastIndexOf(marker);
  if (at < 0) return code;
  const map = JSON.parse(Buffer.from(code.slice(at + marker.length).trim(), 'base64').toString('utf8')) as {
    sources: string[];
  };
  map.sources = map.sources.map((s) => pathToFileURL(resolve(s)).href);
  return `${code.slice(0, at)}${marker}${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
}
