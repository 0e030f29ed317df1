import { readFileSync } from 'node:fs';
import { format } from 'node:util';

/** A thrown value as plain data: its name, message and stack frames. */
export interface ErrorInfo {
  readonly name: string;
  readonly message: string;
  readonly frames: readonly string[];
}

const frameLine = /^\s+at /;

/**
 * Describes a thrown value in the sandbox's child, as plain data. The value
 * may come from the code under test: a getter that throws, or a proxy, gives
 * a description that says so instead of an error in the trainer. (A getter
 * that never returns is stopped by the trainer's timeout.)
 */
export function describeThrown(error: unknown): ErrorInfo {
  try {
    if (!(error instanceof Error)) return { name: 'Thrown value', message: format(error), frames: [] };
    const stack: unknown = error.stack;
    const frames = typeof stack === 'string' ? stack.split('\n').filter((l) => frameLine.test(l)) : [];
    return {
      name: String(error.name),
      message: String(error.message),
      frames: frames.slice(0, 50).map((l) => l.trim()),
    };
  } catch {
    return {
      name: 'Unreadable error',
      message: 'the code threw a value that throws again when the trainer reads its name, message or stack',
      frames: [],
    };
  }
}

/** Where a frame points: `at name (url:line:col)` or `at url:line:col`. */
export function frameLocation(frame: string): { url: string; line: number; column: number } | undefined {
  const match = /(?:\(|at )([^()\s]+):(\d+):(\d+)\)?$/.exec(frame);
  if (match === null) return undefined;
  return { url: match[1] ?? '', line: Number(match[2]), column: Number(match[3]) };
}

/** The file-system error codes that get a message of their own, with what to do about each. */
const fileSystemAdvice: Record<string, { what: string; todo: string }> = {
  EACCES: { what: 'permission denied', todo: 'Check its permissions (ls -l), or give a path you can use.' },
  EPERM: { what: 'operation not permitted', todo: 'Check its permissions (ls -l), or give a path you can use.' },
  EISDIR: { what: 'it is a folder, not a file', todo: 'Give the path of a file, or move the folder away.' },
  ENOTDIR: { what: 'a part of the path is a file, not a folder', todo: 'Check the path.' },
  ENOENT: { what: 'there is no such file or folder', todo: 'Check the path, or create what is missing.' },
  ENOSPC: { what: 'the disk is full', todo: 'Free some space, then run the command again.' },
  EROFS: { what: 'the file system is read-only', todo: 'Work in a copy of the repository on a writable disk.' },
  EMFILE: { what: 'too many files are open', todo: 'Close some programs, then run the command again.' },
};

/** The message for a file-system error (a path and what to do), or undefined for any other error. */
export function fileSystemMessage(error: unknown, show: (path: string) => string = (p) => p): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { code, path, dest, syscall } = error as { code?: unknown; path?: unknown; dest?: unknown; syscall?: unknown };
  const advice = typeof code === 'string' ? fileSystemAdvice[code] : undefined;
  if (advice === undefined) return undefined;
  // A rename names the file it moves first; the one it could not replace is the one to name.
  const target = typeof dest === 'string' ? dest : path;
  const where = typeof target === 'string' ? show(target) : 'a file the trainer needs';
  const doing = typeof syscall === 'string' ? ` (${syscall})` : '';
  return `Cannot use ${where}${doing}: ${advice.what} (${code as string}). ${advice.todo}`;
}

/** Reads a text file; an error says which path, as Node's own does not for a folder (EISDIR). */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error !== null && typeof error === 'object' && !('path' in error)) Object.assign(error, { path });
    throw error;
  }
}
