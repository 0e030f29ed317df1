import { inspect } from 'node:util';
import type { PriceSource } from './price-feed.ts';
import type { RetryOptions } from './retry.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any erases the parameter and result types of whatever is wrapped
type AnyFunction = (...args: any[]) => any;

export function logged(fn: AnyFunction, log: (line: string) => void): AnyFunction {
  return (...args) => {
    log(`→ ${fn.name}(${args.map((arg) => inspect(arg)).join(', ')})`);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument -- an arrow has no this of its own, so fn is called with none
    const result = fn(...args);
    log(`← ${fn.name} = ${inspect(result)}`);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- the result comes back as any
    return result;
  };
}

export function retry(options: RetryOptions) {
  return (method: AnyFunction): AnyFunction =>
    async (...args) => {
      for (let attempt = 1; ; attempt++) {
        try {
          // eslint-disable-next-line @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- method is called with no this
          return await method(...args);
        } catch (error) {
          if (attempt >= options.attempts || !options.retryOn(error)) throw error;
        }
      }
    };
}

export class TransientError extends Error {
  override name = 'TransientError';
}

export class PriceFeed {
  calls = 0;

  constructor(readonly source: PriceSource) {}

  @retry({ attempts: 3, retryOn: (error) => error instanceof TransientError })
  async price(symbol: string): Promise<number> {
    this.calls += 1;
    return this.source(symbol);
  }
}
