/**
 * `npm run new -- <slug> [--python]` makes katas/NNN-<slug>/ with the next free
 * id; `npm run new -- --pattern <slug>` makes patterns/<slug>/. Every part is
 * written, with `FILL IN` wherever the author has something to write, and the
 * new folder is added to every index (`npm run sync`). Until each `FILL IN` is
 * gone, `npm test` fails and names what is left, file by file.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { katasDir, patternsDir, repoRoot } from '#kit/paths.ts';
import { placeholder } from './catalog.ts';
import { sync } from './sync.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const usage = 'usage: npm run new -- <slug> [--python]   or   npm run new -- --pattern <slug>';

/** Bad input from the command line: the message says what to type instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const fill = (what: string) => `${placeholder}: ${what}`;

function titleOf(slug: string): string {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function folderNames(root: string): string[] {
  return existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
}

/** The slug, checked: kebab-case, and no kata or pattern has it yet. */
export function checkSlug(slug: string | undefined): string {
  if (slug === undefined || slug === '') throw new UsageError(`Name the new kata or pattern.\n${usage}`);
  if (!slugPattern.test(slug)) {
    throw new UsageError(
      `'${slug}' is not a slug: use lower-case words and digits joined by '-', such as late-bound-closures.`,
    );
  }
  const kata = folderNames(katasDir).find((name) => name.replace(/^\d{3}-/, '') === slug);
  if (kata !== undefined) throw new UsageError(`'${slug}' is taken by katas/${kata}: choose another slug.`);
  if (folderNames(patternsDir).includes(slug))
    throw new UsageError(`'${slug}' is taken by patterns/${slug}: choose another slug.`);
  return slug;
}

/** The id after the highest one in katas/, zero-padded to three digits. */
export function nextId(): string {
  const ids = folderNames(katasDir).flatMap((name) => (/^\d{3}-/.test(name) ? [Number(name.slice(0, 3))] : []));
  const next = Math.max(0, ...ids) + 1;
  if (next > 999) throw new UsageError('katas/ has used every id up to 999.');
  return String(next).padStart(3, '0');
}

function kataReadme(slug: string, python: boolean): string {
  const title = titleOf(slug);
  return `---
title: ${title}
tags: ['${fill('a few lower-case tags')}']
difficulty: '${fill('easy, medium or hard')}'
origin: ${python ? 'python' : `'${fill('javascript or typescript, where the trap comes from')}'`}
related: []
catches:
  - nothing: '${fill('{lint: <rule>}, {compiler: <option or type>}, or {nothing: <why no tool does>}')}'
hints:
  - '${fill('a nudge first, that does not give the fix away')}'
  - '${fill('a stronger hint, close to the fix')}'
---
# ${title}

${fill('the hook, one line that states the trap.')}

## Predict the output

\`\`\`ts file=predict.ts
\`\`\`

${fill('what predict.ts does, and what the reader should predict.')}

## Answer

<details>
<summary>Show the answer</summary>

\`\`\`text output=broken
\`\`\`

${fill('why broken.ts prints that (Node 20, 22 and 24, ESM: name the runtime of every output).')}

\`\`\`text output=fixed
\`\`\`

${fill('what the fix changes, and why that is enough.')}

</details>

## Things to remember

- ${fill('the first thing to remember.')}
- ${fill('the second thing to remember (2 to 4 bullets).')}

## What catches it

${fill('the lint rule or compiler option that flags the trap, or why nothing does.')}
${
  python
    ? `
## The Python original

\`\`\`python file=original.py
\`\`\`

${fill('what the Python original does, and how it maps to the TypeScript.')}

\`\`\`text output=python
\`\`\`
`
    : ''
}`;
}

function kataFiles(slug: string, python: boolean): Record<string, string> {
  const wrongFix = 'first-wrong-fix';
  const code = (role: string) => `// ${fill(role)}\nexport {};\n`;
  return {
    'README.md': kataReadme(slug, python),
    'broken.ts': code('the trap, small and realistic; a comment marks the line where it springs.'),
    'fixed.ts': code('broken.ts with the fix, the same exports: `diff broken.ts fixed.ts` is the lesson.'),
    [`wrong-fixes/${wrongFix}.ts`]: code(
      'a fix a candidate would plausibly write that is still wrong; name the file after it. Add more (four or more).',
    ),
    'predict.ts': `// ${fill('a short script that imports broken.ts and prints; npm run sync shows it in the README.')}\nimport './broken.ts';\n`,
    'spec.ts': `import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

// ${fill('one named check per behaviour a correct fix keeps; each check gets a fresh instance.')}
export default defineSpec<typeof Kata>()({});
`,
    'kata.test.ts': `import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

describeKata(
  import.meta.url,
  spec,
  {
    // ${fill('for broken and each wrong fix, the names of the checks that fail on it.')}
    broken: [],
    '${wrongFix}': [],
  },
  () => {
    // ${fill("it('broken: …') and it('fixed: …') tests that pin the surprising results.")}
  },
);
`,
    ...(python
      ? { 'original.py': `# ${fill('the Python original; what it prints goes in the output=python block.')}\n` }
      : {}),
  };
}

function patternFiles(slug: string): Record<string, string> {
  const title = titleOf(slug);
  return {
    'README.md': `---
title: ${title}
tags: ['${fill('a few lower-case tags')}']
difficulty: '${fill('easy, medium or hard')}'
related: []
---
# ${title}

${fill('the hook, one line that states the idea.')}

## The problem

${fill('the situation, and the instead-of version people write.')}

## The pattern

${fill('the pattern, with code blocks that show its files (file=index.ts, or a region of it: file=index.ts region=name, between // #region name and // #endregion name).')}

## What the instead-of version costs

${fill('what goes wrong with instead-of.ts, shown by the tests.')}

## When not to use it

${fill('where the pattern costs more than it saves.')}
`,
    'index.ts': `// ${fill('the public API, with TSDoc on every export.')}\nexport {};\n`,
    'instead-of.ts': `// ${fill('the version people write instead; a comment marks where it goes wrong.')}\nexport {};\n`,
    [`${slug}.test.ts`]: `import { describe, it } from 'vitest';

describe('${title.toLowerCase()}', () => {
  it('${fill('one behaviour the pattern keeps and the instead-of version breaks')}', () => {
    throw new Error('${fill('the test')}');
  });
});
`,
  };
}

/** Writes the new folder and syncs the indexes; returns the folder, relative to the repo root. */
export function scaffold(args: readonly string[]): string {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: [...args],
        options: { python: { type: 'boolean', default: false }, pattern: { type: 'string' } },
        allowPositionals: true,
      });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n${usage}`);
    }
  })();
  if (positionals.length > (values.pattern === undefined ? 1 : 0))
    throw new UsageError(`One slug at a time.\n${usage}`);
  if (values.pattern !== undefined && values.python) throw new UsageError(`--python is for katas only.\n${usage}`);
  const slug = checkSlug(values.pattern ?? positionals[0]);
  const dir = values.pattern === undefined ? join(katasDir, `${nextId()}-${slug}`) : join(patternsDir, slug);
  const files = values.pattern === undefined ? kataFiles(slug, values.python) : patternFiles(slug);
  for (const [name, text] of Object.entries(files)) {
    const file = join(dir, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  }
  sync();
  return relative(repoRoot, dir);
}

if (process.argv[1] !== undefined && import.meta.filename === resolve(process.argv[1])) {
  try {
    const dir = scaffold(process.argv.slice(2));
    console.log(`Made ${dir}/ and added it to the indexes.
Next: replace every ${placeholder} (npm test -- ${dir.replace(/^\w+\/(\d{3}-)?/, '')} names what is left, file by file),
then run npm run sync, so the README shows the files as they are. CONTRIBUTING.md says what each file is for.`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}
