import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, type RepoCopy } from '../testkit/repo-copy.ts';

// The scaffold is proven the way an author meets it: `npm run new` in a copy of
// the repo, then the tests of that one kata and the meta-test, before and after
// the content is written.

function environment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: 'true' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  delete env.FORCE_COLOR;
  return env;
}

function run(copy: RepoCopy, command: string, args: readonly string[]): { code: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: copy.root, encoding: 'utf8', env: environment(), timeout: 120_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const npm = (copy: RepoCopy, ...args: string[]) => run(copy, 'npm', ['--silent', 'run', ...args]);
const lessons = (copy: RepoCopy, kata: string) =>
  run(copy, process.execPath, [
    copy.path('node_modules/vitest/vitest.mjs'),
    'run',
    '--project',
    'lessons',
    `katas/${kata}/`,
    'tools/catalog/meta.test.ts',
  ]);

/** A tiny but real kata: map hands parseInt the index as its radix. */
function tinyKata(title: string): Record<string, string> {
  const broken = `export function parseAll(texts: readonly string[]): number[] {
  // the trap: map passes (text, index), and parseInt reads the index as the radix
  return texts.map(parseInt);
}
`;
  return {
    'README.md': `---
title: ${title}
tags: [arrays, parsing]
difficulty: easy
origin: javascript
related: []
catches:
  - nothing: no rule in this config flags a function passed by name to map
hints:
  - How many arguments does map pass to its callback?
  - parseInt takes a second argument, the radix.
---
# ${title}

\`map(parseInt)\` hands parseInt the index as its radix.

## Predict the output

\`\`\`ts file=predict.ts
\`\`\`

What does it print?

## Answer

<details>
<summary>Show the answer</summary>

\`\`\`text output=broken
[ 1, NaN, NaN ]
\`\`\`

Index 1 is no radix, and "3" is no digit in base 2.

\`\`\`text output=fixed
[ 1, 2, 3 ]
\`\`\`

</details>

## Things to remember

- \`map\` passes the element, the index and the array.
- Wrap a function that takes optional arguments in an arrow.

## What catches it

Nothing in this config: review and tests.
`,
    'broken.ts': broken,
    'fixed.ts': broken
      .replace('  // the trap: map passes (text, index), and parseInt reads the index as the radix\n', '')
      .replace('texts.map(parseInt)', 'texts.map((text) => parseInt(text, 10))'),
    'wrong-fixes/number.ts': broken
      .replace('  // the trap: map passes (text, index), and parseInt reads the index as the radix\n', '')
      .replace('texts.map(parseInt)', 'texts.map(Number)'),
    'predict.ts': "import { parseAll } from './broken.ts';\n\nconsole.log(parseAll(['1', '2', '3']));\n",
    'spec.ts': `import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'parses every text in base 10': ({ parseAll }) => {
    assert.deepEqual(parseAll(['1', '2', '3', '10']), [1, 2, 3, 10]);
  },
  'reads the leading digits of a text with a unit': ({ parseAll }) => {
    assert.deepEqual(parseAll(['12px']), [12]);
  },
});
`,
    'kata.test.ts': `import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

describeKata(
  import.meta.url,
  spec,
  { broken: ['parses every text in base 10'], number: ['reads the leading digits of a text with a unit'] },
  ({ broken }) => {
    it('broken: the second text is read in base 1, which does not exist', async () => {
      const { parseAll } = await broken();
      expect(parseAll(['7', '7'])).toEqual([7, Number.NaN]);
    });
  },
);
`,
  };
}

describe('npm run new', () => {
  let copy: RepoCopy;
  beforeAll(() => {
    copy = copyRepo('gotcha-new');
  });
  afterAll(() => copy.remove());

  it('refuses a slug that is not kebab-case or is taken, with exit code 2', () => {
    const bad = npm(copy, 'new', '--', 'Not_A_Slug');
    expect(bad.code).toBe(2);
    expect(bad.output).toContain("'Not_A_Slug' is not a slug");
    const taken = npm(copy, 'new', '--', 'late-bound-closures');
    expect(taken.code).toBe(2);
    expect(taken.output).toContain("'late-bound-closures' is taken by katas/002-late-bound-closures");
  });

  it('makes a kata that fails, naming what to fill in, file by file, and passes once it is written', () => {
    const made = npm(copy, 'new', '--', 'tiny-trap');
    expect(made.code, made.output).toBe(0);
    const kata = /Made katas\/(\d{3}-tiny-trap)\//.exec(made.output)?.[1] ?? '';
    expect(kata).not.toBe('');
    expect(copy.read('README.md')).toContain(`(katas/${kata}/README.md)`);
    expect(copy.read('docs/instructors.md')).toContain(`(../katas/${kata}/README.md)`);

    const fresh = lessons(copy, kata);
    expect(fresh.code).not.toBe(0);
    for (const problem of [
      `katas/${kata}/README.md: the hook is still the placeholder: FILL IN`,
      `katas/${kata}/README.md: front matter 'difficulty' is still the placeholder`,
      `katas/${kata}/broken.ts is still the placeholder: FILL IN: the trap`,
      `katas/${kata}/spec.ts is still the placeholder: FILL IN: one named check`,
      `katas/${kata}/wrong-fixes/first-wrong-fix.ts is still the placeholder`,
      `katas/${kata}: rejects.broken must name failing checks of the spec`,
    ]) {
      expect(fresh.output).toContain(problem);
    }

    const files = tinyKata('Tiny trap');
    rmSync(copy.path('katas', kata), { recursive: true });
    for (const [name, text] of Object.entries(files)) copy.write(`katas/${kata}/${name}`, text);
    const stale = lessons(copy, kata);
    expect(stale.code).not.toBe(0);
    expect(stale.output).toContain('run npm run sync');

    expect(npm(copy, 'sync').code).toBe(0);
    expect(copy.read('katas', kata, 'README.md')).toContain(`\`\`\`ts file=predict.ts\n${files['predict.ts']}\`\`\``);
    const filled = lessons(copy, kata);
    expect(filled.code, filled.output).toBe(0);
  });
});
