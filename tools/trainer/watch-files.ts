import { readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export const pollMs = 100;

/** On WSL, files under /mnt/ live on the Windows side, where Linux change events often never arrive. */
function eventsUnreliable(file: string): string | undefined {
  try {
    if (file.startsWith('/mnt/') && /microsoft/i.test(readFileSync('/proc/version', 'utf8'))) {
      return 'this looks like WSL with the repo on a Windows drive';
    }
  } catch {
    // No /proc/version: not Linux, so not WSL.
  }
  return undefined;
}

function signature(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return 'absent';
  }
}

function poll(file: string, changed: () => void): () => void {
  let last = signature(file);
  const timer = setInterval(() => {
    const now = signature(file);
    if (now !== last) {
      last = now;
      changed();
    }
  }, pollMs);
  return () => clearInterval(timer);
}

/**
 * Calls `changed` whenever `file` may have changed, and returns the function
 * that stops watching. It waits for the system's change events on the file's
 * folder, and falls back to polling the file's size, modification time and
 * inode when asked to, where events are unreliable, or when they fail; `warn`
 * tells the learner why.
 */
export function watchFile(
  file: string,
  options: { readonly poll: boolean; readonly warn: (text: string) => void },
  changed: () => void,
): () => void {
  const reason = options.poll ? undefined : eventsUnreliable(file);
  if (options.poll || reason !== undefined) {
    if (reason !== undefined)
      options.warn(`Polling for changes every ${pollMs} ms: ${reason}. Press Enter to check at any time.`);
    return poll(file, changed);
  }
  let watcher: FSWatcher;
  const name = basename(file);
  try {
    watcher = watch(dirname(file), (_event, what) => {
      if (what === null || what === name) changed();
    });
  } catch (error) {
    options.warn(
      `File change events are not available here (${(error as Error).message}); polling every ${pollMs} ms instead.`,
    );
    return poll(file, changed);
  }
  let stop = () => watcher.close();
  watcher.on('error', (error) => {
    watcher.close();
    options.warn(`File change events failed (${error.message}); polling every ${pollMs} ms instead.`);
    stop = poll(file, changed);
  });
  return () => stop();
}
