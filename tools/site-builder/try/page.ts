// The try-it panel of a kata page: a CodeMirror editor that starts with
// broken.ts, and Run, Check and Reset. Each Run or Check goes to a fresh Web
// Worker, made from a Blob so it works from file:// with no server; the next
// worker is started as soon as one is used, so a click pays only for the job.
import { javascript } from '@codemirror/lang-javascript';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { basicSetup, EditorView } from 'codemirror';
// eslint-disable-next-line import-x/no-unresolved -- try/bundle.ts provides this module when it bundles the page
import workerSource from 'virtual:try-worker';
import type { ErrorInfo, Job, KataCode, Report, WorkerMessage } from './protocol.ts';

declare global {
  interface Window {
    kataTryCode?: KataCode;
    kataTry?: KataTry;
  }
}

/** What a test or a reader's console can drive. */
export interface KataTry {
  setCode(text: string): void;
  getCode(): string;
  run(): Promise<void>;
  check(): Promise<void>;
  reset(): void;
}

/**
 * The editor colours code as typedoc colours the code blocks beside it: with
 * the --hl-N variables of typedoc's light and dark themes, so it follows the
 * theme the reader chose.
 */
const pageColours = HighlightStyle.define([
  { tag: [tags.controlKeyword, tags.moduleKeyword], color: 'var(--hl-4)' },
  { tag: [tags.keyword, tags.definitionKeyword, tags.bool, tags.null, tags.self], color: 'var(--hl-3)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--hl-2)' },
  { tag: tags.number, color: 'var(--hl-8)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--hl-9)' },
  { tag: [tags.typeName, tags.className, tags.namespace], color: 'var(--hl-6)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--hl-0)' },
  { tag: [tags.variableName, tags.propertyName, tags.definition(tags.variableName)], color: 'var(--hl-5)' },
  { tag: [tags.operator, tags.punctuation], color: 'var(--hl-1)' },
]);

/** How long a job may take before its worker is stopped, as the trainer stops one that does not finish. */
const timeLimitMs = 2000;
const outputLimit = 100_000;
const file = 'broken.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const indent = (text: string, by = '    ') =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : by + l))
    .join('\n');
const renderError = (e: ErrorInfo) => (e.name === 'AssertionError' ? e.message : `${e.name}: ${e.message}`);

type Outcome =
  | { readonly kind: 'done'; readonly report: Report }
  | { readonly kind: 'timeout'; readonly phase: string }
  | { readonly kind: 'flood'; readonly phase: string; readonly sample: readonly string[] }
  | { readonly kind: 'crash'; readonly phase: string; readonly message: string };

/** The verdict lines, worded as the trainer's check words them. */
export function verdictLines(outcome: Outcome): { passed: boolean; lines: string[] } {
  if (outcome.kind === 'timeout') {
    return {
      passed: false,
      lines: [
        `✘ Stopped after ${timeLimitMs} ms ${outcome.phase}: the code did not finish. Look for a loop that never ends, or a promise that never settles.`,
      ],
    };
  }
  if (outcome.kind === 'flood') {
    const sample = outcome.sample.filter((l) => l !== '').slice(0, 3);
    return {
      passed: false,
      lines: [
        `✘ Stopped ${outcome.phase}: the code printed more than ${outputLimit.toLocaleString('en')} characters. Look for a loop that logs without end.`,
        ...(sample.length > 0 ? ['It began with:', indent(sample.join('\n'))] : []),
      ],
    };
  }
  if (outcome.kind === 'crash') return { passed: false, lines: [`✘ Stopped ${outcome.phase}: ${outcome.message}.`] };
  const { report } = outcome;
  if (report.syntax !== undefined)
    return { passed: false, lines: [`✘ Syntax error in ${file}:`, indent(report.syntax)] };
  const lines: string[] = [];
  const load = report.load;
  const failed = report.checks.filter((c) => !c.passed);
  const passed =
    load?.error === undefined && load?.missing.length === 0 && report.checks.length > 0 && failed.length === 0;
  if (passed) lines.push(`✔ Solved: ${file} passes all ${plural(report.checks.length, 'check')}.`);
  else if (load?.error !== undefined) {
    lines.push(`✘ Not solved yet: loading ${file} throws before any check can run.`, indent(renderError(load.error)));
  } else if (load !== undefined && load.missing.length > 0) {
    const m = load.missing;
    const names = m.length === 1 ? m[0] : `${m.slice(0, -1).join(', ')} and ${m.at(-1)}`;
    lines.push(
      `✘ Not solved yet: ${file} does not export ${names}. fixed.ts does, and the checks need ${m.length === 1 ? 'it' : 'them'}.`,
    );
  } else lines.push(`✘ Not solved yet: ${file} fails ${failed.length} of ${plural(report.checks.length, 'check')}.`);
  if (report.checks.length > 0) {
    lines.push('', 'Checks:');
    for (const c of report.checks) {
      lines.push(`  ${c.passed ? '✔' : '✘'} ${c.name}`);
      if (c.error !== undefined) lines.push(indent(renderError(c.error), '      '));
    }
  }
  return { passed, lines };
}

class Workers {
  private readonly url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  private next: Worker | undefined;

  constructor() {
    this.warm();
  }

  /** Starts the worker the next job will use, so it has parsed the compiler before the click. */
  warm(): void {
    this.next ??= new Worker(this.url);
  }

  run(job: Job): Promise<Outcome> {
    const worker = this.next ?? new Worker(this.url);
    this.next = undefined;
    return new Promise<Outcome>((resolve) => {
      let phase = 'while loading the file';
      const end = (outcome: Outcome) => {
        clearTimeout(timer);
        worker.terminate();
        this.warm();
        resolve(outcome);
      };
      const timer = setTimeout(() => end({ kind: 'timeout', phase }), timeLimitMs);
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.kind === 'phase') phase = message.phase;
        else if (message.kind === 'flood') end({ kind: 'flood', phase, sample: message.sample });
        else if (message.kind === 'done') end({ kind: 'done', report: message.report });
      };
      worker.onerror = (event) => {
        event.preventDefault();
        end({ kind: 'crash', phase, message: event.message });
      };
      worker.postMessage(job);
    });
  }
}

function button(label: string, role: string, title: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.title = title;
  b.dataset.try = role;
  return b;
}

function mount(panel: HTMLElement, kata: KataCode): KataTry {
  panel.replaceChildren();
  const host = document.createElement('div');
  host.dataset.try = 'editor';
  const bar = document.createElement('div');
  bar.className = 'try-bar';
  const runButton = button('Run', 'run', 'Run predict.ts with this code in place of broken.ts');
  const checkButton = button('Check', 'check', "Run the kata's spec against this code");
  const resetButton = button('Reset', 'reset', 'Put broken.ts back in the editor');
  bar.append(runButton, checkButton, resetButton);
  const output = document.createElement('pre');
  output.dataset.try = 'output';
  output.hidden = true;
  const verdict = document.createElement('pre');
  verdict.dataset.try = 'verdict';
  verdict.setAttribute('aria-live', 'polite');
  verdict.hidden = true;
  panel.append(host, bar, output, verdict);

  const view = new EditorView({
    doc: kata.broken,
    extensions: [
      basicSetup,
      syntaxHighlighting(pageColours),
      javascript({ typescript: true }),
      EditorView.contentAttributes.of({ 'aria-label': 'broken.ts, editable' }),
    ],
    parent: host,
  });
  const workers = new Workers();
  const code = () => view.state.doc.toString();
  const job = (mode: Job['mode']): Job => ({ mode, code: code(), kata, outputLimit });

  const api: KataTry = {
    setCode(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    getCode: code,
    async run() {
      output.hidden = false;
      delete output.dataset.printed;
      output.textContent = 'Running predict.ts…';
      const outcome = await workers.run(job('run'));
      const printed = outcome.kind === 'done' ? outcome.report.printed : undefined;
      if (printed === undefined) {
        output.textContent = verdictLines(outcome).lines.join('\n');
        return;
      }
      const lines = [
        ...printed.lines,
        ...(printed.error === undefined ? [] : [`(throws) ${renderError(printed.error)}`]),
      ];
      output.textContent = `predict.ts with this ${file} prints:\n${indent(lines.length > 0 ? lines.join('\n') : '(nothing)', '  ')}`;
      output.dataset.printed = printed.lines.join('\n');
    },
    async check() {
      verdict.hidden = false;
      delete verdict.dataset.passed;
      verdict.textContent = 'Checking…';
      const started = performance.now();
      const { passed, lines } = verdictLines(await workers.run(job('check')));
      verdict.textContent = lines.join('\n');
      verdict.dataset.ms = String(Math.round(performance.now() - started));
      verdict.dataset.passed = String(passed);
    },
    reset() {
      api.setCode(kata.broken);
      output.hidden = true;
      verdict.hidden = true;
      delete verdict.dataset.passed;
    },
  };
  runButton.addEventListener('click', () => void api.run());
  checkButton.addEventListener('click', () => void api.check());
  resetButton.addEventListener('click', () => api.reset());
  return api;
}

const panel = document.querySelector<HTMLElement>('[data-try-kata]');
const kata = window.kataTryCode;
if (panel !== null && kata !== undefined && panel.dataset.tryKata === kata.kata) window.kataTry = mount(panel, kata);
