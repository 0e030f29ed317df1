import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { katasDir } from './catalog.ts';

/** A finished Python run, or the reason it could not run here. */
export type PythonRun =
  | { readonly skipped: undefined; readonly stdout: string; readonly stderr: string }
  | { readonly skipped: string };

// One interpreter runs every original, each as __main__ with fresh globals and
// its own captured stdout and stderr: starting python3 once per kata costs far
// more than the originals themselves.
const driver = `
import contextlib, io, json, runpy, sys, traceback
results = {}
for path in sys.argv[1:]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            runpy.run_path(path, run_name="__main__")
        except BaseException:
            traceback.print_exc()
    results[path] = {"stdout": out.getvalue(), "stderr": err.getvalue()}
json.dump(results, sys.stdout)
`;

let batch: Map<string, PythonRun> | undefined;

function originals(): string[] {
  return readdirSync(katasDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(katasDir, d.name)).filter((f) => f === 'original.py').map((f) => join(katasDir, d.name, f)));
}

function runAll(files: string[]): Map<string, PythonRun> {
  const result = spawnSync('python3', ['-I', '-c', driver, ...files], { encoding: 'utf8', timeout: 30_000 });
  if (result.error !== undefined) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') {
      const skipped = { skipped: 'python3 is not installed, so the Python original was not run' };
      return new Map(files.map((f) => [f, skipped]));
    }
    throw result.error;
  }
  if (result.status !== 0) throw new Error(`python3 failed (exit ${result.status}): ${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as Record<string, { stdout: string; stderr: string }>;
  return new Map(Object.entries(parsed).map(([file, run]) => [file, { skipped: undefined, ...run }]));
}

/** Runs a kata's Python original with python3 and returns what it printed. */
export function runPython(file: string): PythonRun {
  batch ??= runAll(originals());
  const run = batch.get(file) ?? runAll([file]).get(file);
  if (run === undefined) throw new Error(`no Python result for ${file}`);
  return run;
}
