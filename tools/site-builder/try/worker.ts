// The try-it Web Worker: compiles the editor's TypeScript with sucrase, then
// runs the kata's own spec against it (Check) or predict.ts with it in place of
// broken.ts (Run), as the trainer's worker does in Node. The page starts a fresh
// worker for every job and terminates it when the job ends or its time is up.
import assert from 'assert';
import { transform } from 'sucrase';
import { runSpec, type Spec } from '#kit/spec.ts';
import { format } from './inspect.ts';
import type { ErrorInfo, Job, Report, WorkerMessage } from './protocol.ts';

declare const self: { postMessage(message: WorkerMessage): void; onmessage: ((e: { data: Job }) => void) | null };

const post = (message: WorkerMessage) => self.postMessage(message);

/**
 * Node's URL throws a TypeError with the code ERR_INVALID_URL and the input
 * when it cannot parse; the browser's throws a bare TypeError. A spec may ask
 * for the code (kata 010's does), so the worker's URL fails as Node's does.
 */
class NodeURL extends URL {
  constructor(url: string | URL, base?: string | URL) {
    try {
      super(url, base);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL', input: String(url) });
    }
  }
}
globalThis.URL = NodeURL;

/**
 * The event loop as far as the worker can see it: every timer, immediate and
 * tick the reader's code schedules is counted until it has run or is cleared,
 * so Run can wait, as a Node process does before it exits, until nothing is
 * left to run. Node's setImmediate, process.nextTick and node:timers/promises
 * have stand-ins: an immediate is a message to the worker itself, a macrotask
 * after the microtasks, with no 4 ms clamp; ticks run once the microtasks have
 * drained (where a Node ES module runs them) and before any timer.
 */
const loop = (() => {
  const native = {
    setTimeout: setTimeout.bind(globalThis),
    clearTimeout: clearTimeout.bind(globalThis),
    setInterval: setInterval.bind(globalThis),
    clearInterval: clearInterval.bind(globalThis),
  };
  const timers = new Set<unknown>();
  let pending = 0;
  let idle: (() => void) | undefined;
  const settle = () => {
    if (pending === 0 && timers.size === 0) idle?.();
  };
  const ticks: (() => void)[] = [];
  const runTicks = () => {
    for (let tick = ticks.shift(); tick !== undefined; tick = ticks.shift()) {
      pending -= 1;
      tick();
    }
  };
  const immediates: (() => void)[] = [];
  const channel = new MessageChannel();
  // Typed as the DOM's MessagePort in the worker's tsconfig, as Node's in the root one, which has no onmessage.
  (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => {
    runTicks();
    const next = immediates.shift();
    if (next === undefined) return;
    pending -= 1;
    try {
      next();
    } finally {
      settle();
    }
  };
  const later = (fn: () => void) => {
    immediates.push(fn);
    pending += 1;
    channel.port2.postMessage(null);
  };
  type Callback = (...args: unknown[]) => void;
  const g = globalThis as unknown as Record<string, unknown>;
  g.setTimeout = (fn: Callback, ms?: number, ...args: unknown[]) => {
    const id: unknown = native.setTimeout(() => {
      timers.delete(id);
      runTicks();
      try {
        fn(...args);
      } finally {
        settle();
      }
    }, ms);
    timers.add(id);
    return id;
  };
  g.clearTimeout = (id: unknown) => {
    timers.delete(id);
    native.clearTimeout(id as number);
    settle();
  };
  g.setInterval = (fn: Callback, ms?: number, ...args: unknown[]) => {
    const id: unknown = native.setInterval(() => {
      runTicks();
      fn(...args);
    }, ms);
    timers.add(id);
    return id;
  };
  g.clearInterval = (id: unknown) => {
    timers.delete(id);
    native.clearInterval(id as number);
    settle();
  };
  g.setImmediate = (fn: Callback, ...args: unknown[]) => {
    const immediate = { cleared: false };
    later(() => {
      if (!immediate.cleared) fn(...args);
    });
    return immediate;
  };
  g.clearImmediate = (immediate: { cleared: boolean } | undefined) => {
    if (immediate !== undefined) immediate.cleared = true;
  };
  g.process ??= {
    nextTick: (fn: Callback, ...args: unknown[]) => {
      if (ticks.length === 0) later(() => undefined);
      ticks.push(() => fn(...args));
      pending += 1;
    },
  };
  return {
    /** node:timers/promises, as far as a kata uses it. */
    timersPromises: {
      setImmediate: <T>(value?: T) => new Promise<T | undefined>((resolve) => later(() => resolve(value))),
      setTimeout: <T>(ms?: number, value?: T) =>
        new Promise<T | undefined>((resolve) => (g.setTimeout as Callback)(() => resolve(value), ms)),
    },
    /** Resolves once no timer, immediate or tick is left to run. */
    async idle(): Promise<void> {
      for (;;) {
        // eslint-disable-next-line no-loop-func -- each wait hands settle() its own resolve, which is the point
        await new Promise<void>((resolve) => {
          idle = resolve;
          settle();
        });
        // The microtasks of the last callback may schedule more: look again after them.
        await new Promise((resolve) => native.setTimeout(resolve, 0));
        if (pending === 0 && timers.size === 0) return;
      }
    },
  };
})();

/** Describes a thrown value as the trainer does; a value that is not an Error is shown as Node would print it. */
function errorInfo(error: unknown): ErrorInfo {
  if (!(error instanceof Error)) return { name: 'Thrown value', message: format(error) };
  return { name: error.name, message: error.message };
}

type Module = Record<string, unknown>;
type Require = (name: string) => unknown;

/** Evaluates a CommonJS body, afresh each call, as a module of its own. */
function evaluate(body: string, require: Require): Module {
  const module = { exports: {} as Module };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the reader's code is what this worker is for
  const run = new Function('exports', 'require', 'module', body) as (e: Module, r: Require, m: typeof module) => void;
  run(module.exports, require, module);
  return module.exports;
}

/** Evaluates a CommonJS body that awaits at its top level, as the body of an async function. */
async function evaluateAsync(body: string, require: Require): Promise<void> {
  const AsyncFunction = (Object.getPrototypeOf(async function () {}) as { constructor: unknown }).constructor as new (
    ...args: string[]
  ) => (e: Module, r: Require, m: { exports: Module }) => Promise<void>;
  const module = { exports: {} as Module };
  await new AsyncFunction('exports', 'require', 'module', body)(module.exports, require, module);
}

const builtins: Readonly<Record<string, unknown>> = {
  'node:assert/strict': assert.strict,
  'node:assert': assert,
  assert,
  'node:timers/promises': loop.timersPromises,
};

function requireFrom(code: string | undefined): Require {
  return (name) => {
    if (name === 'broken' && code !== undefined) return evaluate(code, requireFrom(undefined));
    if (name in builtins) return builtins[name];
    throw new Error(
      `Cannot find module '${name}': only node:assert and node:timers/promises are available in the browser`,
    );
  };
}

/** The edited file compiled to a CommonJS body, lines kept where they were. */
function compile(code: string): string {
  return transform(code, {
    transforms: ['typescript', 'imports'],
    disableESTransforms: true,
    filePath: 'broken.ts',
  }).code;
}

class Output {
  flooded = false;
  lines: string[] = [];
  private printed = 0;
  constructor(private readonly limit: number) {}

  take(text: string): void {
    if (this.flooded) return;
    this.printed += text.length + 1;
    if (this.printed > this.limit) {
      this.flooded = true;
      post({ kind: 'flood', sample: this.lines.slice(0, 10).map((l) => l.slice(0, 200)) });
      return;
    }
    this.lines.push(...text.split('\n'));
  }
}

/** Points every console method that prints at `output`, each line as util.format makes it. */
function capture(output: Output): void {
  const print = (...args: unknown[]) => output.take(format(...args));
  const target = console as unknown as Record<string, unknown>;
  for (const name of ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir']) target[name] = print;
  target.table = print;
}

async function check(job: Job, code: string): Promise<Report> {
  post({ kind: 'phase', phase: 'while loading the file' });
  let mine: string[];
  try {
    mine = Object.keys(evaluate(code, requireFrom(undefined)));
  } catch (error) {
    return { load: { missing: [], error: errorInfo(error) }, checks: [] };
  }
  const missing = job.kata.exports.filter((name) => !mine.includes(name));
  if (missing.length > 0) return { load: { missing }, checks: [] };
  const spec = evaluate(job.kata.spec, requireFrom(undefined)).default as Spec<Module>;
  const announced = Object.entries(spec.checks).map(([name, run]): [string, (impl: Module) => unknown] => [
    name,
    (impl: Module) => {
      post({ kind: 'phase', phase: `in the check "${name}"` });
      return run(impl);
    },
  ]);
  const checks = Object.fromEntries(announced) as Spec<Module>['checks'];
  const results = await runSpec<Module>({ checks }, () => {
    post({ kind: 'phase', phase: 'while loading the file' });
    return Promise.resolve(evaluate(code, requireFrom(undefined)));
  });
  return {
    load: { missing: [] },
    checks: results.map((r) =>
      r.passed ? { name: r.name, passed: true } : { name: r.name, passed: false, error: errorInfo(r.error) },
    ),
  };
}

async function run(job: Job, code: string, output: Output): Promise<Report> {
  post({ kind: 'phase', phase: 'while running predict.ts' });
  try {
    if (job.kata.predictAsync) await evaluateAsync(job.kata.predict, requireFrom(code));
    else evaluate(job.kata.predict, requireFrom(code));
    // Wait, as Node does before it exits, until nothing is left to run; the page stops a script that never settles.
    await loop.idle();
    return { checks: [], printed: { lines: output.lines } };
  } catch (error) {
    return { checks: [], printed: { lines: output.lines, error: errorInfo(error) } };
  }
}

async function start(job: Job): Promise<void> {
  const output = new Output(job.outputLimit);
  capture(output);
  let code: string;
  try {
    code = compile(job.code);
  } catch (error) {
    post({ kind: 'done', report: { syntax: error instanceof Error ? error.message : String(error), checks: [] } });
    return;
  }
  const report = job.mode === 'check' ? await check(job, code) : await run(job, code, output);
  if (!output.flooded) post({ kind: 'done', report });
}

self.onmessage = (event) => {
  self.onmessage = null;
  void start(event.data);
};
post({ kind: 'ready' });
