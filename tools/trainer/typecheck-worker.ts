// The type checker's thread: TypeScript loads here, beside the trainer's own
// work, and stays warm for every later file.
import { parentPort } from 'node:worker_threads';
import { TypeService } from './typecheck.ts';
import { saveTypeScriptCache } from './typescript-cache.ts';

const service = new TypeService();
// Loads the standard library and Node's types before the first file arrives.
service.warm();
saveTypeScriptCache();

parentPort?.on('message', ({ id, file, text }: { id: number; file: string; text: string }) => {
  try {
    parentPort?.postMessage({ id, errors: service.errors(file, text) });
  } catch (error) {
    parentPort?.postMessage({ id, failure: (error as Error).stack ?? String(error) });
  }
});
