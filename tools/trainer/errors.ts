import { format } from 'node:util';

/** A thrown value, made safe to post: its name, message and the stack frames outside the sandbox. */
export interface ErrorInfo {
  readonly name: string;
  readonly message: string;
  readonly frames: readonly string[];
}

/**
 * The first `most` frames of a stack that are the learner's: frames in Node's
 * own modules (`node:`) and in files under `internal` (the sandbox's folder of
 * bundles) are left out, and so is every line that is not a frame.
 */
export function stackFrames(stack: string | undefined, internal: string, most = 4): string[] {
  return (stack ?? '')
    .split('\n')
    .filter((line) => line.startsWith('    at ') && !line.includes('node:') && !line.includes(internal))
    .slice(0, most)
    .map((line) => line.trim());
}

/** Describes a thrown value for the trainer; a value that is not an Error is shown as Node would print it. */
export function errorInfo(error: unknown, internal: string): ErrorInfo {
  if (!(error instanceof Error)) return { name: 'Thrown value', message: format(error), frames: [] };
  return { name: error.name, message: error.message, frames: stackFrames(error.stack, internal) };
}
