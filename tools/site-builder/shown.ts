/**
 * What a kata page shows of its code, derived from the files at build time:
 * the question's code without the comments that mark the trap, the trap's
 * comments beside their lines for the answer, diffs, lint rule links, and
 * why the spec rejects each wrong fix (read from the rejects map of
 * kata.test.ts, which is the one place that says it).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Catcher } from '#catalog/catalog.ts';
import { unifiedDiff } from '#catalog/diff.ts';

/** A line comment that marks the trap: a whole `//` line, or a `// the trap…` or `// eslint-…` after code. */
const trailingMark = /\s+\/\/ (?:the trap\b|eslint-).*$/;
const wholeLineComment = /^\s*\/\/(?!\/)/;

/** The code as the question shows it: every `//` comment line and every trailing trap mark removed. */
export function withoutTrapComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !wholeLineComment.test(line))
    .map((line) => line.replace(trailingMark, ''))
    .join('\n');
}

/** A comment that marks the trap, with the line of code it marks and that line's number in the file. */
export interface TrapMark {
  readonly line: number;
  readonly code: string;
  readonly comment: string;
}

/** The trap's marks in a file: a whole-line comment marks the next line of code, a trailing one its own line. */
export function trapMarks(text: string): TrapMark[] {
  const lines = text.split('\n');
  const marks: TrapMark[] = [];
  let pending: string[] = [];
  lines.forEach((line, i) => {
    if (wholeLineComment.test(line)) {
      pending.push(line.trim());
      return;
    }
    const trailing = trailingMark.exec(line);
    const comments = [...pending, ...(trailing === null ? [] : [trailing[0].trim()])];
    pending = [];
    if (comments.length > 0)
      marks.push({ line: i + 1, code: line.replace(trailingMark, ''), comment: comments.join('\n') });
  });
  return marks;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('{', '&#123;');

/** A diff as an HTML block: removed lines and added lines marked, so CSS can colour them. */
export function diffHtml(before: string, after: string, names: { from: string; to: string }): string {
  const diff = unifiedDiff(before, after, names);
  const rows = diff.split('\n').map((line) => {
    const kind =
      line.startsWith('+++') || line.startsWith('---')
        ? 'file'
        : line.startsWith('@@')
          ? 'hunk'
          : line.startsWith('+')
            ? 'ins'
            : line.startsWith('-')
              ? 'del'
              : 'same';
    return `<span class="diff-${kind}">${escapeHtml(line) || ' '}</span>`;
  });
  return `<pre class="diff" data-diff="${escapeHtml(names.from)} ${escapeHtml(names.to)}"><code>${rows.join('\n')}</code></pre>`;
}

/** The page that documents a lint rule, for the rules this repo's config uses. */
export function ruleHref(rule: string): string {
  if (rule.startsWith('@typescript-eslint/')) return `https://typescript-eslint.io/rules/${rule.slice(19)}/`;
  if (rule.startsWith('import-x/'))
    return `https://github.com/un-ts/eslint-plugin-import-x/blob/master/docs/rules/${rule.slice(9)}.md`;
  return `https://eslint.org/docs/latest/rules/${rule}`;
}

/** A catcher as Markdown, a lint rule linked to its page. */
export function catcherMarkdown(catcher: Catcher): string {
  if ('lint' in catcher) return `ESLint rule [\`${catcher.lint}\`](${ruleHref(catcher.lint)})`;
  if ('compiler' in catcher) return `the compiler: \`${catcher.compiler}\``;
  return `nothing automatic: ${catcher.nothing}`;
}

/**
 * The `rejects` map of a kata.test.ts (the third argument of describeKata):
 * for `broken` and each wrong fix, the checks of the spec it fails.
 */
export function rejectsOf(testFile: string): Map<string, string[]> {
  const source = ts.createSourceFile(testFile, readFileSync(testFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Map<string, string[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'describeKata') {
      const map = node.arguments[2];
      if (map !== undefined && ts.isObjectLiteralExpression(map)) {
        for (const property of map.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isArrayLiteralExpression(property.initializer)) continue;
          const name = ts.isStringLiteral(property.name) || ts.isIdentifier(property.name) ? property.name.text : '';
          found.set(
            name,
            property.initializer.elements.flatMap((e) => (ts.isStringLiteralLike(e) ? [e.text] : [])),
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** One sentence on why the spec rejects a wrong fix, from the checks it fails. */
export function whyRejected(failing: readonly string[]): string {
  if (failing.length === 0) return 'The spec rejects it.';
  if (failing.length === 1) return `The spec rejects it: it fails the check “${failing[0]}”.`;
  return `The spec rejects it: it fails ${failing.length} checks: ${failing.map((c) => `“${c}”`).join('; ')}.`;
}
