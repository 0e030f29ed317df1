// The sandbox grades every kata as npm test does: fixed.ts passes, broken.ts
// and each wrong fix fail, inside the locked-down child process. And every kata
// declares the modules its code imports, which is all the sandbox grants.
import { afterAll, describe, expect, it } from 'vitest';
import { kataImports } from '#catalog/catalog.ts';
import { trainerKatas } from './names.ts';
import { facades } from './host.ts';
import { Sandbox, defaultSandbox } from './sandbox.ts';
import { startTypes } from './types.ts';
import { checkFile } from './verdict.ts';

const katas = trainerKatas(() => undefined);
const sandbox = new Sandbox({ ...defaultSandbox, timeoutMs: 20_000, warm: true });
const types = startTypes();
afterAll(async () => {
  await sandbox.close();
  await types.close();
});

describe('the sandbox on every kata', () => {
  it('has a facade for every module a kata may declare', () => {
    expect(Object.keys(facades).sort()).toEqual([...kataImports].sort());
  });

  for (const kata of katas) {
    it(`${kata.name}: fixed.ts passes, broken.ts and each wrong fix fail`, { timeout: 300_000 }, async () => {
      const fixed = await checkFile(kata, kata.files.fixed, sandbox, types, { predict: true });
      expect(fixed.passed, JSON.stringify({ ...fixed, kata: kata.name, content: '' }, null, 2)).toBe(true);
      expect(fixed.predict?.error).toBeUndefined();
      for (const file of [kata.files.broken, ...kata.files.wrongFixes]) {
        const verdict = await checkFile(kata, file, sandbox, undefined, { predict: false });
        expect(verdict.passed, file).toBe(false);
        expect(verdict.refused ?? verdict.stopped, `${file} fails its checks, not the sandbox`).toBeUndefined();
        expect(verdict.checks.some((c) => !c.passed) || verdict.missing.length > 0, file).toBe(true);
      }
    });

    it(`${kata.name}: declares every module its code imports`, async () => {
      for (const file of [kata.files.broken, kata.files.fixed, kata.files.predict, ...kata.files.wrongFixes]) {
        const { imports } = await sandbox.bundle(file);
        expect(
          imports.filter((name) => !kata.meta.imports.includes(name)),
          `${file}: add them to the front matter's imports`,
        ).toEqual([]);
      }
    });
  }
});
