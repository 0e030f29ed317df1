/** What the try-it page and its Web Worker say to each other. */

/** A thrown value, as the trainer describes one: its name, its message, and no stack. */
export interface ErrorInfo {
  readonly name: string;
  readonly message: string;
}

/** One kata's code for the page, made at build time. */
export interface KataCode {
  readonly kata: string;
  /** broken.ts without the comments that mark the trap: what the editor starts with and Reset restores. */
  readonly broken: string;
  /** The names fixed.ts exports, which the edited code must export too. */
  readonly exports: readonly string[];
  /** spec.ts, bundled as a CommonJS body; it requires node:assert/strict. */
  readonly spec: string;
  /** predict.ts, bundled as a CommonJS body; it requires 'broken' for the code under test. */
  readonly predict: string;
  /** predict.ts awaits at its top level: its body runs as the body of an async function. */
  readonly predictAsync: boolean;
}

export interface Job {
  readonly mode: 'check' | 'run';
  readonly code: string;
  readonly kata: KataCode;
  /** Stop collecting output past this many characters. */
  readonly outputLimit: number;
}

export interface Report {
  /** The compiler's message, when the code does not compile. */
  readonly syntax?: string;
  readonly load?: { readonly missing: readonly string[]; readonly error?: ErrorInfo };
  readonly checks: readonly { readonly name: string; readonly passed: boolean; readonly error?: ErrorInfo }[];
  readonly printed?: { readonly lines: readonly string[]; readonly error?: ErrorInfo };
}

export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'phase'; readonly phase: string }
  | { readonly kind: 'flood'; readonly sample: readonly string[] }
  | { readonly kind: 'done'; readonly report: Report };
