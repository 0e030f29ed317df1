import { existsSync, readFileSync } from 'node:fs';
import type { Kata } from '#catalog/catalog.ts';
import { hashText, practiceFile } from './progress.ts';
import type { Trainer } from './trainer.ts';
import { watchFile } from './watch-files.ts';
import { readKeys } from './watch-keys.ts';
import { CheckSchedule, type CheckKind } from './watch-schedule.ts';
import * as screen from './watch-screen.ts';

export interface WatchOptions {
  /** Poll the file's size and modification time instead of waiting for change events. */
  readonly poll: boolean;
}

function contentHash(file: string): string {
  return existsSync(file) ? hashText(readFileSync(file, 'utf8')) : 'absent';
}

/**
 * The watch loop: a verdict after every save of the learner's copy, and
 * single keys for hints, the next kata, the list, a reset, a re-run and quit.
 * Nothing that goes wrong in the learner's code ends it. Watching the file,
 * scheduling the checks, reading keys and rendering are each a module of
 * their own; the session decides what each event means.
 */
class WatchSession {
  private kata: Kata;
  private file: string;
  /** The hash of the copy as last checked, or as the trainer last wrote it. */
  private lastHash: string | undefined;
  private checks = 0;
  private confirming = false;
  private quitting = false;
  private stopWatching: (() => void) | undefined;
  private stopReading: (() => void) | undefined;
  private readonly schedule = new CheckSchedule(
    (kind) => this.check(kind),
    () => contentHash(this.file) !== this.lastHash,
  );

  constructor(
    private readonly trainer: Trainer,
    first: Kata,
    private readonly options: WatchOptions,
    private readonly done: (code: number) => void,
  ) {
    this.kata = first;
    this.file = practiceFile(first);
  }

  start(): void {
    this.stopReading = readKeys(
      // A key whose work fails (a progress file that cannot be written) prints why; the loop goes on.
      (key) =>
        void this.key(key).catch((error: unknown) =>
          screen.print(screen.checkFailedLines(this.trainer.out, this.file, error)),
        ),
      () => this.quit(),
    );
    void this.trainer.sandbox.warm();
    this.switchTo(this.kata);
  }

  private switchTo(kata: Kata): void {
    this.stopWatching?.();
    this.kata = kata;
    this.file = practiceFile(kata);
    this.lastHash = undefined;
    const created = this.trainer.ensureCopy(kata);
    screen.print(screen.openingLines(kata, this.trainer.out, this.file, created, this.checks === 0));
    const warn = (text: string) => this.trainer.out.error(text);
    this.stopWatching = watchFile(this.file, { poll: this.options.poll, warn }, () => this.schedule.changed());
    void this.schedule.request('manual');
  }

  private async check(kind: CheckKind): Promise<void> {
    const { kata, file } = this;
    const { out } = this.trainer;
    try {
      // Several events can follow one save, or a save the trainer made itself (a reset) and already checked.
      if (kind === 'change' && contentHash(file) === this.lastHash) return;
      if (!existsSync(file)) {
        this.lastHash = 'absent';
        screen.print(screen.missingLines(kata, out, file));
        return;
      }
      const untouched = readFileSync(file, 'utf8') === readFileSync(kata.files.broken, 'utf8');
      const verdict = await this.trainer.check(kata, file, !untouched);
      if (kata !== this.kata) return;
      this.lastHash = hashText(verdict.content);
      this.checks += 1;
      screen.print(screen.verdictLines(kata, out, file, verdict, { count: this.checks, untouched }));
    } catch (error) {
      screen.print(screen.checkFailedLines(out, file, error));
    }
  }

  private async key(key: string): Promise<void> {
    if (this.quitting) return;
    if (this.confirming) {
      this.confirming = false;
      await this.confirmReset(key === 'y' || key === 'Y');
      return;
    }
    switch (key) {
      case 'q':
      case '\u0003':
      case '\u0004':
        this.quit();
        return;
      case 'h':
        screen.print(['', ...this.trainer.hintLines(this.kata), '', screen.keys]);
        return;
      case 'n':
        await this.next();
        return;
      case 'l':
        screen.print(['', ...(await this.trainer.listLines()), '', screen.keys]);
        return;
      case 'r':
        this.confirming = true;
        screen.print(screen.resetQuestion(this.file));
        return;
      case '\r':
      case '\n':
      case ' ':
        await this.schedule.request('manual');
        return;
      default:
        screen.print([`Unknown key ${JSON.stringify(key)}. ${screen.keys}`]);
    }
  }

  private async confirmReset(confirmed: boolean): Promise<void> {
    if (!confirmed) {
      screen.print(['Reset cancelled; your copy is untouched.', screen.keys]);
      return;
    }
    screen.print(['', ...this.trainer.resetLines(this.kata), '']);
    await this.schedule.request('manual');
  }

  private async next(): Promise<void> {
    const next = await this.trainer.nextUnsolved(this.kata);
    if (next !== undefined) {
      this.switchTo(next);
      return;
    }
    const solved = (await this.trainer.stateOf(this.kata)) === 'solved';
    screen.print(screen.nothingNextLines(this.kata, solved));
  }

  /** Stops watching and reading keys, lets a check under way print its verdict, then ends. */
  private quit(): void {
    if (this.quitting) return;
    this.quitting = true;
    this.stopWatching?.();
    this.stopReading?.();
    void this.schedule.stop().then(() => {
      screen.print(screen.byeLines(this.file));
      this.done(0);
    });
  }
}

/** Watches the learner's copy of `first` until the learner quits; resolves to the exit code. */
export function watchKata(trainer: Trainer, first: Kata, options: WatchOptions): Promise<number> {
  return new Promise((done) => new WatchSession(trainer, first, options, done).start());
}
