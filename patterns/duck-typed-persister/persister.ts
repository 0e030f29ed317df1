/**
 * A JSON value: what every persister stores and gives back unchanged.
 */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** One stored record as a persister hands it out: a fresh copy each time. */
export interface StoredRecord {
  /** The record's id, a non-empty string. */
  readonly id: string;
  /** 1 after the first save, one more after each save since. */
  readonly version: number;
  /** The stored value. */
  readonly value: Json;
}

/**
 * The persister contract. Anything with these five methods is a persister:
 * TypeScript checks the shape when a value is assigned, never where it came from.
 *
 * Every write names the version it expects to replace, so a writer working
 * from a stale read gets a {@link ConflictError} instead of overwriting.
 */
export interface Persister {
  /**
   * Reads one record.
   * @param id - The record's id.
   * @returns A fresh copy of the record.
   * @throws {@link NotFoundError} when no record has this id.
   */
  get(id: string): StoredRecord;
  /**
   * Creates or replaces one record.
   * @param id - The record's id.
   * @param value - A JSON value; anything JSON would change or drop is refused.
   * @param expectedVersion - 0 to create a new record, or the version this save replaces.
   * @returns The record as stored, with its new version.
   * @throws {@link ConflictError} when the stored version is not `expectedVersion`.
   * @throws {@link NotSerialisableError} when `value` is not JSON.
   */
  save(id: string, value: Json, expectedVersion: number): StoredRecord;
  /**
   * Deletes one record.
   * @param id - The record's id.
   * @param expectedVersion - The version this delete removes.
   * @throws {@link NotFoundError} when no record has this id.
   * @throws {@link ConflictError} when the stored version is not `expectedVersion`.
   */
  delete(id: string, expectedVersion: number): void;
  /**
   * Lists the stored ids.
   * @returns Every id, sorted by UTF-16 code unit.
   */
  ids(): string[];
  /** Deletes every record. */
  clear(): void;
}

/** The method names of {@link Persister}, which {@link isPersister} looks for at runtime. */
export const persisterMethods = ['get', 'save', 'delete', 'ids', 'clear'] as const;

/** The base of every error a persister throws on purpose. */
export class PersisterError extends Error {
  override name = 'PersisterError';
}

/** No record has the id asked for. */
export class NotFoundError extends PersisterError {
  override name = 'NotFoundError';
  /** @param id - The id that was not found. */
  constructor(readonly id: string) {
    super(`no record has the id ${JSON.stringify(id)}`);
  }
}

/** A write named a version that is no longer the stored one: someone else wrote first. */
export class ConflictError extends PersisterError {
  override name = 'ConflictError';
  /**
   * @param id - The record's id.
   * @param expectedVersion - The version the writer thought it was replacing (0 for a new record).
   * @param actualVersion - The version stored now (0 when there is no such record).
   */
  constructor(
    readonly id: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    const quoted = JSON.stringify(id);
    super(
      expectedVersion === 0
        ? `record ${quoted} already exists at version ${actualVersion}: pass that version to replace it`
        : actualVersion === 0
          ? `record ${quoted} was deleted after version ${expectedVersion} was read`
          : `record ${quoted} is at version ${actualVersion}, not ${expectedVersion}: read it again and retry`,
    );
  }
}

/** A value to save is not JSON, or JSON would change it on the way to storage. */
export class NotSerialisableError extends PersisterError {
  override name = 'NotSerialisableError';
  /**
   * @param path - Where in the value the problem is, such as `value.tags[1]`.
   * @param reason - What is wrong there.
   */
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot store ${path}: ${reason}`);
  }
}

/** What a store holds is not what it wrote: the file or table is damaged, and nothing was changed. */
export class CorruptStoreError extends PersisterError {
  override name = 'CorruptStoreError';
  /**
   * @param location - The file, or file and record, that is damaged.
   * @param problem - What is wrong with it.
   * @param options - The underlying error, as `cause`.
   */
  constructor(
    readonly location: string,
    problem: string,
    options?: ErrorOptions,
  ) {
    super(`${location} is corrupt: ${problem}; it was left as it is`, options);
  }
}

/** Another connection holds the store's lock; nothing was read or written, and the call can be tried again. */
export class StoreBusyError extends PersisterError {
  override name = 'StoreBusyError';
  /**
   * @param location - The store that is locked.
   * @param options - The underlying error, as `cause`.
   */
  constructor(
    readonly location: string,
    options?: ErrorOptions,
  ) {
    super(`${location} is locked by another connection; nothing was read or written, try again`, options);
  }
}

/** An id or a version that no store could accept. */
export class InvalidArgumentError extends PersisterError {
  override name = 'InvalidArgumentError';
}

/** A value from outside that lacks some of the persister methods. */
export class NotAPersisterError extends PersisterError {
  override name = 'NotAPersisterError';
  /**
   * @param label - What the value is, for the message.
   * @param missing - The persister methods it lacks.
   */
  constructor(
    label: string,
    readonly missing: readonly string[],
  ) {
    super(`${label} is not a persister: it has no ${missing.map((m) => `${m}()`).join(', ')}`);
  }
}

/**
 * Lists the persister methods a value lacks: the runtime "can it quack?" check.
 * @param value - Anything, typically from outside the type system (a plugin, a config).
 * @returns The names from {@link persisterMethods} that are not functions on it.
 */
export function missingMethods(value: unknown): string[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return [...persisterMethods];
  return persisterMethods.filter((name) => typeof Reflect.get(value, name) !== 'function');
}

/**
 * A type guard: true when the value has every persister method.
 * It checks names and that each is a function; only the contract tests check behaviour.
 * @param value - The value to check.
 * @returns Whether `value` can be used as a {@link Persister}.
 */
export function isPersister(value: unknown): value is Persister {
  return missingMethods(value).length === 0;
}

/**
 * Accepts a value from outside as a persister, or says at once what it lacks.
 * @param value - The value to check.
 * @param label - What to call the value in the error message.
 * @returns The same value, typed as a {@link Persister}.
 * @throws {@link NotAPersisterError} naming every missing method.
 */
export function asPersister(value: unknown, label = 'the value'): Persister {
  const missing = missingMethods(value);
  if (missing.length > 0) throw new NotAPersisterError(label, missing);
  return value as Persister;
}

function kindOf(value: object): string {
  const name = (value.constructor as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object with a custom prototype';
}

function propertyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function check(value: unknown, path: string, ancestors: object[]): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value))
        throw new NotSerialisableError(path, `${value} is not JSON (JSON.stringify writes null)`);
      if (Object.is(value, -0)) throw new NotSerialisableError(path, '-0 would come back as 0');
      return;
    case 'undefined':
      throw new NotSerialisableError(path, 'undefined is not JSON (JSON.stringify drops it)');
    case 'bigint':
    case 'symbol':
    case 'function':
      throw new NotSerialisableError(path, `a ${typeof value} is not JSON`);
  }
  if (typeof value !== 'object' || value === null) return;
  if (ancestors.includes(value)) throw new NotSerialisableError(path, 'it refers back to itself (a cycle)');
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw new NotSerialisableError(`${path}[${i}]`, 'a hole in an array would come back as null');
      check(value[i], `${path}[${i}]`, inner);
    }
    const named = Object.getOwnPropertyNames(value).find((key) => key !== 'length' && !/^(0|[1-9]\d*)$/.test(key));
    if (named !== undefined)
      throw new NotSerialisableError(propertyPath(path, named), 'JSON drops a named property of an array');
    if (Object.getOwnPropertySymbols(value).length > 0)
      throw new NotSerialisableError(path, 'symbol keys are not JSON');
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new NotSerialisableError(path, `${kindOf(value)} is not a plain object, and JSON would not bring it back`);
  }
  if (Object.getOwnPropertySymbols(value).length > 0) throw new NotSerialisableError(path, 'symbol keys are not JSON');
  const hidden = Object.getOwnPropertyNames(value).find(
    (key) => !Object.prototype.propertyIsEnumerable.call(value, key),
  );
  if (hidden !== undefined)
    throw new NotSerialisableError(propertyPath(path, hidden), 'JSON drops a property that is not enumerable');
  for (const [key, child] of Object.entries(value)) check(child, propertyPath(path, key), inner);
}

/**
 * Turns a value into the JSON text a store keeps, refusing anything JSON would change or drop.
 * @param value - The value to save.
 * @returns Its JSON text.
 * @throws {@link NotSerialisableError} naming where the first problem is.
 */
export function encode(value: unknown): string {
  check(value, 'value', []);
  return JSON.stringify(value);
}

/**
 * Parses JSON text that a store wrote earlier.
 * @param text - The stored text.
 * @param location - Where it was read from, for the error message.
 * @returns The value.
 * @throws {@link CorruptStoreError} when the text is not JSON.
 */
export function decode(text: string, location: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw new CorruptStoreError(location, 'it is not valid JSON', { cause: error });
  }
}

/**
 * Refuses an id no store could keep.
 * @param id - The id to check.
 * @throws {@link InvalidArgumentError} unless it is a non-empty string.
 */
export function checkId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id === '')
    throw new InvalidArgumentError(`an id is a non-empty string, not ${typeof id === 'string' ? '""' : String(id)}`);
}

/**
 * Refuses a version no record could have.
 * @param version - The expected version to check.
 * @throws {@link InvalidArgumentError} unless it is a whole number from 0 up.
 */
export function checkVersion(version: unknown): asserts version is number {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new InvalidArgumentError(`an expected version is a whole number from 0 up, not ${String(version)}`);
  }
}

/**
 * The optimistic check every write makes before it writes.
 * @param id - The record's id.
 * @param expectedVersion - The version the writer names.
 * @param actualVersion - The version stored now, 0 when there is none.
 * @throws {@link ConflictError} when they differ.
 */
export function checkExpected(id: string, expectedVersion: number, actualVersion: number): void {
  if (expectedVersion !== actualVersion) throw new ConflictError(id, expectedVersion, actualVersion);
}
