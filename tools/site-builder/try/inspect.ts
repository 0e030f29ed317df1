/**
 * What console.log prints, as Node's util.format and util.inspect print it,
 * for the try-it worker in the browser, which has no node:util. It covers what
 * the katas print: primitives, arrays, plain and class objects, Set, Map,
 * Date, RegExp, functions and errors, with Node's defaults (depth 2,
 * breakLength 80, compact 3). inspect.test.ts compares it with Node's own.
 * Not covered: typed arrays and Buffers, Proxies, getters' values, and the
 * column layout Node uses for arrays of more than six short items.
 */

interface Context {
  seen: object[];
  indentation: number;
  currentDepth: number;
}

const breakLength = 80;
const maxDepth = 2;
const identifier = /^[A-Za-z_$][\w$]*$/;

/** A string as Node quotes it: single quotes, unless the text holds one and a double or backtick quote would not need escaping. */
export function quote(text: string): string {
  let mark = "'";
  if (text.includes("'")) {
    if (!text.includes('"')) mark = '"';
    else if (!text.includes('`') && !text.includes('${')) mark = '`';
  }
  // Backslashes and control characters (U+0000 to U+001F, and U+007F) are escaped.
  const escaped = [...text]
    .map((c) => {
      const code = c.charCodeAt(0);
      if (c !== '\\' && code > 0x1f && code !== 0x7f) return c;
      const named: Record<string, string> = {
        '\n': '\\n',
        '\t': '\\t',
        '\r': '\\r',
        '\b': '\\b',
        '\f': '\\f',
        '\v': '\\v',
      };
      if (c === '\\') return '\\\\';
      return named[c] ?? `\\x${code.toString(16).padStart(2, '0').toUpperCase()}`;
    })
    .join('');
  return `${mark}${mark === "'" ? escaped.replaceAll("'", "\\'") : escaped}${mark}`;
}

function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

function formatKey(key: string | symbol): string {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  return identifier.test(key) ? key : quote(key);
}

function functionBase(fn: (...args: never[]) => unknown): string {
  const source = Function.prototype.toString.call(fn);
  if (source.startsWith('class')) return `[class ${fn.name || '(anonymous)'}]`;
  const kind = source.startsWith('async') ? 'AsyncFunction' : 'Function';
  return `[${kind}${fn.name ? `: ${fn.name}` : ' (anonymous)'}]`;
}

function constructorName(value: object): string | null {
  let proto: unknown = Object.getPrototypeOf(value);
  while (proto !== null && typeof proto === 'object') {
    const ctor = Object.getOwnPropertyDescriptor(proto, 'constructor')?.value as { name?: unknown } | undefined;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') return ctor.name;
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

function isBelowBreakLength(ctx: Context, output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > breakLength) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(
  ctx: Context,
  output: string[],
  base: string,
  braces: [string, string],
  depth: number,
): string {
  if (ctx.currentDepth - depth < 3) {
    const start = output.length + ctx.indentation + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      const joined = output.join(', ');
      if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentation)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

function formatProperty(ctx: Context, value: object, key: string | symbol, depth: number, array: boolean): string {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  let shown: string;
  if (descriptor === undefined) shown = 'undefined';
  else if ('value' in descriptor) {
    ctx.indentation += 2;
    shown = formatValue(ctx, descriptor.value, depth + 1);
    ctx.indentation -= 2;
  } else {
    shown = descriptor.get && descriptor.set ? '[Getter/Setter]' : descriptor.get ? '[Getter]' : '[Setter]';
  }
  return array ? shown : `${formatKey(key)}: ${shown}`;
}

function ownKeys(value: object, skipIndexes: boolean): (string | symbol)[] {
  const keys = Object.keys(value).filter((k) => !skipIndexes || !/^(0|[1-9]\d*)$/.test(k));
  const symbols = Object.getOwnPropertySymbols(value).filter((s) =>
    Object.prototype.propertyIsEnumerable.call(value, s),
  );
  return [...keys, ...symbols];
}

function formatError(error: Error): string {
  const stack = typeof error.stack === 'string' && error.stack !== '' ? error.stack : `${error.name}: ${error.message}`;
  return stack.includes('\n    at ') ? stack : `[${stack}]`;
}

function formatValue(ctx: Context, value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return formatNumber(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return `${value}`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return value.toString();
    default:
  }
  if (value === null) return 'null';
  const object = value as object;
  if (ctx.seen.includes(object)) return '[Circular *1]';
  return formatRaw(ctx, object, depth);
}

function formatRaw(ctx: Context, value: object, depth: number): string {
  const name = constructorName(value);
  const prefix = (fallback: string, size?: number) => {
    const shownName = name ?? `[${fallback}: null prototype]`;
    const sized = size === undefined ? shownName : `${shownName}(${size})`;
    return sized === 'Object' || sized === 'Array' ? '' : `${sized} `;
  };
  let braces: [string, string] = ['{', '}'];
  let base = '';
  let entries: string[] = [];
  let keys: (string | symbol)[];
  let formatEntries = () => entries;
  if (Array.isArray(value)) {
    keys = ownKeys(value, true);
    braces = [`${prefix('Array', name === 'Array' ? undefined : value.length)}[`, ']'];
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    if (depth > maxDepth) return '[Array]';
    formatEntries = () => {
      const out: string[] = [];
      let holes = 0;
      const flush = () => {
        if (holes > 0) out.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
        holes = 0;
      };
      for (let i = 0; i < value.length && out.length < 100; i += 1) {
        if (!Object.prototype.hasOwnProperty.call(value, i)) holes += 1;
        else {
          flush();
          out.push(formatProperty(ctx, value, String(i), depth, true));
        }
      }
      flush();
      if (value.length > 100) out.push(`... ${value.length - 100} more items`);
      return out;
    };
  } else if (value instanceof Set) {
    keys = ownKeys(value, false);
    braces = [`${prefix('Set', value.size)}{`, '}'];
    if (value.size === 0 && keys.length === 0) return `${braces[0]}}`;
    if (depth > maxDepth) return `[${name ?? 'Set'}]`;
    formatEntries = () => {
      ctx.indentation += 2;
      const out = [...value].map((v) => formatValue(ctx, v, depth + 1));
      ctx.indentation -= 2;
      return out;
    };
  } else if (value instanceof Map) {
    keys = ownKeys(value, false);
    braces = [`${prefix('Map', value.size)}{`, '}'];
    if (value.size === 0 && keys.length === 0) return `${braces[0]}}`;
    if (depth > maxDepth) return `[${name ?? 'Map'}]`;
    formatEntries = () => {
      ctx.indentation += 2;
      const out = [...value].map(([k, v]) => `${formatValue(ctx, k, depth + 1)} => ${formatValue(ctx, v, depth + 1)}`);
      ctx.indentation -= 2;
      return out;
    };
  } else {
    keys = ownKeys(value, false);
    if (typeof value === 'function') {
      base = functionBase(value as (...args: never[]) => unknown);
      if (keys.length === 0) return base;
    } else if (value instanceof Error) {
      keys = keys.filter((k) => k !== 'stack' && k !== 'message');
      base = formatError(value);
      if (keys.length === 0) return base;
    } else if (value instanceof Date) {
      base = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
      if (keys.length === 0) return base;
    } else if (value instanceof RegExp) {
      base = value.toString();
      if (keys.length === 0) return base;
    } else {
      braces = [`${prefix('Object')}{`, '}'];
      if (keys.length === 0) return `${braces[0]}}`;
    }
    if (depth > maxDepth) return `[${name ?? 'Object'}]`;
  }
  ctx.seen.push(value);
  ctx.currentDepth = depth;
  entries = formatEntries();
  for (const key of keys) entries.push(formatProperty(ctx, value, key, depth, false));
  ctx.seen.pop();
  return reduceToSingleString(ctx, entries, base, braces, depth);
}

/** A value as util.inspect(value) shows it with Node's defaults. */
export function inspect(value: unknown): string {
  return formatValue({ seen: [], indentation: 0, currentDepth: 0 }, value, 0);
}

function formatNumberArg(value: unknown, integer: boolean): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return 'NaN';
  const n = Number(value);
  return formatNumber(integer ? Math.trunc(n) : n);
}

/** What console.log(...args) prints, as util.format(...args) makes it. */
export function format(...args: unknown[]): string {
  const [first, ...rest] = args;
  let out: string;
  let next = 0;
  if (typeof first === 'string') {
    if (rest.length === 0) return first;
    out = first.replace(/%([sdifjoOc%])/g, (all, spec: string) => {
      if (spec === '%') return '%';
      if (next >= rest.length) return all;
      const arg = rest[next];
      next += 1;
      switch (spec) {
        case 's':
          if (typeof arg === 'string') return arg;
          if (typeof arg === 'bigint') return `${arg}n`;
          if (typeof arg === 'number') return formatNumber(arg);
          if (typeof arg === 'object' && arg !== null) return inspect(arg);
          return String(arg);
        case 'd':
          return formatNumberArg(arg, false);
        case 'i':
          return formatNumberArg(arg, true);
        case 'f':
          return `${Number.parseFloat(String(arg))}`;
        case 'j':
          return JSON.stringify(arg);
        case 'c':
          return '';
        default:
          return inspect(arg);
      }
    });
  } else {
    out = inspect(first);
  }
  for (const arg of rest.slice(next)) out += ` ${typeof arg === 'string' ? arg : inspect(arg)}`;
  return out;
}
