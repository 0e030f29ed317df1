import { Console } from 'node:console';
import { format } from 'node:util';

/**
 * What a console method does while the console is captured:
 * - `node`: as Node's own console does it, writing into the capture (tables,
 *   `dir`'s depth, `group` indentation, `count`, `assert` and `clear`, which
 *   prints nothing when not on a terminal);
 * - `trace`: `Trace: ` and the message, without the stack, whose frames name
 *   the machine's paths and the runner's internals;
 * - `timer`: `time`, `timeLog` and `timeEnd` keep their labels as Node does, but
 *   print `label: [elapsed time]` in place of the time, so that what a script
 *   prints is the same on every run; an unknown or repeated label prints
 *   nothing, where Node prints only a process warning;
 * - `inspector`: left as they are; they reach only an attached inspector and
 *   print nothing.
 */
export type Treatment = 'node' | 'trace' | 'timer' | 'inspector';

/** Every console method of Node 20, 22 and 24 (`Object.keys(console)` but the `Console` class), and its treatment. */
export const consoleMethods = {
  log: 'node',
  info: 'node',
  debug: 'node',
  warn: 'node',
  error: 'node',
  dir: 'node',
  dirxml: 'node',
  table: 'node',
  group: 'node',
  groupCollapsed: 'node',
  groupEnd: 'node',
  count: 'node',
  countReset: 'node',
  assert: 'node',
  clear: 'node',
  trace: 'trace',
  time: 'timer',
  timeLog: 'timer',
  timeEnd: 'timer',
  profile: 'inspector',
  profileEnd: 'inspector',
  timeStamp: 'inspector',
  context: 'inspector',
  createTask: 'inspector',
} as const satisfies Record<string, Treatment>;

/** Shown by `timeLog` and `timeEnd` in place of a time that differs from run to run. */
export const elapsedPlaceholder = '[elapsed time]';

type Method = (...args: unknown[]) => void;
type Timer = 'time' | 'timeLog' | 'timeEnd';

/** A timer's name as Node makes it: `default` when none is given, else the label as a string. */
const timerName = (label: unknown) => (label === undefined ? 'default' : `${label as string}`);

function timers(into: Console): Record<Timer, Method> {
  const running = new Set<string>();
  const report = (label: unknown, end: boolean, data: unknown[]) => {
    const name = timerName(label);
    if (!running.has(name)) return;
    if (end) running.delete(name);
    into.log('%s: %s', name, elapsedPlaceholder, ...data);
  };
  return {
    time: (label) => void running.add(timerName(label)),
    timeLog: (label, ...data) => report(label, false, data),
    timeEnd: (label) => report(label, true, []),
  };
}

/** The methods that stand in for the global console's while it is captured, all writing into `into`. */
function replacements(into: Console): Record<string, Method> {
  const timed = timers(into);
  const own = into as unknown as Record<string, Method>;
  const methods: Record<string, Method> = {};
  for (const [name, treatment] of Object.entries(consoleMethods) as [keyof typeof consoleMethods, Treatment][]) {
    if (treatment === 'node') methods[name] = own[name] as Method;
    else if (treatment === 'timer') methods[name] = timed[name as Timer];
  }
  methods.trace = (...args) => {
    const message = format(...args);
    into.error('%s', message === '' ? 'Trace' : `Trace: ${message}`);
  };
  return methods;
}

/**
 * Sends everything printed through the global console to `sink`, one string
 * per call, as Node's console would print it with no colours (a call that
 * prints several lines, such as `table`, is one string with newlines). Each
 * capture starts with no groups, counts or timers. Returns the function that
 * puts the console back.
 */
export function captureConsole(sink: (text: string) => void): () => void {
  const stream = {
    write: (chunk: string) => {
      sink(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk);
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  // ignoreErrors: false makes Console call only write(); colorMode: false keeps colours out, as on a pipe.
  const into = new Console({ stdout: stream, stderr: stream, ignoreErrors: false, colorMode: false });
  const global = console as unknown as Record<string, unknown>;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, method] of Object.entries(replacements(into))) {
    saved.set(name, Object.getOwnPropertyDescriptor(console, name));
    global[name] = method;
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) delete global[name];
      else Object.defineProperty(console, name, descriptor);
    }
  };
}

/** What `run` prints through the console while it runs, one string per call (see captureConsole). */
export function printedBy(run: () => void): string[] {
  const lines: string[] = [];
  const restore = captureConsole((text) => lines.push(text));
  try {
    run();
  } finally {
    restore();
  }
  return lines;
}
