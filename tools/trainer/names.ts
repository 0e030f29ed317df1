import { basename } from 'node:path';
import { isModuleFolder, readKatas, type Kata } from '#catalog/catalog.ts';
import { kataNeeded } from './help.ts';
import { UsageError } from './ui.ts';

/**
 * Every kata that loads cleanly, in catalogue order. A half-made kata is left
 * out with a warning, so one broken folder does not stop a learner's practice.
 */
export function trainerKatas(warn: (text: string) => void): Kata[] {
  // A related link to a missing kata is for the docs to fix; it does not stop practice.
  const read = readKatas();
  const problems = read.problems.filter((p) => !p.includes(": related '"));
  const { katas } = read;
  const broken = new Set<string>();
  for (const problem of problems) {
    const match = /^katas\/([^/:\s]+)/.exec(problem);
    if (match?.[1] !== undefined) broken.add(match[1]);
  }
  if (problems.length > 0) {
    warn(
      `Skipping ${broken.size || 'some'} kata folder(s) with problems (npm test names them):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const usable = katas.filter((k) => !broken.has(k.name));
  practisedInRepo = usable.filter((k) => isModuleFolder(k.files.broken));
  return usable.filter((k) => !isModuleFolder(k.files.broken));
}

/**
 * Katas made of module folders, which trainerKatas leaves out: a practice copy
 * is one file, and these are about how several files load.
 */
export let practisedInRepo: readonly Kata[] = [];

/** Why the trainer does not take a kata of module folders, and how to practise it instead. */
export function inRepoMessage(kata: Kata): string {
  return [
    `${kata.id} ${kata.meta.title} is a folder of modules, and a practice copy is one file: the trainer cannot run it.`,
    `Read it in the repo: katas/${kata.name}/README.md, then its broken/ and fixed/ folders.`,
    `Run its proofs with: npm test -- ${kata.slug}`,
  ].join('\n');
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The katas a learner may mean: the one named exactly by an id (`002`, `2`), a
 * slug, a folder name or a path to the folder; failing that, every kata whose
 * slug contains what was typed, as `npm test -- <part>` would pick them.
 */
export function matchKatas(katas: readonly Kata[], input: string): Kata[] {
  const wanted = basename(input.trim().replace(/[/\\]+$/, '')).toLowerCase();
  const id = /^\d{1,3}$/.test(wanted) ? wanted.padStart(3, '0') : undefined;
  const exact = katas.find((k) => k.id === id || k.slug === wanted || k.name === wanted);
  if (exact !== undefined) return [exact];
  return wanted.length >= 3 ? katas.filter((k) => k.slug.includes(wanted)) : [];
}

/** The one kata a learner means, if what was typed names exactly one. */
export function findKata(katas: readonly Kata[], input: string): Kata | undefined {
  const found = matchKatas(katas, input);
  return found.length === 1 ? found[0] : undefined;
}

/** Up to three katas whose names are closest to what was typed. */
export function nearestKatas(katas: readonly Kata[], input: string): Kata[] {
  const wanted = input.trim().toLowerCase();
  const scored = katas.map((k) => {
    const words = [k.slug, k.name, k.id, k.meta.title.toLowerCase()];
    const contains = words.some((w) => wanted.length >= 3 && (w.includes(wanted) || wanted.includes(w)));
    const best = Math.min(...words.map((w) => distance(wanted, w) / Math.max(w.length, wanted.length, 1)));
    return { k, score: contains ? 0 : best };
  });
  const close = scored.filter((s) => s.score <= 0.6).sort((a, b) => a.score - b.score);
  return (close.length > 0 ? close : scored.sort((a, b) => a.score - b.score)).slice(0, 3).map((s) => s.k);
}

/** The kata named on the command line, or a UsageError (exit 2) naming the nearest ones. */
export function resolveKata(katas: readonly Kata[], input: string | undefined, command: string): Kata {
  if (input === undefined || input.trim() === '') {
    throw kataNeeded(command);
  }
  const found = matchKatas(katas, input);
  if (found.length === 1 && found[0] !== undefined) return found[0];
  const inRepo = matchKatas(practisedInRepo, input);
  if (found.length === 0 && inRepo.length === 1 && inRepo[0] !== undefined) {
    throw new UsageError(inRepoMessage(inRepo[0]));
  }
  if (found.length > 1) {
    throw new UsageError(
      `'${input}' could mean any of:\n${found.map((k) => `  ${k.name}`).join('\n')}\nName one of them, by id or in full.`,
    );
  }
  if (katas.length === 0) throw new UsageError(`No kata named '${input}': the catalogue is empty.`);
  const near = nearestKatas(katas, input).map((k) => `  ${k.name}`);
  throw new UsageError(
    `No kata named '${input}'. The nearest names:\n${near.join('\n')}\nSee them all with: npm run kata -- list`,
  );
}
