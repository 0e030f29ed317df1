export type Week = number[][];

const weekdays = 5;
const noBookings: number[] = [];

export function emptyWeek(): Week {
  // the callback runs once per day, but returns the same array each time
  return Array.from({ length: weekdays }, () => noBookings);
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
