import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { kataFiles, katasDir } from '#catalog/catalog.ts';

/** A finished Python run, or the reason it could not run here. */
export type PythonRun =
  { readonly skipped: undefined; readonly stdout: string; readonly stderr: string } | { readonly skipped: string };

// One interpreter runs every original, each as __main__ with fresh globals and
// its own captured stdout and stderr: starting python3 once per kata costs far
// more than the originals themselves. -B keeps __pycache__ out of kata folders.
const driver = `
import contextlib, io, json, os, runpy, sys, traceback
results = {}
for path in sys.argv[1:]:
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
    results[path] = {"stdout": out.getvalue(), "stderr": err.getvalue()}
json.dump(results, sys.stdout)
`;

let batch: Promise<Map<string, PythonRun>> | undefined;

function originals(): string[] {
  return readdirSync(katasDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => kataFiles(join(katasDir, d.name)).python ?? []);
}

function runAll(files: string[]): Promise<Map<string, PythonRun>> {
  return new Promise((resolve, reject) => {
    execFile(
      'python3',
      ['-I', '-S', '-B', '-c', driver, ...files],
      { encoding: 'utf8', timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
          const skipped = { skipped: 'python3 is not installed, so the Python original was not run' };
          resolve(new Map(files.map((f) => [f, skipped])));
        } else if (error !== null) {
          reject(new Error(`python3 failed: ${error.message}\n${stderr}`, { cause: error }));
        } else {
          const parsed = JSON.parse(stdout) as Record<string, { stdout: string; stderr: string }>;
          resolve(new Map(Object.entries(parsed).map(([file, run]) => [file, { skipped: undefined, ...run }])));
        }
      },
    );
  });
}

/**
 * Starts running a kata's Python original with python3 and resolves to what it
 * printed. The first call starts one interpreter for every original in katas/,
 * in the background, so it overlaps with the tests that run meanwhile.
 */
export async function startPython(file: string): Promise<PythonRun> {
  batch ??= runAll(originals());
  const run = (await batch).get(file) ?? (await runAll([file])).get(file);
  if (run === undefined) throw new Error(`no Python result for ${file}`);
  return run;
}
