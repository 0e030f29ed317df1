import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import type * as TypeScript from 'typescript';
import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

// Loaded by require: an ES import of typescript first makes Node scan its 9 MB for the names it exports.
const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
const lines = [{ item: 'tea', cents: 250 }];

/**
 * The codes of the errors tsc reports in one snippet, checked strictly on its own. Without the
 * standard library (noLib) it compiles in milliseconds; errors about missing global types are
 * program-wide, and left out by asking for this file's diagnostics only.
 */
function tscErrors(source: string): number[] {
  const name = 'snippet.ts';
  const options: TypeScript.CompilerOptions = { strict: true, noEmit: true, noLib: true, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, version, ...rest) =>
    file === name ? ts.createSourceFile(name, source, version) : read(file, version, ...rest);
  const program = ts.createProgram([name], options, host);
  const file = program.getSourceFile(name);
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => d.code);
}

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a receipt lists each line and the total, in euros by default',
      'a receipt in another currency shows it on every line and the total',
    ],
    'hoist-the-let': ['a receipt in another currency shows it on every line and the total'],
    'rename-the-inner': ['a receipt in another currency shows it on every line and the total'],
    'typeof-guard': [
      'a receipt lists each line and the total, in euros by default',
      'a receipt in another currency shows it on every line and the total',
    ],
    'var-instead-of-const': ['a receipt in another currency shows it on every line and the total'],
  },
  ({ broken, wrongFix }) => {
    it('broken: a receipt with lines throws a ReferenceError, as row reads currency before its declaration', async () => {
      const { receipt } = await broken();
      expect(() => receipt(lines)).toThrow(ReferenceError);
      expect(() => receipt(lines)).toThrow(/^Cannot access 'currency\d*' before initialization$/);
    });

    it('broken: a receipt with no lines works, because row never runs', async () => {
      const { receipt } = await broken();
      expect(receipt([])).toEqual(['total: 0.00 EUR']);
    });

    it("broken: untransformed, the engine names the variable: Cannot access 'currency' before initialization", () => {
      const source = `
        const currency = 'EUR';
        function receipt(options) {
          const row = () => currency;
          const shown = row();
          const { currency } = options;
          return shown + currency;
        }
        receipt({});`;
      expect(() => {
        runInNewContext(source);
      }).toThrow("Cannot access 'currency' before initialization");
    });

    it('broken: wrong fix "typeof-guard" throws too, since typeof does not guard a read in the dead zone', async () => {
      const { receipt } = await wrongFix('typeof-guard')();
      expect(() => receipt(lines)).toThrow(ReferenceError);
    });

    it('broken: wrong fix "var-instead-of-const" prints the lines in euros and the total in dollars', async () => {
      const { receipt } = await wrongFix('var-instead-of-const')();
      expect(receipt(lines, { currency: 'USD' })).toEqual(['tea: 2.50 EUR', 'total: 2.50 USD']);
    });

    it('fixed: tsc reports a read before the declaration in the same scope (TS2448), typeof included', () => {
      const direct = `const rate = 1;\nexport function f(): number {\n  const doubled = rate * 2;\n  const rate = 3;\n  return doubled + rate;\n}\n`;
      expect(tscErrors(direct)).toEqual([2448, 2454]);
      const typeOf = `const rate = 1;\nexport function f(): string {\n  const kind = typeof rate;\n  const rate = 3;\n  return kind + rate;\n}\n`;
      expect(tscErrors(typeOf)).toEqual([2448, 2454]);
    });

    it('broken: tsc says nothing when the read is inside a function that runs before the declaration', () => {
      const deferred = `const rate = 1;\nexport function f(): number {\n  const read = () => rate * 2;\n  const doubled = read();\n  const rate = 3;\n  return doubled + rate;\n}\n`;
      expect(tscErrors(deferred)).toEqual([]);
    });
  },
);
