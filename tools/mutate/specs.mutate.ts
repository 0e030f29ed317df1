import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { katasDir } from '#kit/paths.ts';
import { realmLoader } from '#kit/realm.ts';
import { loader } from '#kit/runner.ts';
import { runSpec, type Spec } from '#kit/spec.ts';

// Stryker's only test file. Each kata's spec runs through runSpec against its fixed.ts,
// loaded by the kit's fresh-instance loader, one vitest test per check so Stryker can
// tell which check killed a mutant. Stryker writes the instrumented fixed.ts into its
// sandbox, and the loader bundles that file; the instrumented code reads the active
// mutant from globalThis.__stryker__, which the loader's instances share with this test (a spec's
// own realm reaches it through the host's globals, see kit/realm.ts).
// npm run mutate names the selected kata folders in MUTATE_KATAS; without it, every kata runs.
const selected = process.env.MUTATE_KATAS?.split(',').filter((name) => name !== '');
const katas = selected ?? readdirSync(katasDir).filter((name) => /^\d{3}-/.test(name));

for (const name of katas) {
  const dir = join(katasDir, name);
  const { default: spec } = (await import(join(dir, 'spec.ts'))) as { default: Spec<unknown> };
  const load = (spec.realm === 'own' ? realmLoader : loader)<unknown>(join(dir, 'fixed.ts'));
  for (const [check, run] of Object.entries(spec.checks)) {
    it(`${name}: ${check}`, async () => {
      const [result] = await runSpec({ checks: { [check]: run } }, load);
      if (result?.passed === false) throw result.error;
    });
  }
}
