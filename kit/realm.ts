import { createContext, runInNewContext, Script, type Context } from 'node:vm';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { printedBy } from './console.ts';
import { repoRoot } from './paths.ts';
import { commonJsBundle, type Replacements } from './runner.ts';

// For a kata whose code changes the built-in objects themselves, such as
// Object.prototype: each instance runs in a realm of its own, a node:vm context
// with its own Object, Array, JSON and the other intrinsics, so nothing it does
// to them reaches the tests, another check or another kata. The host's other
// globals (console, Buffer, process, timers, structuredClone…) are reached from
// inside through accessors; they belong to the host's realm, and so do the
// objects they make, such as the copy structuredClone returns.

/** The names every new realm defines for itself: the intrinsics, and V8's console, which prints nowhere and is replaced. */
const intrinsics = new Set(runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[]);
intrinsics.delete('console');
const host = globalThis as Record<string, unknown>;
const requireBuiltin = createRequire(resolve(repoRoot, 'package.json'));

/** A new realm, with the host's globals that are not intrinsics reached through it. */
export function newRealm(): Context {
  const sandbox = {};
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (intrinsics.has(name)) continue;
    Object.defineProperty(sandbox, name, {
      configurable: true,
      get: () => host[name],
      set: (value: unknown) => {
        host[name] = value;
      },
    });
  }
  return createContext(sandbox);
}

type Factory = (exports: object, require: NodeJS.Require, module: { exports: object }) => void;

const scripts = new Map<string, Script>();

function instantiateInRealm<M>(file: string, code: string): M {
  let script = scripts.get(code);
  if (script === undefined) {
    script = new Script(`(function (exports, require, module) {'use strict';\n${code}\n})`, {
      filename: `${file} (bundled, own realm)`,
    });
    scripts.set(code, script);
  }
  const factory = script.runInContext(newRealm()) as Factory;
  const module = { exports: {} };
  factory.call(undefined, module.exports, requireBuiltin, module);
  return module.exports as M;
}

/** As runner.ts's `loader`, but every instance runs in a new realm (see above). */
export function realmLoader<M>(file: string, replacements: Replacements = {}): () => Promise<M> {
  let bundled: Promise<string> | undefined;
  return async () => instantiateInRealm<M>(file, await (bundled ??= commonJsBundle(file, replacements)));
}

/** As runner.ts's `runScript`, but the script runs in a new realm (see above). */
export async function runScriptInRealm(file: string, replacements: Replacements = {}): Promise<string[]> {
  const code = await commonJsBundle(file, replacements);
  return printedBy(() => instantiateInRealm(file, code));
}
