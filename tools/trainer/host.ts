// What the sandbox's child process grants: the globals a Compartment gets
// beside the frozen built-ins, and the modules a kata may import. Nothing here
// reaches the file system, a socket, a process or the trainer's channel. Every
// object handed to the code under test is hardened after lockdown, so no file
// can change what the spec or another check sees.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { Console } from 'node:console';
import * as crypto from 'node:crypto';
import type { TimerOptions } from 'node:timers';
import * as timersPromises from 'node:timers/promises';
import { format, inspect } from 'node:util';
import { consoleMethods, elapsedPlaceholder } from '#kit/console.ts';

type Method = (...args: unknown[]) => unknown;

/** A digest in progress, as createHash and createHmac give it, without the stream it is built on. */
function digester(real: crypto.Hash | crypto.Hmac): object {
  const facade = {
    update(data: crypto.BinaryLike | string, encoding?: crypto.Encoding) {
      if (typeof data === 'string') real.update(data, encoding as crypto.Encoding);
      else real.update(data);
      return facade;
    },
    digest: (encoding?: crypto.BinaryToTextEncoding) =>
      encoding === undefined ? real.digest() : real.digest(encoding),
  };
  return harden(facade);
}

/**
 * The modules a kata may declare in its front matter (`imports:`, see
 * kataImports in the catalog), each granted to the code under test as a small
 * hardened facade, not as Node's module object, whose classes the spec shares.
 */
export const facades: Record<string, () => Record<string, unknown>> = {
  'node:crypto': () => ({
    createHash: (algorithm: string) => digester(crypto.createHash(algorithm)),
    createHmac: (algorithm: string, key: crypto.BinaryLike) => digester(crypto.createHmac(algorithm, key)),
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => crypto.timingSafeEqual(a, b),
    randomUUID: () => crypto.randomUUID(),
    randomBytes: (size: number) => crypto.randomBytes(size),
    randomInt: (min: number, max?: number) => (max === undefined ? crypto.randomInt(min) : crypto.randomInt(min, max)),
  }),
  'node:timers/promises': () => ({
    setTimeout: <T>(ms?: number, value?: T, options?: TimerOptions) => timersPromises.setTimeout(ms, value, options),
    setImmediate: <T>(value?: T, options?: TimerOptions) => timersPromises.setImmediate(value, options),
  }),
};

/** The modules the spec imports: trusted code, given Node's own (hardened where the code under test could reach them). */
const trustedModules: Record<string, unknown> = {
  'node:assert/strict': assert,
  'node:assert': assert,
  'node:crypto': crypto,
};

/** Timers that hand out numbers, as a browser's do, so no Timeout object (and its mutable class) is shared. */
function timers(): Record<string, Method> {
  const live = new Map<number, () => void>();
  let next = 0;
  const start = (clear: () => void) => {
    next += 1;
    live.set(next, clear);
    return next;
  };
  const stop = (id: unknown) => {
    live.get(id as number)?.();
    live.delete(id as number);
  };
  return {
    setTimeout: (fn: unknown, ms?: unknown, ...args: unknown[]) => {
      const timer = setTimeout(fn as Method, ms as number, ...args);
      return start(() => clearTimeout(timer));
    },
    setInterval: (fn: unknown, ms?: unknown, ...args: unknown[]) => {
      const timer = setInterval(fn as Method, ms as number, ...args);
      return start(() => clearInterval(timer));
    },
    setImmediate: (fn: unknown, ...args: unknown[]) => {
      const immediate = setImmediate(fn as Method, ...args);
      return start(() => clearImmediate(immediate));
    },
    clearTimeout: stop,
    clearInterval: stop,
    clearImmediate: stop,
  };
}

/** A console that writes into `sink`, one string per call, as kit/console.ts's captureConsole prints. */
function consoleInto(sink: (text: string) => void): Record<string, Method> {
  const stream = {
    write: (chunk: string) => {
      sink(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk);
      return true;
    },
  } as unknown as NodeJS.WritableStream;
  const into = new Console({ stdout: stream, stderr: stream, ignoreErrors: false, colorMode: false });
  const own = into as unknown as Record<string, Method>;
  const running = new Set<string>();
  const timerName = (label: unknown) => (label === undefined ? 'default' : `${label as string}`);
  const report = (label: unknown, end: boolean, data: unknown[]) => {
    const name = timerName(label);
    if (!running.has(name)) return;
    if (end) running.delete(name);
    into.log('%s: %s', name, elapsedPlaceholder, ...data);
  };
  const methods: Record<string, Method> = {};
  for (const [name, treatment] of Object.entries(consoleMethods)) {
    if (treatment === 'node') methods[name] = (...args) => own[name]?.(...args);
    else if (treatment === 'inspector') methods[name] = () => undefined;
  }
  methods.time = (label) => void running.add(timerName(label));
  methods.timeLog = (label, ...data) => report(label, false, data);
  methods.timeEnd = (label) => report(label, true, []);
  methods.trace = (...args) => {
    const message = format(...args);
    into.error('%s', message === '' ? 'Trace' : `Trace: ${message}`);
  };
  return methods;
}

export interface Host {
  /** Hardens every shared object the globals reach; call once, after lockdown(). */
  harden(): void;
  /** A hardened console writing into `sink`. */
  console(sink: (text: string) => void): object;
  /** The `import` of the code under test: only `allowed` modules, as facades. */
  importer(allowed: readonly string[]): (name: string) => unknown;
  /** The `import` of the spec. */
  trusted(name: string): unknown;
}

/** Made before lockdown(): it holds Node's own objects, which it hardens once lockdown has run. */
export function makeHost(): Host {
  const made = new Map<string, unknown>();
  const shared = {
    Buffer,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    AbortController,
    AbortSignal,
    DOMException,
    Intl,
    inspect,
    assert,
  };
  return {
    harden: () => {
      for (const value of Object.values(shared)) harden(value);
    },
    console: (sink) => harden(consoleInto(sink)),
    importer: (allowed) =>
      harden((name: string) => {
        const key = name.startsWith('node:') ? name : `node:${name}`;
        if (!allowed.includes(key) || !(key in facades)) {
          const granted = allowed.length === 0 ? 'none' : allowed.join(', ');
          throw new Error(`'${name}' cannot be imported in the trainer: this kata allows ${granted}`);
        }
        let module = made.get(key);
        if (module === undefined) {
          module = harden(facades[key]?.() ?? {});
          made.set(key, module);
        }
        return module;
      }),
    trusted: (name) => {
      if (!(name in trustedModules)) throw new Error(`the spec imports '${name}', which the trainer does not provide`);
      return trustedModules[name];
    },
  };
}

/**
 * The one part of `process` the code under test gets: nextTick, whose ordering some katas teach. Reading
 * anything else (exit, env…) throws, as reading `process` itself did before nextTick was granted.
 */
function processFacade(extra: Record<string, unknown> = {}): object {
  const granted = harden({
    nextTick: (fn: unknown, ...args: unknown[]) => {
      process.nextTick(fn as Method, ...args);
    },
    ...extra,
  });
  return new Proxy(granted, {
    get: (target, key) => {
      if (typeof key === 'symbol' || key in target) return (target as Record<PropertyKey, unknown>)[key];
      throw new ReferenceError(`process.${key} is not defined in the trainer`);
    },
  });
}

type Listener = (...args: unknown[]) => void;

/**
 * The spec's `process`: nextTick, and listeners for unhandledRejection only, so a spec can record a
 * rejection nobody handled instead of letting it end the process. The code under test never gets it.
 */
function specProcessFacade(): object {
  const only = (event: unknown) => {
    if (event !== 'unhandledRejection')
      throw new Error(`the spec may only listen for unhandledRejection, not ${String(event)}`);
  };
  const added = new Set<Listener>();
  return processFacade({
    listeners: (event: unknown) => (only(event), [...added]),
    on: (event: unknown, listener: Listener) => {
      only(event);
      added.add(listener);
      process.on('unhandledRejection', listener);
    },
    off: (event: unknown, listener: Listener) => {
      only(event);
      added.delete(listener);
      process.off('unhandledRejection', listener);
    },
    removeAllListeners: (event: unknown) => {
      only(event);
      for (const listener of added) process.off('unhandledRejection', listener);
      added.clear();
    },
  });
}

/**
 * The globals of every Compartment: the console, and host objects the katas use, all hardened. The spec
 * (`forSpec`) also gets unhandledRejection listeners on its `process`.
 */
export function hostGlobals(console: object, forSpec = false): Record<string, unknown> {
  return harden({
    console,
    process: forSpec ? specProcessFacade() : processFacade(),
    AbortController,
    AbortSignal,
    DOMException,
    Intl,
    Buffer,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    atob: (text: string) => atob(text),
    btoa: (text: string) => btoa(text),
    structuredClone: (value: unknown) => structuredClone(value),
    queueMicrotask: (task: () => void) => queueMicrotask(task),
    // The start compartment's Date and Math, frozen by lockdown: a new Compartment's cannot tell the time or roll dice.
    Date,
    Math,
    performance: { now: () => performance.now() },
    ...timers(),
  });
}
