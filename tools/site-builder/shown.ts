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

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function find<T extends ts.Node>(root: ts.Node, match: (node: ts.Node) => node is T): T[] {
  const found: T[] = [];
  const visit = (node: ts.Node): void => {
    if (match(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

const propertyName = (name: ts.PropertyName) =>
  ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNoSubstitutionTemplateLiteral(name) ? name.text : undefined;

/** The names of a spec's checks, in order: the keys of the object given to `defineSpec<…>()(…)`. */
export function checkNamesOf(specFile: string): string[] {
  const source = parse(specFile);
  const call = find(
    source,
    (n): n is ts.CallExpression =>
      ts.isCallExpression(n) &&
      ts.isCallExpression(n.expression) &&
      n.expression.expression.getText(source) === 'defineSpec',
  )[0];
  const checks = call?.arguments[0];
  if (checks === undefined || !ts.isObjectLiteralExpression(checks)) return [];
  return checks.properties.flatMap((p) => (p.name === undefined ? [] : (propertyName(p.name) ?? [])));
}

/**
 * The `rejects` map of a kata.test.ts (the third argument of describeKata):
 * for `broken` and each wrong fix, the checks of the spec it fails. A list is
 * read as written, or from a const of the test file that holds
 * `Object.keys(spec.checks)` or a `.filter((name) => name.startsWith('…'))` of one.
 */
export function rejectsOf(testFile: string, specFile: string): Map<string, string[]> {
  const source = parse(testFile);
  const all = checkNamesOf(specFile);
  const consts = new Map(
    find(source, (n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n)).flatMap((d) =>
      ts.isIdentifier(d.name) && d.initializer !== undefined ? [[d.name.text, d.initializer] as const] : [],
    ),
  );
  // A check name written as a string, or as a const that holds one.
  const textOf = (node: ts.Expression): string | undefined => {
    if (ts.isStringLiteralLike(node)) return node.text;
    const init = ts.isIdentifier(node) ? consts.get(node.text) : undefined;
    return init === undefined ? undefined : textOf(init);
  };
  const listOf = (node: ts.Expression): string[] | undefined => {
    while (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) node = node.expression;
    if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => textOf(e) ?? []);
    if (ts.isIdentifier(node)) {
      const init = consts.get(node.text);
      return init === undefined ? undefined : listOf(init);
    }
    if (node.getText(source).replace(/\s/g, '') === 'Object.keys(spec.checks)') return all;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const [test] = node.arguments;
      const prefix =
        test !== undefined && ts.isArrowFunction(test)
          ? /\.startsWith\((['"])(.*)\1\)$/.exec(test.body.getText(source))
          : null;
      const list = node.expression.name.text === 'filter' ? listOf(node.expression.expression) : undefined;
      if (prefix !== null && list !== undefined) return list.filter((name) => name.startsWith(prefix[2] ?? ''));
    }
    return undefined;
  };
  const found = new Map<string, string[]>();
  const call = find(
    source,
    (n): n is ts.CallExpression => ts.isCallExpression(n) && n.expression.getText(source) === 'describeKata',
  )[0];
  const map = call?.arguments[2];
  if (map === undefined || !ts.isObjectLiteralExpression(map)) return found;
  for (const property of map.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const name = propertyName(property.name);
    const list = listOf(property.initializer);
    if (name !== undefined && list !== undefined) found.set(name, list);
  }
  return found;
}

/** One sentence on why the spec rejects a wrong fix, from the checks it fails. */
export function whyRejected(failing: readonly string[]): string {
  if (failing.length === 0) return 'The spec rejects it.';
  if (failing.length === 1) return `The spec rejects it: it fails the check “${failing[0]}”.`;
  return `The spec rejects it: it fails ${failing.length} checks: ${failing.map((c) => `“${c}”`).join('; ')}.`;
}
