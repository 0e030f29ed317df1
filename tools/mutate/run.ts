import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import { parse } from 'yaml';
import { implementationFiles, isModuleFolder, loadKatas, type Kata } from '#catalog/catalog.ts';
import { repoRoot } from '#kit/paths.ts';
import { matchKatas } from '../trainer/names.ts';

type MutantResult = Awaited<ReturnType<Stryker['runMutationTest']>>[number];

/** The lowest score a kata may have, counting listed equivalent mutants as neither killed nor survived. */
const threshold = 90;
const listName = 'equivalent-mutants.yaml';

/**
 * One mutant of the fixed implementation that no spec can kill. It is matched by what
 * it does, not by where: the mutator, the text of the source line it starts on, the code
 * it replaces and its replacement (whitespace collapsed), and in a kata whose fixed
 * implementation is a folder of modules, the file (relative to the kata's folder). Lines
 * may move freely; an edit to the mutated line itself makes the entry stale, so it is judged again.
 */
interface Equivalent {
  readonly file?: string;
  readonly mutator: string;
  readonly line: string;
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

const squash = (code: string) => code.replace(/\s+/g, ' ').trim();

function describeMutant(mutant: MutantResult, source: string, file: string | undefined): Omit<Equivalent, 'why'> {
  const lines = source.split('\n');
  const { start, end } = mutant.location;
  // A result's location counts lines and columns from 1, as Stryker's reports do.
  const offset = (at: { line: number; column: number }) =>
    lines.slice(0, at.line - 1).reduce((sum, text) => sum + text.length + 1, 0) + at.column - 1;
  return {
    ...(file === undefined ? {} : { file }),
    mutator: mutant.mutatorName,
    line: squash(lines[start.line - 1] ?? ''),
    from: squash(source.slice(offset(start), offset(end))),
    to: squash(mutant.replacement),
  };
}

const sameMutant = (a: Omit<Equivalent, 'why'>, b: Omit<Equivalent, 'why'>) =>
  a.file === b.file && a.mutator === b.mutator && a.line === b.line && a.from === b.from && a.to === b.to;

function readEquivalents(kata: Kata, problems: string[]): Equivalent[] {
  const file = join(kata.dir, listName);
  if (!existsSync(file)) return [];
  const where = relative(repoRoot, file);
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) {
    problems.push(`${where}: must be a list of mutants`);
    return [];
  }
  const fields = ['mutator', 'line', 'from', 'to', 'why'] as const;
  return data.flatMap((entry: unknown, index) => {
    const record = entry as Record<string, unknown>;
    const missing = fields.filter((f) => typeof record[f] !== 'string' || (f === 'why' && record[f].trim() === ''));
    if (missing.length > 0) {
      problems.push(
        `${where}: entry ${index + 1} needs ${missing.join(', ')} (strings; why says why it is equivalent)`,
      );
      return [];
    }
    if (record.file !== undefined && typeof record.file !== 'string') {
      problems.push(`${where}: entry ${index + 1} has a file that is not a string`);
      return [];
    }
    const [mutator, line, from, to, why] = fields.map((f) => squash(record[f] as string));
    const file = record.file === undefined ? {} : { file: record.file };
    return [{ ...file, mutator, line, from, to, why } as Equivalent];
  });
}

function yamlEntry(mutant: Omit<Equivalent, 'why'>): string {
  const quote = (text: string) => JSON.stringify(text);
  return [
    ...(mutant.file === undefined ? [] : [`- file: ${quote(mutant.file)}`]),
    `${mutant.file === undefined ? '-' : ' '} mutator: ${mutant.mutator}`,
    `  line: ${quote(mutant.line)}`,
    `  from: ${quote(mutant.from)}`,
    `  to: ${quote(mutant.to)}`,
    `  why: <one line: why no behaviour can tell it from fixed.ts>`,
  ].join('\n');
}

interface Row {
  kata: string;
  killed: number;
  survived: number;
  timeout: number;
  noCoverage: number;
  equivalent: number;
  errors: number;
  score: number;
}

function selectKatas(args: readonly string[]): Kata[] {
  const katas = loadKatas();
  if (args.length === 0) return katas;
  return args.map((input) => {
    const found = matchKatas(katas, input);
    if (found.length !== 1 || found[0] === undefined) {
      const what = found.length === 0 ? 'names no kata' : `could mean ${found.map((k) => k.name).join(', ')}`;
      throw new Error(`'${input}' ${what}; name a kata by id (002), slug or folder`);
    }
    return found[0];
  });
}

function table(rows: readonly Row[]): string {
  const header = ['kata', 'killed', 'survived', 'timeout', 'no coverage', 'equivalent', 'score'];
  const cells = rows.map((r) => [
    r.kata,
    ...[r.killed, r.survived, r.timeout, r.noCoverage, r.equivalent].map(String),
    `${r.score.toFixed(1)}%`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: readonly string[]) =>
    c.map((text, i) => (i === 0 ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...cells.map(line)].join('\n');
}

async function main(args: readonly string[]): Promise<number> {
  const katas = selectKatas(args);
  // Read by tools/mutate/specs.mutate.ts in Stryker's test runner processes, which inherit this environment.
  process.env.MUTATE_KATAS = katas.map((k) => k.name).join(',');
  const started = performance.now();
  const results = await new Stryker({
    mutate: katas.flatMap((k) => implementationFiles(k.files.fixed).map((file) => relative(repoRoot, file))),
  }).runMutationTest();
  const seconds = (performance.now() - started) / 1000;

  const problems: string[] = [];
  const survivors: string[] = [];
  const rows = katas.map((kata): Row => {
    const files = implementationFiles(kata.files.fixed);
    const folder = isModuleFolder(kata.files.fixed);
    const sources = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    const mine = results.filter((m) => sources.has(resolve(repoRoot, m.fileName)));
    const listed = readEquivalents(kata, problems);
    const used = new Set<Equivalent>();
    const row: Row = {
      kata: kata.name,
      killed: 0,
      survived: 0,
      timeout: 0,
      noCoverage: 0,
      equivalent: 0,
      errors: 0,
      score: 0,
    };
    for (const mutant of mine) {
      const file = resolve(repoRoot, mutant.fileName);
      const seen = describeMutant(mutant, sources.get(file) ?? '', folder ? relative(kata.dir, file) : undefined);
      const equivalent = listed.find((e) => sameMutant(e, seen));
      if (equivalent !== undefined) used.add(equivalent);
      if (mutant.status === 'Killed') row.killed += 1;
      else if (mutant.status === 'Timeout') row.timeout += 1;
      else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
        if (equivalent !== undefined) row.equivalent += 1;
        else {
          if (mutant.status === 'Survived') row.survived += 1;
          else row.noCoverage += 1;
          const at = `${relative(repoRoot, file)}:${mutant.location.start.line}`;
          survivors.push(
            `${at} (${mutant.status}), killed by no check; kill it or list it in ${listName}:\n${yamlEntry(seen)}`,
          );
        }
      } else row.errors += 1;
      if (equivalent !== undefined && (mutant.status === 'Killed' || mutant.status === 'Timeout')) {
        problems.push(
          `${kata.name}/${listName}: the spec now kills "${equivalent.from}" -> "${equivalent.to}"; remove it`,
        );
      }
    }
    for (const entry of listed) {
      if (!used.has(entry)) {
        problems.push(
          `${kata.name}/${listName}: no mutant is ${entry.mutator} ${JSON.stringify(entry.from)} -> ${JSON.stringify(entry.to)} on ${JSON.stringify(entry.line)}`,
        );
      }
    }
    const detected = row.killed + row.timeout;
    const counted = detected + row.survived + row.noCoverage;
    row.score = counted === 0 ? 100 : (100 * detected) / counted;
    if (mine.length === 0) problems.push(`${kata.name}: Stryker made no mutants of its fixed implementation`);
    return row;
  });

  for (const survivor of survivors) console.log(`${survivor}\n`);
  console.log(table(rows));
  console.log(
    `\n${results.length} mutants in ${seconds.toFixed(0)} s. Equivalent mutants do not count against the score.`,
  );
  const low = rows.filter((r) => r.score < threshold);
  for (const r of low) problems.push(`${r.kata}: score ${r.score.toFixed(1)}% is below ${threshold}%`);
  const errors = rows.filter((r) => r.errors > 0);
  for (const r of errors) problems.push(`${r.kata}: ${r.errors} mutant(s) did not compile or crashed the runner`);
  for (const problem of problems) console.error(`✗ ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
