export function memoize<A extends object, R>(compute: (arg: A) => R): (arg: A) => R {
  const cache = new Map<A, R>();
  return (arg) => {
    const result = cache.get(arg) ?? compute(arg);
    cache.set(arg, result);
    return result;
  };
}
