import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { loader } from '#kit/runner.ts';
import { logged } from './logged.ts';
import { retry, retrying } from './retry.ts';
import { requireSession, type HttpRequest, type HttpResponse, type SignedInRequest } from './session.ts';

const here = (file: string) => join(fileURLToPath(new URL('.', import.meta.url)), file);

// Files that use the @ syntax are compiled by esbuild: no released Node parses it, and vitest's own transform leaves it.
const loadPattern = loader<typeof import('./price-feed.ts')>(here('price-feed.ts'));
const loadInsteadOf = loader<typeof import('./instead-of.ts')>(here('instead-of.ts'));

function add(a: number, b: number): number {
  return a + b;
}

interface Counter {
  count: number;
  bump(by: number): number;
}

function bump(this: Counter, by: number): number {
  this.count += by;
  return this.count;
}

function recorder() {
  const lines: string[] = [];
  return { lines, log: (line: string) => lines.push(line) };
}

function flaky(failures: readonly Error[], value: number) {
  const queue = [...failures];
  const asked: string[] = [];
  const source = (symbol: string) => {
    asked.push(symbol);
    const failure = queue.shift();
    return failure === undefined ? Promise.resolve(value) : Promise.reject(failure);
  };
  return { source, calls: () => asked.length };
}

const transient = (error: unknown) => error instanceof RangeError;

const sessions = (id: string) => (id === 'live' ? { userId: 'ada' } : undefined);
const guard = { sessions, loginPath: '/login' };
const browser = (cookie?: string): HttpRequest => ({
  url: '/account?tab=orders',
  headers: { accept: 'text/html,application/xhtml+xml', cookie },
});
const apiClient = (cookie?: string): HttpRequest => ({
  url: '/api/account',
  headers: { accept: 'application/json', cookie },
});

async function account(request: SignedInRequest, tab: string): Promise<HttpResponse> {
  return Promise.resolve({ status: 200, headers: {}, body: `${request.session.userId}:${tab}` });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('decorator', () => {
  describe('the simple case: before and after the call', () => {
    it('pattern: logs a line before and a line after, and returns the result unchanged', () => {
      const { lines, log } = recorder();
      expect(logged(add, log)(2, 3)).toBe(5);
      expect(lines).toEqual(['→ add(2, 3)', '← add = 5']);
    });

    it('pattern: a throw skips the after line and reaches the caller as the same error', () => {
      const { lines, log } = recorder();
      const failure = new Error('no');
      const fail = logged(function fail(): never {
        throw failure;
      }, log);
      expect(() => fail()).toThrow(failure);
      expect(lines).toEqual(['→ fail()']);
    });

    it('pattern: for an async function the after line comes before the work ends, and shows a pending promise', async () => {
      const { lines, log } = recorder();
      const fetchPrice = logged(async function fetchPrice(symbol: string) {
        await Promise.resolve();
        return symbol.length;
      }, log);
      const pending = fetchPrice('ACME');
      expect(lines).toEqual(["→ fetchPrice('ACME')", '← fetchPrice = Promise { <pending> }']);
      expect(await pending).toBe(4);
    });

    it("pattern: keeps the wrapped function's name and length", () => {
      const wrapped = logged(add, recorder().log);
      expect([wrapped.name, wrapped.length]).toEqual(['add', 2]);
    });

    it('pattern: keeps this, so it can wrap a method', () => {
      const counter: Counter = { count: 1, bump: logged(bump, recorder().log) };
      expect(counter.bump(2)).toBe(3);
      expect(counter.count).toBe(3);
    });

    it('pattern: keeps the parameter, result and this types', () => {
      const wrapped = logged(add, recorder().log);
      expectTypeOf(wrapped).parameters.toEqualTypeOf<[a: number, b: number]>();
      expectTypeOf(wrapped).returns.toEqualTypeOf<number>();
      expectTypeOf(logged(bump, recorder().log)).thisParameter.toEqualTypeOf<Counter>();
      // @ts-expect-error a string is not a number, and the wrapper still says so
      expect(wrapped('2', 3)).toBe('23');
    });

    it('instead-of: a careless wrapper loses the name and length', async () => {
      const { logged: careless } = await loadInsteadOf();
      const wrapped = careless(add, recorder().log);
      expect([wrapped.name, wrapped.length]).toEqual(['', 0]);
    });

    it('instead-of: a careless wrapper loses this: a wrapped method throws', async () => {
      const { logged: careless } = await loadInsteadOf();
      const counter: Counter = { count: 1, bump: careless(bump, recorder().log) };
      expect(() => counter.bump(2)).toThrow(new TypeError("Cannot read properties of undefined (reading 'count')"));
    });

    it('instead-of: a careless wrapper loses the types, so wrong arguments compile and run', async () => {
      const { logged: careless } = await loadInsteadOf();
      const wrapped = careless(add, recorder().log);
      expectTypeOf(wrapped).parameters.items.toBeAny();
      expectTypeOf(wrapped).returns.toBeAny();
      expect(wrapped('2', 3)).toBe('23');
    });
  });

  describe('a realistic one: a session guard for request handlers', () => {
    it('pattern: with a live session the handler runs, given the session and its other arguments', async () => {
      const guarded = requireSession(account, guard);
      expect(await guarded(browser('theme=dark; session=live'), 'orders')).toEqual({
        status: 200,
        headers: {},
        body: 'ada:orders',
      });
    });

    it('pattern: a browser without a session is redirected to sign in, with the page it wanted in next', async () => {
      const guarded = requireSession(account, guard);
      const expected = { status: 303, headers: { location: '/login?next=%2Faccount%3Ftab%3Dorders' }, body: '' };
      expect(await guarded(browser(), 'orders')).toEqual(expected);
      expect(await guarded(browser('session=expired'), 'orders')).toEqual(expected);
    });

    it('pattern: any other client without a session gets a 401', async () => {
      const guarded = requireSession(account, guard);
      const expected = {
        status: 401,
        headers: { 'content-type': 'application/json' },
        body: '{"error":"sign in first"}',
      };
      expect(await guarded(apiClient(), 'orders')).toEqual(expected);
      expect(await guarded(apiClient('sessionx=live; session='), 'orders')).toEqual(expected);
    });

    it('pattern: without a session the handler is never called', async () => {
      let calls = 0;
      const guarded = requireSession((request: SignedInRequest) => {
        calls += 1;
        return account(request, 'orders');
      }, guard);
      await guarded(browser());
      await guarded(apiClient('session=expired'));
      expect(calls).toBe(0);
    });

    it("pattern: keeps the handler's name and this", async () => {
      const controller = {
        greeting: 'hello',
        home: requireSession(async function home(
          this: { greeting: string },
          request: SignedInRequest,
        ): Promise<HttpResponse> {
          return Promise.resolve({ status: 200, headers: {}, body: `${this.greeting} ${request.session.userId}` });
        }, guard),
      };
      expect(controller.home.name).toBe('home');
      expect(await controller.home(apiClient('session=live'))).toMatchObject({ body: 'hello ada' });
    });

    it('pattern: only the request type changes, from SignedInRequest to HttpRequest', async () => {
      const guarded = requireSession(account, guard);
      expectTypeOf(guarded).parameters.toEqualTypeOf<[request: HttpRequest, tab: string]>();
      expectTypeOf(guarded).returns.toEqualTypeOf<Promise<HttpResponse>>();
      // @ts-expect-error a handler that needs a session cannot be routed without the guard
      const unguarded: (request: HttpRequest, tab: string) => Promise<HttpResponse> = account;
      await expect(unguarded(apiClient(), 'orders')).rejects.toThrow(
        new TypeError("Cannot read properties of undefined (reading 'userId')"),
      );
    });
  });

  describe('a retry wrapper, as a function and as a standard method decorator', () => {
    it('pattern: tries a retryable failure again and returns the first success', async () => {
      const { source, calls } = flaky([new RangeError('timeout'), new RangeError('timeout')], 42);
      expect(await retrying(source, { attempts: 3, retryOn: transient })('ACME')).toBe(42);
      expect(calls()).toBe(3);
    });

    it('pattern: after the last attempt the last failure reaches the caller as thrown', async () => {
      const last = new RangeError('timeout 3');
      const { source, calls } = flaky([new RangeError('timeout 1'), new RangeError('timeout 2'), last], 42);
      expect(await rejection(retrying(source, { attempts: 3, retryOn: transient })('ACME'))).toBe(last);
      expect(calls()).toBe(3);
    });

    it('pattern: a failure retryOn refuses reaches the caller at once', async () => {
      const denied = new TypeError('unknown symbol');
      const { source, calls } = flaky([denied], 42);
      expect(await rejection(retrying(source, { attempts: 3, retryOn: transient })('ACME'))).toBe(denied);
      expect(calls()).toBe(1);
    });

    it('pattern: attempts that are not a whole number of 1 or more are refused up front, with a clear message', () => {
      const { source } = flaky([], 42);
      for (const attempts of [0, -1, 1.5, Number.NaN]) {
        expect(() => retrying(source, { attempts, retryOn: transient })).toThrow(
          new RangeError(`attempts must be a whole number of 1 or more, not ${attempts}`),
        );
        expect(() => retry({ attempts, retryOn: transient })).toThrow(RangeError);
      }
    });

    it('pattern: keeps the name and types, and accepts only async functions', async () => {
      const { source } = flaky([], 42);
      const wrapped = retrying(source, { attempts: 2, retryOn: transient });
      expect(wrapped.name).toBe('source');
      expectTypeOf(wrapped).parameters.toEqualTypeOf<[symbol: string]>();
      expectTypeOf(wrapped).returns.toEqualTypeOf<Promise<number>>();
      // @ts-expect-error the wrapper is async, so wrapping a synchronous function would turn its number into a Promise
      await expect(retrying(add, { attempts: 2, retryOn: transient })(2, 3)).resolves.toBe(5);
    });

    it('pattern: @retry on a class method retries, and the method keeps its this and name', async () => {
      const { PriceFeed, TransientError } = await loadPattern();
      const { source, calls } = flaky([new TransientError('timeout'), new TransientError('timeout')], 42);
      const feed = new PriceFeed(source);
      expect(await feed.price('ACME')).toBe(42);
      expect([feed.calls, calls()]).toEqual([3, 3]);
      expect(PriceFeed.prototype.price.name).toBe('price');
      expectTypeOf<(typeof feed)['price']>().toEqualTypeOf<(symbol: string) => Promise<number>>();
    });

    it('pattern: @retry lets a failure that is not transient through at once', async () => {
      const { PriceFeed } = await loadPattern();
      const denied = new TypeError('unknown symbol');
      const feed = new PriceFeed(flaky([denied], 42).source);
      expect(await rejection(feed.price('ACME'))).toBe(denied);
      expect(feed.calls).toBe(1);
    });

    it('instead-of: a careless method decorator calls the method without this, while its type still looks whole', async () => {
      const { PriceFeed } = await loadInsteadOf();
      const { source, calls } = flaky([], 42);
      const feed = new PriceFeed(source);
      expect(await rejection(feed.price('ACME'))).toEqual(
        new TypeError("Cannot read properties of undefined (reading 'calls')"),
      );
      expect([feed.calls, calls()]).toEqual([0, 0]);
      expect(PriceFeed.prototype.price.name).toBe('');
      expectTypeOf<(typeof feed)['price']>().toEqualTypeOf<(symbol: string) => Promise<number>>();
    });

    it('caveat: no released Node parses the @ syntax (20, 22 and 24 all throw), so it must be compiled first', () => {
      expect(['20', '22', '24']).toContain(process.versions.node.split('.')[0]);
      expect(() => new Script('function d(m) { return m; }\nclass Feed { @d price() {} }')).toThrow(
        new SyntaxError('Invalid or unexpected token'),
      );
    });

    it('caveat: the compiler refuses an unguarded handler for a function-typed property, not for a method', () => {
      interface Routes {
        home: (request: HttpRequest) => Promise<HttpResponse>;
      }
      interface MethodRoutes {
        home(request: HttpRequest): Promise<HttpResponse>;
      }
      const needsSession = (request: SignedInRequest) =>
        Promise.resolve({ status: 200, headers: {}, body: request.session.userId });
      // @ts-expect-error strictFunctionTypes checks a function-typed property's parameters contravariantly
      const routes: Routes = { home: needsSession };
      const methodRoutes: MethodRoutes = { home: needsSession };
      expect(() => methodRoutes.home({ url: '/', headers: {} })).toThrow(
        new TypeError("Cannot read properties of undefined (reading 'userId')"),
      );
      expect(routes).toEqual(methodRoutes);
    });
  });
});
