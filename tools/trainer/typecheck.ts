import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '#kit/paths.ts';
import { shown } from './ui.ts';

/**
 * TypeScript diagnostics for learner files, from one language service that
 * stays warm: after the first check, a save re-checks only what changed.
 */
export class TypeService {
  private readonly files = new Map<string, { version: number; text: string }>();
  private readonly service: ts.LanguageService;

  constructor() {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      join(repoRoot, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => undefined,
      },
    );
    // A learner's file may sit outside the repo's packages, so it is checked
    // as the bundler sees it: an ES module, whatever package.json is near.
    const options: ts.CompilerOptions = {
      ...(parsed?.options ?? {}),
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
    };
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [...this.files.keys()],
      getScriptVersion: (file) => String(this.files.get(file)?.version ?? 0),
      getScriptSnapshot: (file) => {
        const own = this.files.get(file)?.text;
        if (own !== undefined) return ts.ScriptSnapshot.fromString(own);
        const text = ts.sys.readFile(file);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => repoRoot,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: (file) => ts.sys.fileExists(file),
      readFile: (file) => ts.sys.readFile(file),
      readDirectory: (...args) => ts.sys.readDirectory(...args),
      directoryExists: (dir) => ts.sys.directoryExists(dir),
      getDirectories: (dir) => ts.sys.getDirectories(dir),
    };
    this.service = ts.createLanguageService(host, ts.createDocumentRegistry());
  }

  /** Loads the standard library and Node's types, by checking a file of nothing, so the first real check is quick. */
  warm(): void {
    this.errors(join(repoRoot, '.trainer-warm-up.ts'), 'export {};\n');
  }

  /** Each error in `file` as `file:line:col - error TSnnnn: message`. */
  errors(file: string, text = readFileSync(file, 'utf8')): string[] {
    const path = resolve(file);
    const known = this.files.get(path);
    if (known?.text !== text) this.files.set(path, { version: (known?.version ?? 0) + 1, text });
    const diagnostics = [...this.service.getSyntacticDiagnostics(path), ...this.service.getSemanticDiagnostics(path)];
    return diagnostics
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => {
        const message = ts.flattenDiagnosticMessageText(d.messageText, '\n    ');
        if (d.file === undefined || d.start === undefined) return `error TS${d.code}: ${message}`;
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
        return `${shown(d.file.fileName)}:${line + 1}:${character + 1} - error TS${d.code}: ${message}`;
      });
  }
}
