import { existsSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Kata } from '#catalog/catalog.ts';
import { hashText, practiceFile } from './progress.ts';
import { questionLines } from './show.ts';
import type { Trainer } from './trainer.ts';
import { paint, shown } from './ui.ts';
import { missingPracticeMessage, renderVerdict } from './verdict.ts';

export interface WatchOptions {
  /** Poll the file's size and modification time instead of waiting for change events. */
  readonly poll: boolean;
}

export const pollMs = 100;
const debounceMs = 10;
const keys = 'Keys: h hint · n next · l list · r reset · Enter check again · q quit';

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

/**
 * The watch loop: a verdict after every save of the learner's copy, and
 * single keys for hints, the next kata, the list, a reset, a re-run and quit.
 * Nothing that goes wrong in the learner's code ends it.
 */
class WatchSession {
  private kata: Kata;
  private file: string;
  private stopWatching: (() => void) | undefined;
  private current: Promise<void> | undefined;
  private quitting = false;
  /** A check asked for while one runs: 'manual' wins over 'change'. */
  private pending: 'change' | 'manual' | undefined;
  private lastHash: string | undefined;
  private confirming = false;
  private checks = 0;
  private closed = false;
  private debounce: NodeJS.Timeout | undefined;
  private readonly out;
  private teardownInput: (() => void) | undefined;

  constructor(
    private readonly trainer: Trainer,
    first: Kata,
    private readonly options: WatchOptions,
    private readonly done: (code: number) => void,
  ) {
    this.out = trainer.out;
    this.kata = first;
    this.file = practiceFile(first);
  }

  start(): void {
    this.listen();
    void this.trainer.sandbox.warm();
    this.switchTo(this.kata);
  }

  private print(lines: readonly string[]): void {
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  private switchTo(kata: Kata): void {
    this.stopWatching?.();
    this.kata = kata;
    this.file = practiceFile(kata);
    this.lastHash = undefined;
    const created = this.trainer.ensureCopy(kata);
    this.print([
      '',
      ...questionLines(kata, this.out),
      '',
      ...created,
      `Fix ${shown(this.file)} so that it passes the kata's checks. Each save is checked.`,
      keys,
      '',
    ]);
    if (this.checks === 0)
      this.print(['Checking… the first check also starts the type checker, which takes a few seconds.']);
    this.stopWatching = this.watchFile();
    void this.run('manual');
  }

  private watchFile(): () => void {
    const reason = this.options.poll ? undefined : eventsUnreliable(this.file);
    if (this.options.poll || reason !== undefined) {
      if (reason !== undefined)
        this.out.error(`Polling for changes every ${pollMs} ms: ${reason}. Press Enter to check at any time.`);
      return this.poll();
    }
    let watcher: FSWatcher;
    const name = basename(this.file);
    try {
      watcher = watch(dirname(this.file), (_event, changed) => {
        if (changed === null || changed === name) this.changed();
      });
    } catch (error) {
      this.out.error(
        `File change events are not available here (${(error as Error).message}); polling every ${pollMs} ms instead.`,
      );
      return this.poll();
    }
    let stop = () => watcher.close();
    watcher.on('error', (error) => {
      watcher.close();
      this.out.error(`File change events failed (${error.message}); polling every ${pollMs} ms instead.`);
      stop = this.poll();
    });
    return () => stop();
  }

  private poll(): () => void {
    let last = signature(this.file);
    const timer = setInterval(() => {
      const now = signature(this.file);
      if (now !== last) {
        last = now;
        this.changed();
      }
    }, pollMs);
    return () => clearInterval(timer);
  }

  private changed(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      const hash = existsSync(this.file) ? hashText(readFileSync(this.file, 'utf8')) : 'absent';
      if (hash !== this.lastHash) void this.run('change');
    }, debounceMs);
  }

  /** Checks the copy now, or right after the check under way; a change already checked is skipped. */
  private run(kind: 'change' | 'manual'): Promise<void> {
    if (this.closed || this.quitting) return Promise.resolve();
    if (this.current !== undefined) {
      this.pending = this.pending === 'manual' || kind === 'manual' ? 'manual' : 'change';
      return this.current;
    }
    this.current = (async () => {
      try {
        await this.checkNow(kind);
      } finally {
        this.current = undefined;
        const next = this.pending;
        this.pending = undefined;
        if (next !== undefined && !this.closed && !this.quitting) void this.run(next);
      }
    })();
    return this.current;
  }

  private async checkNow(kind: 'change' | 'manual'): Promise<void> {
    const kata = this.kata;
    try {
      if (kind === 'change') {
        // Several events can follow one save, or a save the trainer made itself (a reset) and already checked.
        const hash = existsSync(this.file) ? hashText(readFileSync(this.file, 'utf8')) : 'absent';
        if (hash === this.lastHash) return;
      }
      if (!existsSync(this.file)) {
        this.lastHash = 'absent';
        this.print([
          '',
          paint(this.out, 'red', missingPracticeMessage(kata, this.file)),
          'Or press r to create it here.',
          keys,
        ]);
        return;
      }
      // While the copy is still broken.ts as given, what it prints is the answer to
      // the question on screen: show only which checks fail, and let the learner predict.
      const untouched = readFileSync(this.file, 'utf8') === readFileSync(kata.files.broken, 'utf8');
      const verdict = await this.trainer.check(kata, this.file, !untouched);
      if (this.closed || kata !== this.kata) return;
      this.lastHash = hashText(verdict.content);
      this.checks += 1;
      const head = `── check ${this.checks} · ${shown(this.file)} · ${Math.round(verdict.ms)} ms ──`;
      const body = renderVerdict(verdict, this.out, { reveal: true, detail: untouched ? 'none' : 'first' });
      const after = verdict.passed
        ? ['', 'Press n for the next kata.']
        : untouched
          ? [
              '',
              'Your copy is broken.ts as given. Predict what the snippet prints, then fix your copy and save:',
              'what it prints and why a check fails appear after your first change.',
            ]
          : ['', 'Stuck? Press h for a hint.'];
      const screen = this.out.tty ? ['\u001b[2J\u001b[H', ...questionLines(kata, this.out), ''] : [''];
      this.print([...screen, paint(this.out, 'dim', head), ...body, ...after, keys]);
    } catch (error) {
      this.print([
        '',
        paint(this.out, 'red', `The trainer could not check ${shown(this.file)}: ${(error as Error).message}`),
        keys,
      ]);
    }
  }

  private listen(): void {
    const stdin = process.stdin;
    if (stdin.isTTY) {
      stdin.setRawMode(true);
      stdin.setEncoding('utf8');
      const onData = (chunk: string) => {
        for (const key of chunk) void this.key(key);
      };
      stdin.on('data', onData);
      stdin.resume();
      this.teardownInput = () => {
        stdin.off('data', onData);
        stdin.setRawMode(false);
        stdin.pause();
      };
    } else {
      const lines = createInterface({ input: stdin });
      lines.on('line', (line) => void this.key(line.trim() === '' ? '\n' : line.trim()));
      lines.on('close', () => this.quit());
      this.teardownInput = () => {
        lines.removeAllListeners('close');
        lines.close();
      };
    }
  }

  private async key(key: string): Promise<void> {
    if (this.closed || this.quitting) return;
    if (this.confirming) {
      this.confirming = false;
      if (key === 'y' || key === 'Y') {
        this.print(['', ...this.trainer.resetLines(this.kata), '']);
        await this.run('manual');
      } else {
        this.print(['Reset cancelled; your copy is untouched.', keys]);
      }
      return;
    }
    switch (key) {
      case 'q':
      case '\u0003':
      case '\u0004':
        this.quit();
        return;
      case 'h':
        this.print(['', ...this.trainer.hintLines(this.kata), '', keys]);
        return;
      case 'n': {
        const next = await this.trainer.nextUnsolved(this.kata);
        if (next === undefined) {
          const solved = (await this.trainer.stateOf(this.kata)) === 'solved';
          this.print([
            '',
            solved
              ? 'Every kata is solved. Well done.'
              : `Every other kata is solved; ${this.kata.name} is the last one.`,
            keys,
          ]);
        } else {
          this.switchTo(next);
        }
        return;
      }
      case 'l':
        this.print(['', ...(await this.trainer.listLines()), '', keys]);
        return;
      case 'r':
        this.confirming = true;
        this.print([
          '',
          `Reset ${shown(this.file)} to broken.ts? Your copy is backed up first. Press y to reset, any other key to keep it.`,
        ]);
        return;
      case '\r':
      case '\n':
      case ' ':
        await this.run('manual');
        return;
      default:
        this.print([`Unknown key ${JSON.stringify(key)}. ${keys}`]);
    }
  }

  /** Stops watching and reading keys, lets a check under way print its verdict, then ends. */
  private quit(): void {
    if (this.quitting) return;
    this.quitting = true;
    clearTimeout(this.debounce);
    this.stopWatching?.();
    this.teardownInput?.();
    void (this.current ?? Promise.resolve()).then(() => {
      this.closed = true;
      this.print(['', `Bye. Your copy stays in ${shown(this.file)}; npm start brings you back.`]);
      this.done(0);
    });
  }
}

/** Watches the learner's copy of `first` until the learner quits; resolves to the exit code. */
export function watchKata(trainer: Trainer, first: Kata, options: WatchOptions): Promise<number> {
  return new Promise((done) => new WatchSession(trainer, first, options, done).start());
}
