// The sandbox's child process. sandbox.ts bundles this file (with ses) and
// starts it under Node's permission model: it may read only its own bundle,
// and may not write, start processes or workers, or load addons. Here, before
// any code under test is evaluated, lockdown() freezes every built-in, and the
// verdict's machinery (node:assert, the spec, the console, the channel to the
// trainer) is captured. The code under test then runs in a Compartment of its
// own: its globals and imports are only those granted in host.ts.
import 'ses';
import { describeThrown } from './errors.ts';
import { hostGlobals, makeHost } from './host.ts';
import { stuckExitCode, type Code, type Job, type Report, type WorkerMessage } from './protocol.ts';

// Captured before lockdown and before any code under test exists.
const send = process.send?.bind(process);
const exit = process.exit.bind(process);
const host = makeHost();

lockdown({
  errorTaming: 'unsafe',
  stackFiltering: 'verbose',
  consoleTaming: 'unsafe',
  errorTrapping: 'none',
  unhandledRejectionTrapping: 'none',
  overrideTaming: 'severe',
});
host.harden();

function post(message: WorkerMessage): void {
  send?.(message);
}

type Namespace = Record<string, unknown>;

/** Node's globals with authority, which a Compartment lacks: reading one says so, instead of giving undefined. */
const withheld = ['process', 'global', 'fetch', 'require', 'module', 'WebSocket', 'navigator', 'crypto', 'Worker'];
type Factory = (hostImport: (name: string) => unknown) => Promise<Namespace>;

/** Evaluates `code` in a new Compartment with the granted globals; returns its module factory. */
function compile(code: Code, globals: Record<string, unknown>): Factory {
  const compartment = new Compartment({ globals, __options__: true });
  for (const name of withheld.filter((withheldName) => !(withheldName in globals))) {
    Object.defineProperty(compartment.globalThis, name, {
      get: () => {
        throw new ReferenceError(`${name} is not defined in the trainer`);
      },
    });
  }
  return compartment.evaluate(`${code.code}\n//# sourceURL=${code.url}\n`) as Factory;
}

/** What the code under test prints, until it passes the job's limit: then a flood is reported instead. */
class Output {
  flooded = false;
  private printed = 0;
  private readonly sample: string[] = [];
  lines: string[] = [];

  constructor(private readonly limit: number) {}

  take(text: string): void {
    if (this.flooded) return;
    this.printed += text.length + 1;
    if (this.sample.length < 10) this.sample.push(text.slice(0, 200));
    if (this.printed > this.limit) {
      this.flooded = true;
      post({ kind: 'flood', sample: this.sample });
      return;
    }
    this.lines.push(text);
  }
}

async function run(job: Job): Promise<void> {
  const output = new Output(job.outputLimit);
  const console = host.console((text) => output.take(text));
  const subjectGlobals = hostGlobals(console);
  const candidateImport = host.importer(job.imports);
  const report: { load?: Report['load']; checks: Report['checks'][number][]; scripts: Report['scripts'][number][] } = {
    checks: [],
    scripts: [],
  };
  const instance = async () => compile(job.subject as Code, subjectGlobals)(candidateImport);
  if (job.subject !== undefined) {
    post({ kind: 'phase', phase: 'while loading the file' });
    try {
      await instance();
      report.load = {};
    } catch (error) {
      report.load = { error: describeThrown(error) };
    }
  }
  if (job.spec !== undefined && job.subject !== undefined && report.load?.error === undefined) {
    const spec = await compile(job.spec, hostGlobals(console, true))((name) => host.trusted(name));
    const { checks } = spec.default as { checks: Record<string, (impl: Namespace) => unknown> };
    for (const [name, check] of Object.entries(checks)) {
      post({ kind: 'phase', phase: 'while loading the file' });
      try {
        const subject = await instance();
        post({ kind: 'phase', phase: `in the check "${name}"` });
        await check(subject);
        report.checks.push({ name, passed: true });
      } catch (error) {
        post({ kind: 'phase', phase: `while reporting the check "${name}"` });
        report.checks.push({ name, passed: false, error: describeThrown(error) });
      }
    }
  }
  for (const script of job.scripts) {
    post({ kind: 'phase', phase: `while running ${script.label}` });
    output.lines = [];
    try {
      await compile(script.code, subjectGlobals)(candidateImport);
      report.scripts.push({ label: script.label, lines: output.lines });
    } catch (error) {
      report.scripts.push({ label: script.label, lines: output.lines, error: describeThrown(error) });
    }
  }
  if (!output.flooded) post({ kind: 'done', report });
}

let started = false;
process.on('message', (job: Job) => {
  if (started) return;
  started = true;
  // From now on only the code under test can keep this process alive: when it
  // waits for something nothing is left to settle, the loop empties.
  process.channel?.unref();
  process.once('beforeExit', () => exit(stuckExitCode));
  void run(job).catch((error: unknown) => {
    post({ kind: 'phase', phase: `in the trainer's own code: ${describeThrown(error).message}` });
    exit(3);
  });
});
post({ kind: 'ready' });
