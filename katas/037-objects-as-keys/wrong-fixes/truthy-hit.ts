export function memoize<A extends object, R>(compute: (arg: A) => R): (arg: A) => R {
  const cache = new WeakMap<A, R>();
  return (arg) => {
    const hit = cache.get(arg);
    if (hit) return hit;
    const result = compute(arg);
    cache.set(arg, result);
    return result;
  };
}
