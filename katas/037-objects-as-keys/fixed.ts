export function memoize<A extends object, R>(compute: (arg: A) => R): (arg: A) => R {
  const cache = new WeakMap<A, R>();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, compute(arg));
    return cache.get(arg) as R;
  };
}
