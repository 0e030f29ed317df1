import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isModuleFolder, loadKatas } from '#catalog/catalog.ts';
import { importFresh, loader } from '#kit/runner.ts';
import { repoRoot } from '#kit/paths.ts';
import { runSpec, type Spec } from '#kit/spec.ts';

// Kata code reaches learners and tests through esbuild (tools/runner.ts). This
// proves that tsc, given the same root tsconfig, emits code on which every spec
// check passes or fails exactly as it does on esbuild's output, for every
// implementation of every kata. Class fields are where the two could differ.

const configPath = join(repoRoot, 'tsconfig.json');
const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, repoRoot, undefined, configPath);
const message = (d: ts.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, '\n');

function transpile(file: string): string {
  // transpileModule cannot see package.json, so it would emit CommonJS for a .ts
  // name. TypeScript itself, with the real file system, says the file is an ES
  // module; an .mts name tells transpileModule the same.
  expect(ts.getImpliedNodeFormatForFile(file, undefined, ts.sys, parsed.options)).toBe(ts.ModuleKind.ESNext);
  const { outputText, diagnostics = [] } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: parsed.options,
    fileName: file.replace(/\.ts$/, '.mts'),
    reportDiagnostics: true,
  });
  expect(diagnostics.map(message)).toEqual([]);
  return outputText;
}

async function verdicts<M>(spec: Spec<M>, load: () => Promise<M>): Promise<string[]> {
  return (await runSpec(spec, load)).map((r) => `${r.passed ? 'pass' : 'FAIL'}: ${r.name}`);
}

describe('tsc agrees with the runner', () => {
  it('reads the root tsconfig without errors', () => {
    expect([...(read.error === undefined ? [] : [read.error]), ...parsed.errors].map(message)).toEqual([]);
    expect(parsed.options.useDefineForClassFields ?? parsed.options.target! >= ts.ScriptTarget.ES2022).toBe(true);
  });

  // A kata of module folders runs through Node's own loader (kit/native.ts), not through a bundle.
  for (const kata of loadKatas().filter((k) => !isModuleFolder(k.files.broken))) {
    describe(kata.name, () => {
      for (const file of [kata.files.fixed, kata.files.broken, ...kata.files.wrongFixes]) {
        const label = file === kata.files.fixed ? 'fixed' : `broken`;
        it(`${label}: ${relative(kata.dir, file)} gets the same spec verdicts from tsc's emit as from esbuild's`, async () => {
          const spec = ((await import(/* @vite-ignore */ kata.files.spec)) as { default: Spec<unknown> }).default;
          const viaRunner = await verdicts(spec, loader(file));
          const code = transpile(file);
          const viaTsc = await verdicts(spec, () => importFresh(code));
          expect(viaTsc, basename(file)).toEqual(viaRunner);
        });
      }
    });
  }
});
