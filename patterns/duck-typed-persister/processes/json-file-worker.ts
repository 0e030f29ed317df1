// Run by json-file.test.ts in two worker_threads, bundled. Each thread saves the same record `rounds`
// times, from the version it read. Inside each save, after the file is read, the two threads wait for
// each other, so both read the same version before either renames: the interleaving is forced, not timed.
import * as fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ConflictError } from '../persister.ts';
import { JsonFilePersister, type FileSystem } from '../json-file.ts';

const { path, rounds, shared } = workerData as { path: string; rounds: number; shared: SharedArrayBuffer };
const meeting = new Int32Array(shared);

/** Waits until the other thread gets here too: a two-thread barrier on [arrived, generation]. */
function meetOtherThread(): void {
  const generation = Atomics.load(meeting, 1);
  if (Atomics.add(meeting, 0, 1) === 1) {
    Atomics.store(meeting, 0, 0);
    Atomics.add(meeting, 1, 1);
    Atomics.notify(meeting, 1);
  } else {
    Atomics.wait(meeting, 1, generation);
  }
}

let saving = false;
const meetingFs: FileSystem = {
  ...fs,
  readFileSync: (file, encoding) => {
    const text = fs.readFileSync(file, encoding);
    if (saving) meetOtherThread();
    return text;
  },
};

const store = new JsonFilePersister(path, meetingFs);
let saved = 0;
let conflicts = 0;
for (let round = 0; round < rounds; round++) {
  const { version, value } = store.get('counter');
  saving = true;
  try {
    store.save('counter', (value as number) + 1, version);
    saved++;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    conflicts++;
  } finally {
    saving = false;
  }
}
parentPort?.postMessage({ saved, conflicts });
