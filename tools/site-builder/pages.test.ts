import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, implementationFiles, teachingOrder, wrongFixName } from '#catalog/catalog.ts';
import { codeBlocks, links } from '#catalog/markdown.ts';
import { markers } from '#catalog/sync.ts';
import {
  guidePage,
  guidesDir,
  kataPage,
  landingPage,
  patternPage,
  renderPages,
  rewriteLinks,
  shownCopy,
  type Targets,
} from './pages.ts';
import { rejectsOf, ruleHref, trapMarks, whyRejected, withoutTrapComments } from './shown.ts';
import { repoRoot } from '#kit/paths.ts';

const { pages, copies, katas, patterns } = renderPages();
const read = (file: string) => readFileSync(file, 'utf8');
const includeOf = (page: string, file: string) => `{@includeCode ${relative(dirname(page), file)}}`;

function pageFor(file: string): string {
  const text = pages.get(file);
  if (text === undefined) throw new Error(`no page generated at ${relative(repoRoot, file)}`);
  return text;
}

describe('the docs pages', () => {
  for (const kata of katas) {
    describe(kata.name, () => {
      const page = kataPage(kata);
      const text = pageFor(page);
      const question = [kata.files.predict, ...implementationFiles(kata.files.broken)];
      const aboveTheFold = text.slice(0, text.indexOf('<details class="answer">'));

      it('shows predict.ts and broken.ts by {@includeCode} of their copies without trap comments, fixed.ts and any original.py as they are', () => {
        const files = [
          ...question.map((f) => shownCopy(kata, f)),
          ...implementationFiles(kata.files.fixed),
          ...(kata.files.python === undefined ? [] : [kata.files.python]),
        ];
        for (const file of files) {
          expect(text.split(includeOf(page, file)).length - 1, relative(repoRoot, file)).toBe(1);
        }
        for (const file of [...files.slice(question.length)]) expect(text).not.toContain(read(file).trim());
        expect(codeBlocks(text).filter((b) => b.attrs.file !== undefined)).toEqual([]);
      });

      it('the copies the question shows are the files on disk minus their comment lines and trailing trap marks', () => {
        for (const file of question) {
          const copy = copies.get(shownCopy(kata, file));
          const lines = read(file).split('\n');
          const kept = lines
            .filter((l) => !/^\s*\/\/(?!\/)/.test(l))
            .map((l) => l.replace(/\s+\/\/ (?:the trap\b|eslint-).*$/, ''));
          expect(copy, relative(repoRoot, file)).toBe(kept.join('\n'));
          expect(copy).not.toMatch(/eslint-disable|the trap/);
          expect(withoutTrapComments(read(file))).toBe(copy);
        }
      });

      it('keeps the answer, the fix and the wrong fixes folded in <details>, after the hints', () => {
        const answer = text.slice(text.indexOf('\n## Answer\n'), text.indexOf('\n## Practise it\n'));
        expect(answer.trim().split('\n').slice(2).join('\n')).toMatch(
          /^<details class="answer">\n<summary>Show the answer<\/summary>[\s\S]*<\/details>$/,
        );
        expect(answer).toContain(includeOf(page, implementationFiles(kata.files.fixed)[0] ?? ''));
        expect(answer).toContain('<pre class="diff"');
        expect(text.indexOf('\n## Hints\n')).toBeLessThan(text.indexOf('\n## Answer\n'));
        const hints = text.slice(text.indexOf('\n## Hints\n'), text.indexOf('\n## Answer\n'));
        expect(hints.split('<details class="hint">').length - 1).toBe(kata.meta.hints.length);
        expect(answer.split('<details class="wrong-fix">').length - 1).toBe(kata.files.wrongFixes.length);
      });

      it('gives nothing away above the fold: no hook, no catcher, no trap comment', () => {
        expect(aboveTheFold).not.toContain(kata.doc.hook);
        expect(aboveTheFold).not.toMatch(/the trap|eslint-disable|Caught by/);
        for (const catcher of kata.meta.catches) expect(aboveTheFold).not.toContain(Object.values(catcher)[0]);
      });

      it('names what catches the trap in the answer, each lint rule linked to its page', () => {
        for (const catcher of kata.meta.catches) {
          if ('lint' in catcher) expect(text).toContain(`[\`${catcher.lint}\`](${ruleHref(catcher.lint)})`);
          else expect(text).toContain(Object.values(catcher)[0]);
        }
      });

      it('says why the spec rejects each wrong fix, from the rejects map of kata.test.ts', () => {
        const rejects = rejectsOf(kata.files.test, kata.files.spec);
        expect([...rejects.keys()].sort()).toEqual(['broken', ...kata.files.wrongFixes.map(wrongFixName)].sort());
        for (const entry of kata.files.wrongFixes) {
          const failing = rejects.get(wrongFixName(entry)) ?? [];
          expect(failing.length, wrongFixName(entry)).toBeGreaterThan(0);
          expect(text).toContain(whyRejected(failing).replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
        }
      });

      it('labels each output with the file that printed it', () => {
        for (const output of ['broken', 'fixed', ...(kata.files.python === undefined ? [] : ['python'])])
          expect(text).toContain(`<div class="output" data-output="${output}">`);
      });

      it('says where it stands in teaching order and links the kata before and after it', () => {
        const order = teachingOrder(katas);
        const at = order.findIndex((k) => k.name === kata.name);
        expect(text).toContain(`Kata ${at + 1} of ${order.length}`);
        for (const other of [order[at - 1], order[at + 1]]) {
          if (other !== undefined) expect(text).toContain(`(./${relative(dirname(page), kataPage(other))})`);
        }
      });
    });
  }

  it('shows the whole-line comment that marks a trap beside the line it marks', () => {
    expect(trapMarks('a();\n  // the trap: b\n  b();\nc(); // the trap: c\n')).toEqual([
      { line: 3, code: '  b();', comment: '// the trap: b' },
      { line: 4, code: 'c();', comment: '// the trap: c' },
    ]);
  });

  for (const pattern of patterns) {
    it(`${pattern.slug}: shows its instead-of versions and index.ts by {@includeCode}, and links its API reference`, () => {
      const page = patternPage(pattern);
      const text = pageFor(page);
      for (const file of [...pattern.files.insteadOf, pattern.files.index]) {
        expect(text.split(includeOf(page, file)).length - 1, relative(pattern.dir, file)).toBe(1);
      }
      expect(text).toContain(`{@link "${pattern.slug}" | ${pattern.slug}}`);
    });
  }

  it('shows no TypeScript in a README but from its file, whole or by region, so no excerpt is a hand-made copy', () => {
    for (const entry of [...katas, ...patterns]) {
      const blocks = entry.doc.sections
        .flatMap((s) => s.blocks)
        .filter((b) => b.lang === 'ts' || b.lang === 'typescript');
      for (const block of blocks) expect(block.attrs.file, `${entry.dir}: a ts block without file=`).toBeDefined();
    }
  });

  it('opens the landing page with the catalogue: every kata and pattern, with its difficulty badge and tags', () => {
    const text = pageFor(landingPage);
    expect(text.indexOf('## Katas')).toBeLessThan(text.indexOf('## Start'));
    for (const kata of katas) {
      const entry = text.split('\n').find((l) => l.includes(`[${kata.id} ${kata.meta.title}](`));
      expect(entry, kata.name).toContain(`(./${relative(dirname(landingPage), kataPage(kata))})`);
      expect(entry).toContain(`data-tags="${kata.meta.tags.join(' ')}"`);
      expect(entry).toContain(`<span class="badge badge-${kata.meta.difficulty}">`);
    }
    for (const pattern of patterns) {
      expect(text).toContain(`[${pattern.meta.title}](./${relative(dirname(landingPage), patternPage(pattern))})`);
    }
  });

  it('lists the katas in teaching order in the instructors guide, each linked to its page', () => {
    const source = read(join(guidesDir, 'instructors.md'));
    expect(source).toContain(markers('teaching-order').start);
    const page = guidePage(join(guidesDir, 'instructors.md'));
    const listed = links(pageFor(page)).filter((l) => /^\d{3} /.test(l.text));
    expect(listed.map((l) => l.text.slice(0, 3))).toEqual(teachingOrder(katas).map((k) => k.id));
    expect(listed.map((l) => l.href)).toEqual(
      teachingOrder(katas).map((k) => `../katas/${relative(dirname(kataPage(k)), kataPage(k))}`),
    );
  });
});

describe('rewriteLinks', () => {
  const kata = katas[0];
  if (kata === undefined) throw new Error('there is no kata to link to');
  const guide = join(guidesDir, 'example.md');
  const page = guidePage(guide);
  const targets: Targets = { pages: new Map([[kata.files.readme, kataPage(kata)]]) };
  const toKata = `../katas/${kata.name}/README.md`;

  it('points a link to a kata README at the kata page, keeping the anchor', () => {
    expect(rewriteLinks(`See [it](${toKata}#answer).`, guide, page, targets)).toBe(
      `See [it](../katas/${kata.name}.md#answer).`,
    );
  });

  it('keeps any other file it links to, from the page’s new place', () => {
    expect(rewriteLinks(`[code](../katas/${kata.name}/fixed.ts)`, guide, page, targets)).toBe(
      `[code](../../katas/${kata.name}/fixed.ts)`,
    );
  });

  it('rewrites a reference-style link at its definition', () => {
    expect(rewriteLinks(`See [it][k].\n\n[k]: ${toKata}\n`, guide, page, targets)).toBe(
      `See [it][k].\n\n[k]: ../katas/${kata.name}.md\n`,
    );
  });

  it('leaves web links, anchors, inline code and code blocks alone', () => {
    const text = [
      `[web](https://example.org/x.md) [here](#top) \`[no](${toKata})\``,
      '```md',
      `[no](${toKata})`,
      '```',
      '~~~',
      `[no](${toKata})`,
      '~~~',
      '',
      `    [no](${toKata})`,
    ].join('\n');
    expect(rewriteLinks(text, guide, page, targets)).toBe(text);
  });

  it('fails on a link to nothing, naming the file and the link', () => {
    expect(() => rewriteLinks('[gone](./missing.md)', guide, page, targets)).toThrow(CatalogError);
    expect(() => rewriteLinks('[gone](./missing.md)', guide, page, targets)).toThrow(
      'docs/example.md: the link ./missing.md points at nothing',
    );
  });
});
