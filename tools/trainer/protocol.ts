// What the trainer and the sandbox's child process say to each other: plain
// data only, so nothing the code under test makes can cross.
import type { ErrorInfo } from './errors.ts';

/** Code evaluated in the child: a bundle turned into `(async function (__host) { …; return exports })`. */
export interface Code {
  readonly code: string;
  /** The name its stack frames carry, mapped back to .ts lines by the trainer. */
  readonly url: string;
}

export interface Job {
  /** The kata's spec, whose default export is `{ checks }`. */
  readonly spec?: Code;
  /** The implementation under test, evaluated afresh for each check. */
  readonly subject?: Code;
  /** Scripts to run after the checks, each capturing what it prints. */
  readonly scripts: readonly { readonly label: string; readonly code: Code }[];
  /** The modules the code under test may import, such as `node:crypto`. */
  readonly imports: readonly string[];
  /** Stop after this many characters of output. */
  readonly outputLimit: number;
}

export interface Report {
  readonly load?: { readonly error?: ErrorInfo };
  readonly checks: readonly { readonly name: string; readonly passed: boolean; readonly error?: ErrorInfo }[];
  readonly scripts: readonly {
    readonly label: string;
    readonly lines: readonly string[];
    readonly error?: ErrorInfo;
  }[];
}

export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'phase'; readonly phase: string }
  | { readonly kind: 'flood'; readonly sample: readonly string[] }
  | { readonly kind: 'done'; readonly report: Report };

/** The exit code of a child whose code waits for a promise that nothing is left to settle. */
export const stuckExitCode = 70;
