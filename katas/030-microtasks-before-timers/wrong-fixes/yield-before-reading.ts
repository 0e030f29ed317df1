/** What one euro cent is worth in each currency, by currency code. */
export type Rates = Readonly<Record<string, number>>;

export interface Converter {
  /** `cents` euro cents in `currency`, rounded to its whole cents; rejects for a currency without a rate. */
  readonly convert: (cents: number, currency: string) => Promise<number>;
}

/** A converter that starts loading the rates at start-up, without making start-up wait for them. */
export function createConverter(loadRates: () => Promise<Rates>): Converter {
  let rates: Promise<Rates> | undefined;
  setTimeout(() => {
    rates = loadRates();
  }, 0);
  return {
    convert: async (cents, currency) => {
      await Promise.resolve();
      const rate = (await rates)?.[currency];
      if (rate === undefined) throw new Error(`no rate for ${currency}`);
      return Math.round(cents * rate);
    },
  };
}
