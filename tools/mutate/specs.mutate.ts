import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, it } from 'vitest';
import { kataFiles } from '#catalog/catalog.ts';
import { removeInstances } from '#kit/native.ts';
import { katasDir } from '#kit/paths.ts';
import { runSpec, type Spec } from '#kit/spec.ts';
import { implementationLoader } from '#kit/testing.ts';

// Stryker's only test file. Each kata's spec runs through runSpec against its fixed
// implementation, loaded fresh for each check by the loader the kata's own tests use
// (a bundle for fixed.ts; Node's own loader for a fixed/ folder of modules), one vitest
// test per check so Stryker can tell which check killed a mutant. Stryker writes the
// instrumented files into its sandbox, and the loader compiles those; the instrumented
// code reads the active mutant from globalThis.__stryker__, which the loaded instances
// share with this test (a spec's own realm reaches it through the host's globals, see
// kit/realm.ts).
// npm run mutate names the selected kata folders in MUTATE_KATAS; without it, every kata runs.
const selected = process.env.MUTATE_KATAS?.split(',').filter((name) => name !== '');
const katas = selected ?? readdirSync(katasDir).filter((name) => /^\d{3}-/.test(name));

afterAll(removeInstances);

for (const name of katas) {
  const dir = join(katasDir, name);
  const { default: spec } = (await import(join(dir, 'spec.ts'))) as { default: Spec<unknown> };
  const load = implementationLoader<unknown>(dir, kataFiles(dir).fixed, spec.realm);
  for (const [check, run] of Object.entries(spec.checks)) {
    it(`${name}: ${check}`, async () => {
      const [result] = await runSpec({ checks: { [check]: run } }, load);
      if (result?.passed === false) throw result.error;
    });
  }
}
