import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, teachingOrder } from '#catalog/catalog.ts';
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
  type Targets,
} from './pages.ts';
import { repoRoot } from '#kit/paths.ts';

const { pages, katas, patterns } = renderPages();
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

      it('shows predict.ts, broken.ts, fixed.ts and any original.py by {@includeCode}, never as copies', () => {
        const files = [
          kata.files.predict,
          kata.files.broken,
          kata.files.fixed,
          ...(kata.files.python === undefined ? [] : [kata.files.python]),
        ];
        for (const file of files) {
          expect(text.split(includeOf(page, file)).length - 1, relative(kata.dir, file)).toBe(1);
          expect(text, relative(kata.dir, file)).not.toContain(read(file).trim());
        }
        expect(codeBlocks(text).filter((b) => b.attrs.file !== undefined)).toEqual([]);
      });

      it('keeps the answer, fixed.ts with it, folded in <details>', () => {
        const answer = text.slice(text.indexOf('\n## Answer\n'), text.indexOf('\n## Hints\n'));
        expect(answer.trim().split('\n').slice(2).join('\n')).toMatch(
          /^<details>\n<summary>Show the answer<\/summary>[\s\S]*<\/details>$/,
        );
        expect(answer).toContain(includeOf(page, kata.files.fixed));
        expect(text.indexOf(includeOf(page, kata.files.fixed))).toBeLessThan(
          text.indexOf('</details>', text.indexOf('\n## Answer\n')),
        );
      });

      it('names what catches the trap, from front matter', () => {
        for (const catcher of kata.meta.catches) expect(text).toContain(Object.values(catcher)[0]);
      });
    });
  }

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

  it('indexes every kata and pattern on the landing page, with difficulty and tags', () => {
    const text = pageFor(landingPage);
    for (const kata of katas) {
      expect(text).toContain(
        `| ${kata.id} | [${kata.meta.title}](./${relative(dirname(landingPage), kataPage(kata))}) |`,
      );
      expect(text).toContain(`| ${kata.meta.difficulty} | ${kata.meta.tags.join(', ')} |`);
    }
    for (const pattern of patterns) {
      expect(text).toContain(`| [${pattern.meta.title}](./${relative(dirname(landingPage), patternPage(pattern))}) |`);
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
