import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kata } from '#catalog/catalog.ts';
import { readText } from './errors.ts';
import { practisedInRepo, trainerKatas } from './names.ts';
import { ensurePractice, practiceFile, Progress, resetPractice, type State } from './progress.ts';
import { defaultSandbox, Sandbox } from './sandbox.ts';
import { startTypes, type Types } from './types.ts';
import { linked, paint, plural, type Out } from './ui.ts';
import { checkFile, renderVerdict, type Verdict } from './verdict.ts';

export interface TrainerOptions {
  readonly timeoutMs: number;
  /** Keep a sandbox process started ahead between checks (the watch loop). */
  readonly warm: boolean;
  /** Start the type checker's thread at once, while the catalogue is read. */
  readonly preloadTypes?: boolean;
}

/** The catalogue, the learner's progress, and the lazily started sandbox and type checker. */
export class Trainer {
  readonly katas: Kata[];
  readonly progress: Progress;
  private sandboxInstance: Sandbox | undefined;
  private typesInstance: Types | undefined;

  constructor(
    readonly out: Out,
    readonly options: TrainerOptions,
  ) {
    if (options.preloadTypes === true) this.types();
    this.katas = trainerKatas((text) => out.error(paint(out, 'yellow', text)));
    this.progress = new Progress();
    if (this.progress.notice !== undefined) out.error(paint(out, 'yellow', this.progress.notice));
  }

  private warmSandbox = false;

  get sandbox(): Sandbox {
    return (this.sandboxInstance ??= new Sandbox({
      ...defaultSandbox,
      timeoutMs: this.options.timeoutMs,
      warm: this.options.warm || this.warmSandbox,
    }));
  }

  /** Keeps a sandbox process started ahead for the next check, as for several files in one call. */
  keepWarm(): void {
    this.warmSandbox = true;
  }

  /** The type checker, started on first use in a thread of its own: TypeScript is large, and most commands never need it. */
  types(): Types {
    return (this.typesInstance ??= startTypes());
  }

  async close(): Promise<void> {
    await Promise.all([this.sandboxInstance?.close(), this.typesInstance?.close()]);
  }

  /** Checks a file against a kata; a check of the learner's own copy is remembered in the progress file. */
  async check(kata: Kata, file: string, predict: boolean): Promise<Verdict> {
    const verdict = await checkFile(kata, file, this.sandbox, this.types(), { predict });
    if (resolve(file) === practiceFile(kata)) this.progress.record(kata, verdict.content, verdict.passed);
    return verdict;
  }

  /** The kata's state, checking the practice copy again when it changed since the last verdict. */
  async stateOf(kata: Kata): Promise<State> {
    const known = this.progress.state(kata);
    if (known !== undefined) return known;
    return (await this.check(kata, practiceFile(kata), false)).passed ? 'solved' : 'in progress';
  }

  /** The first kata not solved, starting after `after` and wrapping around. */
  async nextUnsolved(after?: Kata): Promise<Kata | undefined> {
    const start = after === undefined ? 0 : this.katas.indexOf(after) + 1;
    const order = [...this.katas.slice(start), ...this.katas.slice(0, start)];
    for (const kata of order) {
      if (kata !== after && (await this.stateOf(kata)) !== 'solved') return kata;
    }
    return undefined;
  }

  async listLines(): Promise<string[]> {
    const { out } = this;
    if (this.katas.length === 0) return ['The catalogue is empty: there is no kata in katas/ yet.'];
    const states = new Map<Kata, State>();
    for (const kata of this.katas) states.set(kata, await this.stateOf(kata));
    const width = Math.max(...this.katas.map((k) => k.meta.title.length));
    const lines = ['Katas:', ''];
    for (const kata of this.katas) {
      const state = states.get(kata) ?? 'not started';
      const mark =
        state === 'solved' ? paint(out, 'green', '✔') : state === 'in progress' ? paint(out, 'yellow', '…') : ' ';
      lines.push(`  ${mark} ${kata.id}  ${kata.meta.title.padEnd(width)}  ${kata.meta.difficulty.padEnd(6)}  ${state}`);
    }
    const solved = [...states.values()].filter((s) => s === 'solved').length;
    const total = this.katas.length;
    const filled = Math.round((solved / total) * 20);
    for (const kata of practisedInRepo) {
      lines.push(
        `    ${kata.id}  ${kata.meta.title}: a folder of modules, read in the repo (npm test -- ${kata.slug})`,
      );
    }
    lines.push('', `Progress: ${solved} of ${total} solved  [${'#'.repeat(filled)}${'-'.repeat(20 - filled)}]`);
    const next = this.katas.find((k) => states.get(k) !== 'solved');
    if (next === undefined) {
      lines.push('Every kata is solved. Well done.');
    } else {
      const verb = states.get(next) === 'in progress' ? 'Continue with' : 'Next';
      lines.push(
        `${verb}: npm run kata -- practice ${next.id}   (${next.meta.title}; on a terminal, npm start opens it)`,
      );
    }
    return lines;
  }

  /** Shows one more hint than last time, with the earlier ones, and remembers how many were shown. */
  hintLines(kata: Kata): string[] {
    const { hints } = kata.meta;
    let before = 0;
    const entry = this.progress.update(kata, (e) => {
      before = e.hints;
      e.hints = Math.min(e.hints + 1, hints.length);
    });
    const lines = hints.slice(0, entry.hints).map((hint, i) => `Hint ${i + 1} of ${hints.length}: ${hint}`);
    if (before >= hints.length)
      lines.push(
        '',
        `That was every hint for ${kata.name}. See what your copy prints with: npm run kata -- run ${kata.id}`,
      );
    else if (entry.hints < hints.length) lines.push('', `Ask again for hint ${entry.hints + 1}.`);
    return lines;
  }

  /** The hints already shown, again, without showing the next one. */
  seenHintLines(kata: Kata): string[] {
    const { hints } = kata.meta;
    const seen = this.progress.entry(kata).hints;
    if (seen === 0) return ['No hint seen yet for this kata: press h for the first.'];
    const lines = hints.slice(0, seen).map((hint, i) => `Hint ${i + 1} of ${hints.length}: ${hint}`);
    return seen < hints.length ? [...lines, `(h shows hint ${seen + 1})`] : lines;
  }

  /** Restores the learner's copy of broken.ts, keeping a backup of the old one. A solved kata stays solved. */
  resetLines(kata: Kata): string[] {
    const file = practiceFile(kata);
    const solved = this.progress.entry(kata).solved === true;
    const kept = resetPractice(kata);
    this.progress.resetTo(kata, readText(file));
    const stays = solved ? [`${kata.id} stays solved in your progress.`] : [];
    return kept === undefined
      ? [`There was no copy to reset; created ${linked(this.out, file)} from broken.ts.`, ...stays]
      : [
          `Reset ${linked(this.out, file)} to broken.ts.`,
          `Your previous copy is kept at ${linked(this.out, kept)}.`,
          ...stays,
        ];
  }

  /** The learner's copy, creating it when absent; returns the lines that say so. */
  ensureCopy(kata: Kata): string[] {
    const file = practiceFile(kata);
    return ensurePractice(kata)
      ? [`Created ${linked(this.out, file)}, your own copy of ${kata.name}/broken.ts. Edit it and save.`]
      : [];
  }

  /** Checks every kata's practice copy and prints a summary; exit 0 only when every kata is solved. */
  async verifyCommand(): Promise<number> {
    const { out } = this;
    const counts = { solved: 0, 'in progress': 0, 'not started': 0 };
    const failing: string[] = [];
    for (const kata of this.katas) {
      const file = practiceFile(kata);
      if (!existsSync(file)) {
        counts['not started'] += 1;
        out.line(`    ${kata.id}  ${kata.meta.title}: not started`);
        continue;
      }
      const verdict = await this.check(kata, file, false);
      if (verdict.passed) {
        counts.solved += 1;
        out.line(paint(out, 'green', `  ✔ ${kata.id}  ${kata.meta.title}: solved`));
      } else {
        counts['in progress'] += 1;
        const [first = ''] = renderVerdict(verdict, { ...out, color: false }, { reveal: false });
        const reason = first.split('\n')[0]?.replace(/^✘ /, '') ?? '';
        out.line(paint(out, 'red', `  ✘ ${kata.id}  ${kata.meta.title}: ${reason}`));
        failing.push(kata.id);
      }
    }
    out.line('');
    out.line(
      `Summary: ${counts.solved} of ${plural(this.katas.length, 'kata')} solved, ${counts['in progress']} in progress, ${counts['not started']} not started.`,
    );
    if (failing.length > 0) out.line(`See why with: npm run kata -- check ${failing[0] ?? ''}`);
    return counts.solved === this.katas.length && this.katas.length > 0 ? 0 : 1;
  }
}
