// The sandbox's worker thread. sandbox.ts bundles this file, starts it in a
// fresh worker for every job, and terminates it afterwards, so learner code
// never runs on the trainer's own thread and leaves nothing behind.
import { format } from 'node:util';
import { parentPort } from 'node:worker_threads';
import { runSpec, type Spec } from '#kit/spec.ts';

/** A thrown value, made safe to post: its name, message and the stack frames outside the sandbox. */
export interface ErrorInfo {
  readonly name: string;
  readonly message: string;
  readonly frames: readonly string[];
}

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

function errorInfo(error: unknown, internal: string): ErrorInfo {
  if (!(error instanceof Error)) return { name: 'Thrown value', message: format(error), frames: [] };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((l) => l.startsWith('    at ') && !l.includes(internal) && !l.includes('node:'))
    .slice(0, 4)
    .map((l) => l.trim());
  return { name: error.name, message: error.message, frames };
}

let instances = 0;
async function fresh<M>(url: string): Promise<M> {
  instances += 1;
  return (await import(`${url}?instance=${instances}`)) as M;
}

function post(message: WorkerMessage): void {
  port?.postMessage(message);
}

port?.once('message', (job: Job) => {
  void run(job);
});

async function run(job: Job): Promise<void> {
  process.setSourceMapsEnabled(true);
  // The thread also ends when nothing is left to run; this tells the two apart.
  const exit = process.exit.bind(process);
  process.exit = (code?: number | string | null) => {
    post({ kind: 'exit', code: Number(code ?? process.exitCode ?? 0) });
    return exit(code);
  };
  let printed = 0;
  let flooded = false;
  let lines: string[] = [];
  const sample: string[] = [];
  const capture = (...args: unknown[]): void => {
    if (flooded) return;
    const text = format(...args);
    printed += text.length + 1;
    if (sample.length < 10) sample.push(text.slice(0, 200));
    if (printed > job.outputLimit) {
      flooded = true;
      post({ kind: 'flood', sample });
      return;
    }
    lines.push(text);
  };
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) console[method] = capture;
  console.table = capture;
  console.dir = capture;

  const report: { load?: Report['load']; checks: Report['checks'][number][]; scripts: Report['scripts'][number][] } = {
    checks: [],
    scripts: [],
  };
  const subject = job.subject;
  if (subject !== undefined) {
    post({ kind: 'phase', phase: 'while loading the file' });
    try {
      const mine = Object.keys(await fresh<object>(subject));
      const wanted = job.reference === undefined ? [] : Object.keys(await fresh<object>(job.reference));
      report.load = { missing: wanted.filter((name) => !mine.includes(name)) };
    } catch (error) {
      report.load = { missing: [], error: errorInfo(error, job.internal) };
    }
    if (job.spec !== undefined && report.load.error === undefined) {
      const spec = (await fresh<{ default: Spec<unknown> }>(job.spec)).default;
      const checks = Object.fromEntries(
        Object.entries(spec.checks).map(([name, check]) => [
          name,
          (impl: unknown) => {
            post({ kind: 'phase', phase: `in the check "${name}"` });
            return check(impl);
          },
        ]),
      );
      const results = await runSpec({ checks }, () => {
        post({ kind: 'phase', phase: 'while loading the file' });
        return fresh(subject);
      });
      report.checks = results.map((r) =>
        r.passed
          ? { name: r.name, passed: true }
          : { name: r.name, passed: false, error: errorInfo(r.error, job.internal) },
      );
    }
  }
  for (const script of job.scripts) {
    post({ kind: 'phase', phase: `while running ${script.label}` });
    lines = [];
    try {
      await fresh(script.url);
      report.scripts.push({ label: script.label, lines });
    } catch (error) {
      report.scripts.push({ label: script.label, lines, error: errorInfo(error, job.internal) });
    }
  }
  if (!flooded) post({ kind: 'done', report });
}
