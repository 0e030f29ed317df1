// The sandbox's worker thread. sandbox.ts bundles this file, starts it in a
// fresh worker for every job, and terminates it afterwards, so learner code
// never runs on the trainer's own thread and leaves nothing behind.
import { parentPort } from 'node:worker_threads';
import { captureConsole } from '#kit/console.ts';
import { runSpec, type Check, type Spec } from '#kit/spec.ts';
import { errorInfo, type ErrorInfo } from './errors.ts';

export interface Job {
  /** Module URL of a bundled spec, whose default export is a Spec. */
  readonly spec?: string;
  /** Module URL of the implementation under test, imported fresh for each check. */
  readonly subject?: string;
  /** Module URL of fixed.ts, whose export names the subject must have. */
  readonly reference?: string;
  /** Scripts to run after the checks, each capturing what it prints. */
  readonly scripts: readonly { readonly label: string; readonly url: string }[];
  /** Stop after this many characters of output. */
  readonly outputLimit: number;
  /** Frames in files under this folder are the sandbox's own and are left out of stacks. */
  readonly internal: string;
}

export interface Report {
  readonly load?: { readonly missing: readonly string[]; readonly error?: ErrorInfo };
  readonly checks: readonly { readonly name: string; readonly passed: boolean; readonly error?: ErrorInfo }[];
  readonly scripts: readonly {
    readonly label: string;
    readonly lines: readonly string[];
    readonly error?: ErrorInfo;
  }[];
}

export type WorkerMessage =
  | { readonly kind: 'phase'; readonly phase: string }
  | { readonly kind: 'flood'; readonly sample: readonly string[] }
  | { readonly kind: 'exit'; readonly code: number }
  | { readonly kind: 'done'; readonly report: Report };

const port = parentPort;

let instances = 0;
async function fresh<M>(url: string): Promise<M> {
  instances += 1;
  return (await import(`${url}?instance=${instances}`)) as M;
}

function post(message: WorkerMessage): void {
  port?.postMessage(message);
}

/** Tells the trainer when the code calls process.exit, as the thread also ends when nothing is left to run. */
function reportExit(): void {
  const exit = process.exit.bind(process);
  process.exit = (code?: number | string | null) => {
    post({ kind: 'exit', code: Number(code ?? process.exitCode ?? 0) });
    return exit(code);
  };
}

/** What the code prints through the console, until it passes the job's limit: then a flood is reported instead. */
class Output {
  flooded = false;
  private printed = 0;
  private readonly sample: string[] = [];
  private restore: (() => void) | undefined;

  constructor(private readonly limit: number) {}

  /** Captures the console afresh, as runScript does, so no group, count or timer carries over; returns the lines. */
  capture(): string[] {
    const lines: string[] = [];
    this.restore?.();
    this.restore = captureConsole((text) => this.take(text, lines));
    return lines;
  }

  private take(text: string, lines: string[]): void {
    if (this.flooded) return;
    this.printed += text.length + 1;
    if (this.sample.length < 10) this.sample.push(text.slice(0, 200));
    if (this.printed > this.limit) {
      this.flooded = true;
      post({ kind: 'flood', sample: this.sample });
      return;
    }
    lines.push(text);
  }
}

async function load(job: Job, subject: string): Promise<NonNullable<Report['load']>> {
  post({ kind: 'phase', phase: 'while loading the file' });
  try {
    const mine = Object.keys(await fresh<object>(subject));
    const wanted = job.reference === undefined ? [] : Object.keys(await fresh<object>(job.reference));
    return { missing: wanted.filter((name) => !mine.includes(name)) };
  } catch (error) {
    return { missing: [], error: errorInfo(error, job.internal) };
  }
}

/** Runs the spec's checks, each on a fresh instance of the subject, telling the trainer which one runs. */
async function check(job: Job, spec: string, subject: string): Promise<Report['checks']> {
  const { checks } = (await fresh<{ default: Spec<unknown> }>(spec)).default;
  const announced = Object.entries(checks).map(([name, run]): [string, Check<unknown>] => [
    name,
    (impl: unknown) => {
      post({ kind: 'phase', phase: `in the check "${name}"` });
      return run(impl);
    },
  ]);
  const results = await runSpec({ checks: Object.fromEntries(announced) }, () => {
    post({ kind: 'phase', phase: 'while loading the file' });
    return fresh(subject);
  });
  return results.map((r) =>
    r.passed
      ? { name: r.name, passed: true }
      : { name: r.name, passed: false, error: errorInfo(r.error, job.internal) },
  );
}

async function runScripts(job: Job, output: Output): Promise<Report['scripts'][number][]> {
  const scripts: Report['scripts'][number][] = [];
  for (const script of job.scripts) {
    post({ kind: 'phase', phase: `while running ${script.label}` });
    const lines = output.capture();
    try {
      await fresh(script.url);
      scripts.push({ label: script.label, lines });
    } catch (error) {
      scripts.push({ label: script.label, lines, error: errorInfo(error, job.internal) });
    }
  }
  return scripts;
}

async function run(job: Job): Promise<void> {
  process.setSourceMapsEnabled(true);
  reportExit();
  const output = new Output(job.outputLimit);
  output.capture();
  let report: Report = { checks: [], scripts: [] };
  if (job.subject !== undefined) {
    const loaded = await load(job, job.subject);
    const checks = job.spec !== undefined && loaded.error === undefined ? await check(job, job.spec, job.subject) : [];
    report = { load: loaded, checks, scripts: [] };
  }
  report = { ...report, scripts: await runScripts(job, output) };
  if (!output.flooded) post({ kind: 'done', report });
}

port?.once('message', (job: Job) => {
  void run(job);
});
