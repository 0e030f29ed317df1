export function memoize<A extends object, R>(compute: (arg: A) => R): (arg: A) => R {
  const cache: Record<string, R> = {};
  return (arg) => {
    const key = JSON.stringify(arg);
    if (!(key in cache)) cache[key] = compute(arg);
    return cache[key] as R;
  };
}
