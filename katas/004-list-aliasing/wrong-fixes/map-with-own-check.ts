export type Week = number[][];

const weekdays = 5;

export function emptyWeek(): Week {
  return Array.from({ length: weekdays }, () => []);
}

export function book(week: Week, day: number, amount: number): void {
  const bucket = week[day];
  if (bucket === undefined) throw new RangeError(`the week has no bucket for day ${day}`);
  bucket.push(amount);
}

export function withBooking(week: Week, day: number, amount: number): Week {
  // still a hole: this check lets -1, 1.5 and NaN through, and map then books them nowhere
  if (day >= week.length) throw new RangeError(`the week has no bucket for day ${day}`);
  return week.map((bucket, index) => (index === day ? [...bucket, amount] : [...bucket]));
}
