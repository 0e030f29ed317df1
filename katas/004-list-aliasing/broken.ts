export type Week = number[][];

const weekdays = 5;

export function emptyWeek(): Week {
  // the trap: fill evaluates [] once and puts that one array in every day
  return new Array<number[]>(weekdays).fill([]);
}

export function book(week: Week, day: number, amount: number): void {
  const bucket = week[day];
  if (bucket === undefined) throw new RangeError(`the week has no bucket for day ${day}`);
  bucket.push(amount);
}

export function withBooking(week: Week, day: number, amount: number): Week {
  // the trap: a spread copies the outer array, and the draft shares every day with week
  const draft = [...week];
  book(draft, day, amount);
  return draft;
}
