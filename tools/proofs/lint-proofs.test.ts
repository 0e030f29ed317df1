import { relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { implementationFiles, loadKatas, readPatterns } from '#catalog/catalog.ts';
import { repoRoot } from '#kit/paths.ts';

// The repo's own ESLint config, with inline directives ignored, so a
// disable comment can neither hide a report nor fake one.
const eslint = new ESLint({ cwd: repoRoot, allowInlineConfig: false });

async function rulesFiring(file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([file]);
  const fatal = result?.messages.filter((m) => m.fatal) ?? [];
  if (fatal.length > 0) throw new Error(`${relative(repoRoot, file)} did not parse: ${fatal[0]?.message ?? ''}`);
  return [...new Set(result?.messages.map((m) => m.ruleId ?? '') ?? [])];
}

/** The rules firing on an implementation: one file, or every module of a folder. */
async function rulesFiringIn(entry: string): Promise<string[]> {
  return (await Promise.all(implementationFiles(entry).map(rulesFiring))).flat();
}

describe('lint as teacher', () => {
  for (const kata of loadKatas()) {
    const rules = kata.meta.catches.flatMap((c) => ('lint' in c ? [c.lint] : []));
    if (rules.length === 0) continue;
    describe(kata.meta.title.toLowerCase(), () => {
      for (const rule of rules) {
        it(`broken: ${rule} reports broken.ts`, async () => {
          expect(await rulesFiringIn(kata.files.broken)).toContain(rule);
        });
        it(`fixed: ${rule} is quiet on fixed.ts`, async () => {
          expect(await rulesFiringIn(kata.files.fixed)).not.toContain(rule);
        });
      }
    });
  }

  for (const pattern of readPatterns().patterns) {
    const rules = pattern.meta.catches.flatMap((c) => ('lint' in c ? [c.lint] : []));
    if (rules.length === 0) continue;
    describe(`pattern: ${pattern.meta.title.toLowerCase()}`, () => {
      for (const rule of rules) {
        it(`broken: ${rule} reports the instead-of version`, async () => {
          const fired = await Promise.all(pattern.files.insteadOf.map(rulesFiring));
          expect(fired.flat()).toContain(rule);
        });
        it(`fixed: ${rule} is quiet on the pattern's own files`, async () => {
          for (const file of pattern.files.sources) {
            expect(await rulesFiring(file), relative(repoRoot, file)).not.toContain(rule);
          }
        });
      }
    });
  }
});
