export interface Holiday {
  date: string;
  name: string;
  /** The regions that keep the holiday; empty when the whole country does. */
  regions: string[];
}

/** Gives the public holidays of a year, slowly: a call to a calendar service, say. */
export type HolidayLoader = (year: number) => Holiday[];

/** Wraps a loader so that each year is loaded once, and every later call is answered from memory. */
export function cachedHolidays(load: HolidayLoader): HolidayLoader {
  const byYear = new Map<number, Holiday[]>();
  return (year) => {
    let holidays = byYear.get(year);
    if (holidays === undefined) {
      holidays = load(year);
      byYear.set(year, holidays);
    }
    return Object.freeze(holidays) as Holiday[];
  };
}
