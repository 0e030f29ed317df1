import { existsSync, readFileSync } from 'node:fs';
import type { Kata } from '#catalog/catalog.ts';
import { lessonLines, wrongFixLessons } from './after-pass.ts';
import { hashText, markWatching, practiceFile, writeReference } from './progress.ts';
import { questionLines } from './show.ts';
import type { Trainer } from './trainer.ts';
import { linked } from './ui.ts';
import { revealFix } from './verdict.ts';
import { watchFile } from './watch-files.ts';
import { readKeys, type Key } from './watch-keys.ts';
import { KataList } from './watch-list.ts';
import { CheckSchedule, type CheckKind } from './watch-schedule.ts';
import * as screen from './watch-screen.ts';

export interface WatchOptions {
  /** Poll the file's size and modification time instead of waiting for change events. */
  readonly poll: boolean;
}

function contentHash(file: string): string {
  return existsSync(file) ? hashText(readFileSync(file, 'utf8')) : 'absent';
}

type Mode = 'verdict' | 'question' | 'reset' | 'list';

/**
 * The watch loop: a verdict after every save of the learner's copy, and
 * single keys for the question, hints, the next kata, the list, a reset, a
 * re-run and quit. Nothing that goes wrong in the learner's code ends it.
 * Watching the file, scheduling the checks, reading keys and rendering are
 * each a module of their own; the session decides what each event means.
 */
class WatchSession {
  private kata: Kata;
  private file: string;
  /** The hash of the copy as last checked, or as the trainer last wrote it. */
  private lastHash: string | undefined;
  /** Checks of the current kata, numbered from 1 for each kata. */
  private checks = 0;
  private everChecked = false;
  private mode: Mode = 'verdict';
  /** The verdict on screen, and what the learner must read: it stays until their next key. */
  private body: string[] = [];
  private notices: string[] = [];
  /** Whether the notices stay through a save (hints do; "created" and the like are read by then). */
  private keepOnSave = false;
  private resetChoice: 'keep' | 'reset' = 'keep';
  private typedId = '';
  private list: KataList | undefined;
  private readonly lessons = new Map<Kata, string[]>();
  private quitting = false;
  private stopWatching: (() => void) | undefined;
  private stopReading: (() => void) | undefined;
  private releaseMark: (() => void) | undefined;
  private readonly screen: screen.Screen;
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
    this.screen = new screen.Screen(trainer.out);
  }

  private get out() {
    return this.trainer.out;
  }

  start(): void {
    this.stopReading = readKeys(
      // A key whose work fails (a progress file that cannot be written) prints why; the loop goes on.
      (key) =>
        void this.key(key).catch((error: unknown) =>
          this.screen.append(screen.checkFailedLines(this.trainer.out, this.file, error)),
        ),
      () => this.quit(0),
    );
    process.once('exit', () => this.releaseMark?.());
    void this.trainer.sandbox.warm();
    this.switchTo(this.kata);
  }

  private footer(): string[] {
    const { katas, progress } = this.trainer;
    const solved = katas.filter((k) => progress.state(k) === 'solved').length;
    return screen.footerLines(this.out, solved, katas.length);
  }

  /** Shows what the mode calls for; `fresh` replaces the screen (on a terminal). */
  private render(fresh = true): void {
    switch (this.mode) {
      case 'list':
        this.screen.page(this.list?.lines(this.out, this.out.rows ?? 0) ?? []);
        return;
      case 'question':
        this.screen.page([
          ...questionLines(this.kata, this.out),
          '',
          'Press ? again, or save, for the verdict.',
          ...this.footer(),
        ]);
        return;
      case 'reset': {
        const solved = this.trainer.progress.entry(this.kata).solved === true;
        const question = screen.resetQuestion(this.out, this.kata, this.file, this.resetChoice, solved);
        const typed = this.typedId === '' ? [] : [`Typed: ${this.typedId}`];
        this.screen.show(this.body, [...question, ...typed], this.footer(), fresh);
        return;
      }
      case 'verdict':
        this.screen.show(this.body, this.notices, this.footer(), fresh);
    }
  }

  private switchTo(kata: Kata): void {
    this.stopWatching?.();
    this.releaseMark?.();
    this.kata = kata;
    this.file = practiceFile(kata);
    this.lastHash = undefined;
    this.checks = 0;
    this.mode = 'verdict';
    this.body = [];
    this.notices = [...this.trainer.ensureCopy(kata)];
    const mark = markWatching(kata);
    this.releaseMark = mark.release;
    if (mark.other !== undefined) {
      this.notices.push(
        `Another trainer (pid ${mark.other}) is already watching ${kata.id}. Both check each save; your progress is kept safely either way.`,
      );
    }
    this.screen.more = `npm run kata -- check ${kata.id}`;
    this.screen.page(screen.openingLines(kata, this.out, this.file, !this.everChecked));
    const warn = (text: string) => this.out.error(text);
    this.stopWatching = watchFile(this.file, { poll: this.options.poll, warn }, () => this.schedule.changed());
    void this.schedule.request('manual');
  }

  private async check(kind: CheckKind): Promise<void> {
    const { kata, file, out } = this;
    try {
      // Several events can follow one save, or a save the trainer made itself (a reset) and already checked.
      if (kind === 'change' && contentHash(file) === this.lastHash) return;
      const opening = this.checks === 0;
      if (kind === 'change' && !this.keepOnSave) this.notices = [];
      if (!existsSync(file)) {
        this.lastHash = 'absent';
        this.body = screen.missingLines(kata, out, file);
        this.render(!opening);
        return;
      }
      if (this.everChecked) this.screen.append([screen.checkingLine(out, file)]);
      const untouched = readFileSync(file, 'utf8') === readFileSync(kata.files.broken, 'utf8');
      const verdict = await this.trainer.check(kata, file, !untouched);
      if (kata !== this.kata) return;
      this.lastHash = hashText(verdict.content);
      this.checks += 1;
      this.everChecked = true;
      this.body = screen.verdictLines(kata, out, file, verdict, { count: this.checks, untouched });
      if (verdict.passed) {
        const reference = writeReference(kata);
        this.body.push(
          '',
          `The reference fix is written beside your copy: ${linked(out, reference)}`,
          ...(this.lessons.get(kata) ?? []).flatMap((l, i) => (i === 0 ? ['', l] : [l])),
          '',
          'broken.ts → fixed.ts:',
          revealFix(kata, out),
        );
      }
      if (this.mode === 'question') this.mode = 'verdict';
      if (this.mode !== 'list') this.render(!opening);
      if (verdict.passed) await this.showLessons(kata);
    } catch (error) {
      this.body = screen.checkFailedLines(out, file, error);
      this.render();
    }
  }

  /** After a pass: the kata's wrong fixes, each with the check that catches it (worked out once per kata). */
  private async showLessons(kata: Kata): Promise<void> {
    if (this.lessons.has(kata)) return;
    const lines = lessonLines(this.out, await wrongFixLessons(kata, this.trainer.sandbox));
    this.lessons.set(kata, lines);
    if (lines.length === 0 || kata !== this.kata) return;
    // Above the diff, which is cut first when the screen is short.
    const at = this.body.findIndex((l) => l.startsWith('The reference fix is written')) + 1;
    this.body.splice(at, 0, '', ...lines);
    if (!this.out.tty) this.screen.append(['', ...lines]);
    else if (this.mode === 'verdict') this.render();
  }

  private async key(key: Key): Promise<void> {
    if (this.quitting) return;
    if (key.kind === 'interrupt') return this.quit(130);
    if (key.kind === 'eof') return this.quit(0);
    if (this.mode === 'reset') return this.resetKey(key);
    if (this.mode === 'list') return this.listKey(key);
    if (key.kind === 'other' || ['up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown'].includes(key.kind))
      return;
    // Any key is the learner's next action: what they had to read has been read.
    this.notices = [];
    this.keepOnSave = false;
    if (key.kind === 'paste' || key.kind === 'text') {
      const length = key.text.length;
      this.notices = [`Ignored ${length} characters of pasted or typed text: the trainer takes one key at a time.`];
      this.render(false);
      return;
    }
    if (key.kind === 'enter') {
      this.mode = 'verdict';
      await this.schedule.request('manual');
      return;
    }
    if (key.kind !== 'char') return;
    switch (key.char) {
      case 'q':
        return this.quit(0);
      case ' ':
        this.mode = 'verdict';
        await this.schedule.request('manual');
        return;
      case '?':
        this.mode = this.mode === 'question' ? 'verdict' : 'question';
        this.render();
        return;
      case 'h':
        this.mode = 'verdict';
        this.notices = this.trainer.hintLines(this.kata);
        this.keepOnSave = true;
        this.render();
        return;
      case 's':
        this.mode = 'verdict';
        this.notices = this.trainer.seenHintLines(this.kata);
        this.keepOnSave = true;
        this.render();
        return;
      case 'n':
        await this.next();
        return;
      case 'l':
        await this.openList();
        return;
      case 'r':
        this.mode = 'reset';
        this.resetChoice = 'keep';
        this.typedId = '';
        this.render();
        return;
      default:
        this.mode = 'verdict';
        this.notices = [`Unknown key "${key.char}". See the keys below; ? shows the question.`];
        this.render();
    }
  }

  private async resetKey(key: Key): Promise<void> {
    const id = this.kata.id;
    if (['up', 'down', 'left', 'right', 'tab'].includes(key.kind)) {
      this.resetChoice = this.resetChoice === 'keep' ? 'reset' : 'keep';
      this.render();
      return;
    }
    if (key.kind === 'char' && /\d/.test(key.char) && id.startsWith(this.typedId + key.char)) {
      this.typedId += key.char;
      if (this.typedId === id) return this.reset();
      this.render();
      return;
    }
    if ((key.kind === 'text' && key.text === id) || (key.kind === 'enter' && this.resetChoice === 'reset'))
      return this.reset();
    this.mode = 'verdict';
    this.notices = ['Reset cancelled; your copy is untouched.'];
    this.render();
  }

  private async reset(): Promise<void> {
    this.mode = 'verdict';
    this.notices = this.trainer.resetLines(this.kata);
    await this.schedule.request('manual');
  }

  private async openList(): Promise<void> {
    const states = new Map<Kata, Awaited<ReturnType<Trainer['stateOf']>>>();
    for (const kata of this.trainer.katas) states.set(kata, await this.trainer.stateOf(kata));
    this.list = new KataList(this.trainer.katas, states, this.kata);
    this.mode = 'list';
    this.render();
  }

  private listKey(key: Key): void {
    const result = this.list?.key(key) ?? { kind: 'close' };
    if (result.kind === 'stay') {
      this.render();
      return;
    }
    this.mode = 'verdict';
    this.list = undefined;
    if (result.kind === 'open' && result.kata !== this.kata) {
      this.switchTo(result.kata);
      return;
    }
    this.render();
  }

  private async next(): Promise<void> {
    const next = await this.trainer.nextUnsolved(this.kata);
    if (next !== undefined) {
      this.switchTo(next);
      return;
    }
    const solved = (await this.trainer.stateOf(this.kata)) === 'solved';
    this.notices = screen.nothingNextLines(this.kata, solved);
    this.render();
  }

  /** Stops watching and reading keys, lets a check under way print its verdict, then ends with `code`. */
  private quit(code: number): void {
    if (this.quitting) return;
    this.quitting = true;
    this.stopWatching?.();
    this.stopReading?.();
    void this.schedule.stop().then(() => {
      this.releaseMark?.();
      this.screen.append(screen.byeLines(this.out, this.file));
      this.done(code);
    });
  }
}

/** Watches the learner's copy of `first` until the learner quits; resolves to the exit code. */
export function watchKata(trainer: Trainer, first: Kata, options: WatchOptions): Promise<number> {
  return new Promise((done) => new WatchSession(trainer, first, options, done).start());
}
