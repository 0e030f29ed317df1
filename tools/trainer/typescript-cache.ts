// Loads TypeScript in the type checker's thread with V8's code cache, kept in
// node_modules/.cache/gotcha-katas: compiling typescript.js is most of its
// load time, and the cache skips it on every start after the first.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

let loaded: { script: Script; cacheFile: string; fresh: boolean } | undefined;

/** typescript.js, evaluated as Node would require it, from the code cache when there is one for this exact file. */
export function loadTypeScript(file: string, cacheFile: string): unknown {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(wrap(readFileSync(file, 'utf8')), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  loaded = { script, cacheFile, fresh: cachedData === undefined || script.cachedDataRejected === true };
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** Writes the code cache, with the functions compiled so far, when there was none or it was rejected. */
export function saveTypeScriptCache(): void {
  if (loaded?.fresh !== true) return;
  try {
    const { cacheFile, script } = loaded;
    mkdirSync(dirname(cacheFile), { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
    loaded.fresh = false;
  } catch {
    // A cache that cannot be written only costs time.
  }
}
