import { retry } from './retry.ts';

/** A failure worth another try, such as a timeout or a dropped connection. */
export class TransientError extends Error {
  /** Always `TransientError`. */
  override name = 'TransientError';
}

/** Where prices come from: in production a network call, in tests a stub. */
export type PriceSource = (symbol: string) => Promise<number>;

/** Prices from a source that sometimes fails for a moment. */
export class PriceFeed {
  /** How many times the source was called, retries included. */
  calls = 0;

  /** @param source - Where prices come from. */
  constructor(readonly source: PriceSource) {}

  /**
   * The latest price of `symbol`. A {@link TransientError} is tried again, up to three calls in all.
   *
   * @param symbol - The ticker symbol.
   * @returns The price.
   */
  // #region price
  @retry({ attempts: 3, retryOn: (error) => error instanceof TransientError })
  async price(symbol: string): Promise<number> {
    this.calls += 1;
    return this.source(symbol);
  }
  // #endregion price
}
