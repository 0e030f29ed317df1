// The type checker's thread: TypeScript loads here, beside the trainer's own
// work, and stays warm for every later file.
import { parentPort } from 'node:worker_threads';
import { TypeService } from './typecheck.ts';

const service = new TypeService();
// Loads the standard library and Node's types before the first file arrives.
service.warm();

parentPort?.on('message', ({ id, file, text }: { id: number; file: string; text: string }) => {
  try {
    parentPort?.postMessage({ id, errors: service.errors(file, text) });
  } catch (error) {
    parentPort?.postMessage({ id, failure: (error as Error).stack ?? String(error) });
  }
});
