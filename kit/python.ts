import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A finished Python run, or the reason it could not run here. */
export type PythonRun =
  { readonly skipped: undefined; readonly stdout: string; readonly stderr: string } | { readonly skipped: string };

// One interpreter per test worker runs the originals it is asked for, one after
// another, each as __main__ with fresh globals and its own captured stdout and
// stderr: starting python3 once per kata costs far more than the originals
// themselves, and running every original when one kata is tested wastes the rest.
// Each path arrives as a JSON line on a copy of stdin, and each result leaves as
// a JSON line on a copy of stdout, so an original can neither read the requests
// (its stdin is empty) nor write into the results. -B keeps __pycache__ out of
// kata folders.
const driver = `
import contextlib, io, json, os, runpy, sys, traceback
requests, results = os.fdopen(os.dup(0), "r"), os.fdopen(os.dup(1), "w")
sys.stdin = open(os.devnull)
for line in requests:
    path = json.loads(line)
    out, err = io.StringIO(), io.StringIO()
    # An original may import modules from its own folder, as a script run there could; they are forgotten after it.
    # Only those: a second copy of a standard module, such as asyncio, would not match its C half, which stays loaded.
    folder = os.path.abspath(os.path.dirname(path))
    sys.path.insert(0, os.path.dirname(path))
    loaded = set(sys.modules)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            runpy.run_path(path, run_name="__main__")
        except BaseException:
            traceback.print_exc()
    del sys.path[0]
    for name in set(sys.modules) - loaded:
        if os.path.abspath(getattr(sys.modules[name], "__file__", None) or "").startswith(folder + os.sep):
            del sys.modules[name]
    results.write(json.dumps({"stdout": out.getvalue(), "stderr": err.getvalue()}) + "\\n")
    results.flush()
`;

interface Waiting {
  readonly file: string;
  readonly done: (run: PythonRun) => void;
  readonly fail: (error: Error) => void;
}

let python: { child: ChildProcessWithoutNullStreams; waiting: Waiting[] } | undefined;

function startInterpreter(): NonNullable<typeof python> {
  const child = spawn('python3', ['-I', '-S', '-B', '-c', driver], { stdio: 'pipe' });
  const started = { child, waiting: [] as Waiting[] };
  let buffered = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      const run = JSON.parse(line) as { stdout: string; stderr: string };
      started.waiting.shift()?.done({ skipped: undefined, ...run });
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const end = (error: NodeJS.ErrnoException | undefined) => {
    if (python === started) python = undefined;
    for (const waiting of started.waiting.splice(0)) {
      if (error?.code === 'ENOENT')
        waiting.done({ skipped: 'python3 is not installed, so the Python original was not run' });
      else
        waiting.fail(new Error(`python3 stopped before running ${waiting.file}: ${error?.message ?? ''}\n${stderr}`));
    }
  };
  child.on('error', end);
  child.stdin.on('error', () => undefined); // a closed pipe: the interpreter's exit or error reports it
  child.on('exit', (code, signal) => end(new Error(`it exited with ${signal ?? `status ${code}`}`)));
  // The interpreter must not keep a test worker alive: it ends when its stdin closes with the worker.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr])
    (stream as unknown as { unref?: () => void }).unref?.();
  return started;
}

/**
 * Runs a kata's Python original with python3 and resolves to what it printed.
 * The first call starts one interpreter for this process, which then runs each
 * original it is given in turn.
 */
export function startPython(file: string): Promise<PythonRun> {
  python ??= startInterpreter();
  const { child, waiting } = python;
  return new Promise((done, fail) => {
    waiting.push({ file, done, fail });
    child.stdin.write(`${JSON.stringify(file)}\n`);
  });
}
