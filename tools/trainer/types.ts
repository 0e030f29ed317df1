import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '#kit/paths.ts';
import { ToolError } from './sandbox.ts';

/** The type checker, in a thread of its own: TypeScript takes long to load, and loads while the trainer works. */
export interface Types {
  /** Each error in `file` (whose content is `text`) as `file:line:col - error TSnnnn: message`. */
  errors(file: string, text: string): Promise<string[]>;
  close(): Promise<void>;
}

type Answer = { id: number; errors: string[] } | { id: number; failure: string };

/**
 * The thread's code: typecheck-worker.ts bundled as a script, with TypeScript
 * required from node_modules by its absolute path (a thread does not get tsx).
 */
async function threadCode(): Promise<string> {
  const typescript = createRequire(join(repoRoot, 'package.json')).resolve('typescript');
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'typecheck-worker.ts')],
    absWorkingDir: repoRoot,
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    define: { 'import.meta.dirname': JSON.stringify(join(repoRoot, 'kit')) },
    plugins: [
      {
        name: 'typescript-from-node-modules',
        setup: (b) => b.onResolve({ filter: /^typescript$/ }, () => ({ path: typescript, external: true })),
      },
    ],
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Starts the type checker's thread now; it loads TypeScript and the standard library at once. */
export function startTypes(): Types {
  const starting = threadCode().then((code) => {
    const thread = new Worker(code, { eval: true });
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
