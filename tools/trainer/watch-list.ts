import type { Kata } from '#catalog/catalog.ts';
import type { State } from './progress.ts';
import { paint, type Out } from './ui.ts';
import type { Key } from './watch-keys.ts';

/** What a key did to the list: nothing more to do, open a kata, or leave. */
export type ListResult =
  { readonly kind: 'stay' } | { readonly kind: 'open'; readonly kata: Kata } | { readonly kind: 'close' };

/**
 * The interactive list, after rustlings' own: each kata with its state, a
 * highlighted row moved with the arrows (or j and k), Enter to open it, and a
 * filter typed after `/` that keeps the katas whose tag, difficulty, id or
 * title contains it. Esc or q goes back to the verdict.
 */
export class KataList {
  private index: number;
  private filter = '';
  private typing = false;

  constructor(
    private readonly katas: readonly Kata[],
    private readonly states: ReadonlyMap<Kata, State>,
    current: Kata,
  ) {
    this.index = Math.max(0, katas.indexOf(current));
  }

  private shown(): Kata[] {
    const wanted = this.filter.toLowerCase();
    if (wanted === '') return [...this.katas];
    return this.katas.filter(
      (k) =>
        k.meta.tags.some((t) => t.toLowerCase().includes(wanted)) ||
        k.meta.difficulty === wanted ||
        k.id.includes(wanted) ||
        k.meta.title.toLowerCase().includes(wanted),
    );
  }

  key(key: Key): ListResult {
    const visible = this.shown();
    if (this.typing) {
      if (key.kind === 'enter' || key.kind === 'escape') this.typing = false;
      else if (key.kind === 'backspace') this.filter = this.filter.slice(0, -1);
      else if (key.kind === 'char') this.filter += key.char;
      else if (key.kind === 'text' || key.kind === 'paste') this.filter += key.text.toLowerCase();
      this.index = 0;
      return { kind: 'stay' };
    }
    const move = (to: number) => {
      this.index = Math.min(Math.max(to, 0), Math.max(visible.length - 1, 0));
    };
    switch (key.kind) {
      case 'up':
        move(this.index - 1);
        break;
      case 'down':
      case 'tab':
        move(this.index + 1);
        break;
      case 'home':
      case 'pageup':
        move(0);
        break;
      case 'end':
      case 'pagedown':
        move(visible.length - 1);
        break;
      case 'enter': {
        const kata = visible[this.index];
        return kata === undefined ? { kind: 'stay' } : { kind: 'open', kata };
      }
      case 'escape':
      case 'interrupt':
        return { kind: 'close' };
      case 'text':
      case 'paste':
        // "/word", typed quickly enough to arrive as one read, is a filter too.
        this.filter = key.text.replace(/^\//, '').trim().toLowerCase();
        this.index = 0;
        break;
      case 'char':
        if (key.char === 'k') move(this.index - 1);
        else if (key.char === 'j') move(this.index + 1);
        else if (key.char === 'q' || key.char === 'l') return { kind: 'close' };
        else if (key.char === '/') {
          this.typing = true;
          this.filter = '';
        } else if (key.char === 'c') this.filter = '';
        break;
      default:
        break;
    }
    return { kind: 'stay' };
  }

  lines(out: Out, rows: number): string[] {
    const visible = this.shown();
    const solved = [...this.states.values()].filter((s) => s === 'solved').length;
    const head = [
      paint(out, 'bold', `Katas · ${solved} of ${this.katas.length} solved`),
      this.typing
        ? `Filter: ${this.filter}▏  (Enter to keep it, Esc to stop typing)`
        : this.filter === ''
          ? 'Filter: none  (/ to filter by tag, difficulty or title)'
          : `Filter: ${this.filter}  (/ for another, c to clear)`,
      '',
    ];
    const foot = ['', '↑/↓ or j/k move · Enter open · / filter · Esc or q back'];
    const room = rows > 0 ? Math.max(rows - head.length - foot.length - 1, 3) : visible.length;
    const first = Math.min(Math.max(this.index - Math.floor(room / 2), 0), Math.max(visible.length - room, 0));
    const body = visible.slice(first, first + room).map((kata, i) => {
      const state = this.states.get(kata) ?? 'not started';
      const mark = state === 'solved' ? '✔' : state === 'in progress' ? '…' : ' ';
      const row = `${mark} ${kata.id}  ${kata.meta.title.padEnd(34).slice(0, 34)} ${kata.meta.difficulty.padEnd(6)} ${state.padEnd(11)} ${kata.meta.tags.join(', ')}`;
      const text = row.slice(0, Math.max(out.columns - 3, 20));
      return first + i === this.index ? paint(out, 'bold', `▶ ${text}`) : `  ${text}`;
    });
    if (visible.length === 0) body.push('  (no kata matches the filter)');
    return [...head, ...body, ...foot];
  }
}
