import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '#kit/paths.ts';
import { cacheDir, cachedBuild } from './disk-cache.ts';
import { ToolError } from './sandbox.ts';

/** The type checker, in a thread of its own: TypeScript takes long to load, and loads while the trainer works. */
export interface Types {
  /** Each error in `file` (whose content is `text`) as `file:line:col - error TSnnnn: message`. */
  errors(file: string, text: string): Promise<string[]>;
  close(): Promise<void>;
}

type Answer = { id: number; errors: string[] } | { id: number; failure: string };

/**
 * The thread's script: typecheck-worker.ts bundled as CommonJS (a thread does
 * not get tsx), with TypeScript loaded from node_modules through V8's code cache.
 */
function threadScript(): Promise<string> {
  const typescript = createRequire(join(repoRoot, 'package.json')).resolve('typescript');
  const version = (
    JSON.parse(readFileSync(join(dirname(dirname(typescript)), 'package.json'), 'utf8')) as { version: string }
  ).version;
  const codeCache = join(cacheDir, `typescript-${version}-node-${process.versions.v8}.cache`);
  const loaderModule = join(import.meta.dirname, 'typescript-cache.ts');
  return cachedBuild('type-thread.cjs', {
    entryPoints: [join(import.meta.dirname, 'typecheck-worker.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.dirname': JSON.stringify(join(repoRoot, 'kit')) },
    plugins: [
      {
        name: 'typescript-through-the-code-cache',
        setup: (b) => {
          b.onResolve({ filter: /^typescript$/ }, () => ({ path: 'typescript', namespace: 'cached' }));
          b.onLoad({ filter: /.*/, namespace: 'cached' }, () => ({
            contents: `const { loadTypeScript } = require(${JSON.stringify(loaderModule)});\nmodule.exports = loadTypeScript(${JSON.stringify(typescript)}, ${JSON.stringify(codeCache)});`,
            resolveDir: import.meta.dirname,
            loader: 'js',
          }));
        },
      },
    ],
  });
}

/** Starts the type checker's thread now; it loads TypeScript and the standard library at once. */
export function startTypes(): Types {
  const starting = threadScript().then((file) => {
    const thread = new Worker(file);
    thread.unref();
    return thread;
  });
  return threadClient(starting);
}

function threadClient(starting: Promise<Worker>): Types {
  const waiting = new Map<number, { done: (errors: string[]) => void; fail: (error: Error) => void }>();
  let next = 0;
  let broken: Error | undefined;
  const failAll = (error: Error) => {
    broken = error;
    for (const { fail } of waiting.values()) fail(error);
    waiting.clear();
  };
  const using = starting.then((worker) => {
    listen(worker);
    return worker;
  });
  using.catch((error: unknown) => failAll(new ToolError(`the type checker could not start: ${String(error)}`)));
  const listen = (worker: Worker) => {
    worker.on('message', (answer: Answer) => {
      const entry = waiting.get(answer.id);
      waiting.delete(answer.id);
      if ('errors' in answer) entry?.done(answer.errors);
      else entry?.fail(new ToolError(`the type checker failed:\n${answer.failure}`));
    });
    worker.on('error', (error) => failAll(new ToolError(`the type checker failed: ${error.stack ?? error.message}`)));
    worker.on('exit', () => failAll(new ToolError('the type checker stopped')));
  };
  return {
    errors: (file, text) =>
      new Promise((done, fail) => {
        if (broken !== undefined) {
          fail(broken);
          return;
        }
        next += 1;
        const id = next;
        waiting.set(id, { done, fail });
        void using.then((worker) => {
          worker.ref();
          worker.postMessage({ id, file, text });
        });
      }).finally(() => {
        if (waiting.size === 0) void using.then((worker) => worker.unref());
      }) as Promise<string[]>,
    close: async () => {
      const worker = await using.catch(() => undefined);
      worker?.removeAllListeners('exit');
      await worker?.terminate();
    },
  };
}
