import js from '@eslint/js';
import { transform, type TransformOptions } from 'esbuild';
import { Linter } from 'eslint';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { loader } from '#kit/runner.ts';
import { answerErrors as answerCatchAll } from './instead-of-catch-all.ts';
import { parseQuote as parseDroppingCause } from './instead-of-dropped-cause.ts';
import { answerErrors as answerLeafList } from './instead-of-leaf-list.ts';
import { createQuoteClient as createStringThrowingClient } from './instead-of-thrown-strings.ts';
import {
  AppError,
  answerErrors,
  BadRequestError,
  createQuoteClient,
  MethodNotAllowedError,
  NotFoundError,
  quoteRoutes,
  readSymbol,
  RequiredFieldError,
  ResponseError,
  UnauthorizedError,
  UniqueFieldError,
  ValidationError,
  type FetchQuote,
  type JsonRequest,
  type QuoteClient,
  type Route,
} from './index.ts';

const here = (file: string) => join(fileURLToPath(new URL('.', import.meta.url)), file);

/** A quote service that knows `prices`, refuses the token `expired`, and records every URL it is asked for. */
function quoteService(prices: Record<string, number>): FetchQuote & { readonly asked: string[] } {
  const asked: string[] = [];
  const fetchQuote = (url: string, init: { readonly headers: Record<string, string> }) => {
    asked.push(url);
    if (init.headers.authorization === 'Bearer expired') return Promise.resolve(new Response('', { status: 401 }));
    const symbol = decodeURIComponent(url.split('/').at(-1) ?? '');
    const price = prices[symbol];
    if (price === undefined) return Promise.resolve(new Response('', { status: 404 }));
    return Promise.resolve(new Response(JSON.stringify({ symbol, price, currency: 'USD' }), { status: 200 }));
  };
  return Object.assign(fetchQuote, { asked });
}

/** A quote service that gives these answers in turn, one per request. */
function answering(...answers: (Response | Error)[]): FetchQuote & { readonly asked: string[] } {
  const asked: string[] = [];
  const fetchQuote = (url: string) => {
    asked.push(url);
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`no answer left for request ${asked.length}`);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return Object.assign(fetchQuote, { asked });
}

const ok = (body: string) => new Response(body, { status: 200 });
const acme = JSON.stringify({ symbol: 'ACME', price: 12.5, currency: 'USD' });

function api(quotes: QuoteClient = createQuoteClient(quoteService({ ACME: 12.5, INITECH: 3 }), 'https://quotes.test')) {
  return answerErrors(quoteRoutes(quotes, new Set()));
}

const get = (path: string, token = 'good'): JsonRequest => ({ method: 'GET', path, token });
const anonymous = (path: string): JsonRequest => ({ method: 'GET', path });
const post = (body: string): JsonRequest => ({ method: 'POST', path: '/watchlist', token: 'good', body });

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function lookUp(): never {
  throw new NotFoundError('no quote for ACME');
}

describe('error hierarchy', () => {
  describe('the tree', () => {
    it('pattern: each error names its own class in name, String() and the first line of its stack', () => {
      const errors = [
        new AppError('a'),
        new RequiredFieldError('symbol'),
        new UniqueFieldError('symbol', 'ACME'),
        new BadRequestError('b'),
        new UnauthorizedError('u'),
        new NotFoundError('n'),
        new MethodNotAllowedError('PUT', ['GET']),
      ];
      for (const error of errors) {
        expect(error.name).toBe(error.constructor.name);
        expect(String(error)).toBe(`${error.constructor.name}: ${error.message}`);
        expect(error.stack?.split('\n')[0]).toBe(`${error.constructor.name}: ${error.message}`);
      }
      expect(errors.map((e) => e.name)).toEqual([
        'AppError',
        'RequiredFieldError',
        'UniqueFieldError',
        'BadRequestError',
        'UnauthorizedError',
        'NotFoundError',
        'MethodNotAllowedError',
      ]);
    });

    it('pattern: the stack starts at the function that threw, not inside the error constructors', () => {
      const error = caughtSync(lookUp);
      expect(error.stack?.split('\n')[1]).toMatch(/^ {4}at lookUp /);
      expect(error.stack).not.toMatch(/at new (NotFoundError|ResponseError|AppError)/);
    });

    it('pattern: a leaf added later gets its class name without writing one', () => {
      class GoneError extends ResponseError {
        readonly status = 410;
      }
      expect(new GoneError('delisted').name).toBe('GoneError');
    });

    it('instead-of: a name written once in the base class is what every leaf reports', () => {
      class BaseError extends Error {
        constructor(message: string) {
          super(message);
          this.name = 'BaseError';
        }
      }
      class MissingError extends BaseError {}
      expect(new MissingError('gone').name).toBe('BaseError');
      expect(new MissingError('gone').stack?.split('\n')[0]).toBe('BaseError: gone');
    });

    it('pattern: instanceof holds at every level above a leaf and at none beside it', () => {
      const error = new NotFoundError('n');
      expect([
        error instanceof NotFoundError,
        error instanceof ResponseError,
        error instanceof AppError,
        error instanceof Error,
      ]).toEqual([true, true, true, true]);
      expect([error instanceof ValidationError, error instanceof UnauthorizedError]).toEqual([false, false]);
      expect(new UniqueFieldError('symbol', 'ACME')).toBeInstanceOf(ValidationError);
      expect(new UniqueFieldError('symbol', 'ACME')).not.toBeInstanceOf(ResponseError);
    });

    it('pattern: each response error carries its status, and only leaves can be made', () => {
      const statuses = [
        new BadRequestError('b'),
        new UnauthorizedError('u'),
        new NotFoundError('n'),
        new MethodNotAllowedError('PUT', ['GET']),
      ].map((e) => e.status);
      expect(statuses).toEqual([400, 401, 404, 405]);
      expectTypeOf(NotFoundError).toBeConstructibleWith('n');
      // @ts-expect-error the branch classes are abstract: throw a leaf, catch the branch
      expectTypeOf(ResponseError).toBeConstructibleWith('which status?');
      // @ts-expect-error the branch classes are abstract: throw a leaf, catch the branch
      expectTypeOf(ValidationError).toBeConstructibleWith('symbol', 'which rule?');
    });

    it('caveat: a second copy of the module has its own classes, so instanceof fails across copies while name still matches', async () => {
      const copy = await loader<typeof import('./errors.ts')>(here('errors.ts'))();
      const error = new copy.NotFoundError('from the other copy');
      expect(error).not.toBeInstanceOf(NotFoundError);
      expect(error).not.toBeInstanceOf(AppError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('NotFoundError');
    });
  });

  describe('the quote client handles what it owns', () => {
    it('pattern: returns the quote, asking for the symbol with the user token', async () => {
      const service = quoteService({ 'BRK.B': 400 });
      expect(await createQuoteClient(service, 'https://quotes.test').quote('BRK.B', 'good')).toEqual({
        symbol: 'BRK.B',
        price: 400,
        currency: 'USD',
      });
      expect(service.asked).toEqual(['https://quotes.test/quotes/BRK.B']);
    });

    it('pattern: turns 404 into NotFoundError and 401 or 403 into UnauthorizedError for its caller', async () => {
      const client = createQuoteClient(quoteService({}), 'https://quotes.test');
      await expect(client.quote('NOPE', 'good')).rejects.toThrow(new NotFoundError('no quote for NOPE'));
      await expect(client.quote('NOPE', 'good')).rejects.toBeInstanceOf(NotFoundError);
      await expect(client.quote('ACME', 'expired')).rejects.toBeInstanceOf(UnauthorizedError);
      const forbidden = createQuoteClient(answering(new Response('', { status: 403 })), 'https://quotes.test');
      await expect(forbidden.quote('ACME', 'good')).rejects.toBeInstanceOf(UnauthorizedError);
    });

    it('pattern: a malformed body once is a glitch it retries, and the caller never hears of it', async () => {
      const service = answering(ok('{"symbol": "ACM'), ok(acme));
      expect(await createQuoteClient(service, 'https://quotes.test').quote('ACME', 'good')).toEqual(JSON.parse(acme));
      expect(service.asked).toHaveLength(2);
    });

    it('pattern: a malformed body twice becomes an AppError whose cause is the SyntaxError', async () => {
      const service = answering(ok('{"symbol": "ACM'), ok('{"price": "cheap"}'));
      const error = await caught(createQuoteClient(service, 'https://quotes.test').quote('ACME', 'good'));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).constructor).toBe(AppError);
      expect((error as AppError).message).toBe('the quote service sent a malformed body for ACME twice');
      expect((error as AppError).cause).toBeInstanceOf(SyntaxError);
      expect((error as AppError).cause).toHaveProperty('message', 'not a quote: {"price": "cheap"}');
      expect(service.asked).toHaveLength(2);
    });

    it('pattern: an error it does not own goes on as the very same object, without a retry', async () => {
      const down = new TypeError('fetch failed');
      const service = answering(down);
      expect(await caught(createQuoteClient(service, 'https://quotes.test').quote('ACME', 'good'))).toBe(down);
      expect(service.asked).toHaveLength(1);
    });

    it('pattern: any other status is an AppError naming it', async () => {
      const client = createQuoteClient(answering(new Response('', { status: 503 })), 'https://quotes.test');
      await expect(client.quote('ACME', 'good')).rejects.toThrow(
        new AppError('the quote service answered 503 for ACME'),
      );
    });

    it('pattern: the global fetch fits the injected fetch type', () => {
      expectTypeOf(fetch).toExtend<FetchQuote>();
    });
  });

  describe('the HTTP edge answers whole branches', () => {
    it('pattern: a quote answers 200', async () => {
      expect(await api()(get('/quotes/ACME'))).toEqual({
        status: 200,
        headers: {},
        body: { symbol: 'ACME', price: 12.5, currency: 'USD' },
      });
    });

    it('pattern: every ResponseError answers its own status and message, from however deep it was thrown', async () => {
      const answer = api();
      expect(await answer(get('/quotes/NOPE'))).toEqual({
        status: 404,
        headers: {},
        body: { error: 'no quote for NOPE' },
      });
      expect(await answer(anonymous('/quotes/ACME'))).toEqual({
        status: 401,
        headers: {},
        body: { error: 'sign in first' },
      });
      expect(await answer(get('/quotes/ACME', 'expired'))).toEqual({
        status: 401,
        headers: {},
        body: { error: 'the quote service refused your token' },
      });
      expect(await answer(get('/nowhere'))).toEqual({
        status: 404,
        headers: {},
        body: { error: 'nothing at /nowhere' },
      });
      expect(await answer(get('/quotes/%E0'))).toEqual({
        status: 400,
        headers: {},
        body: { error: '%E0 is not a valid path segment' },
      });
      expect(await answer(post('{"symbol": '))).toEqual({
        status: 400,
        headers: {},
        body: { error: 'the body is not JSON' },
      });
    });

    it('pattern: a 405 carries the allowed methods in the allow header', async () => {
      const answer = api();
      expect(await answer({ method: 'PUT', path: '/quotes/ACME' })).toEqual({
        status: 405,
        headers: { allow: 'GET' },
        body: { error: 'PUT is not allowed here; use GET' },
      });
      expect(await answer({ method: 'DELETE', path: '/watchlist' })).toMatchObject({
        status: 405,
        headers: { allow: 'GET, POST' },
      });
    });

    it('pattern: every ValidationError answers 422 naming its field', async () => {
      const answer = api();
      expect(await answer(post('{}'))).toEqual({
        status: 422,
        headers: {},
        body: { error: 'symbol is required', field: 'symbol' },
      });
      expect(await answer(post('{"symbol": "  "}'))).toMatchObject({ status: 422, body: { field: 'symbol' } });
      expect(await answer(post('{"symbol": "acme"}'))).toEqual({ status: 201, headers: {}, body: { symbol: 'ACME' } });
      expect(await answer(post('{"symbol": "ACME"}'))).toEqual({
        status: 422,
        headers: {},
        body: { error: 'symbol ACME is already taken', field: 'symbol' },
      });
      expect(await answer(anonymous('/watchlist'))).toEqual({ status: 200, headers: {}, body: ['ACME'] });
    });

    it('pattern: watching a symbol the service does not know answers 404 and watches nothing', async () => {
      const answer = api();
      expect(await answer(post('{"symbol": "NOPE"}'))).toMatchObject({ status: 404 });
      expect(await answer(get('/watchlist'))).toMatchObject({ body: [] });
    });

    it('pattern: a leaf added later is answered with no change to the handler', async () => {
      class GoneError extends ResponseError {
        readonly status = 410;
      }
      const route: Route = () => Promise.reject(new GoneError('ACME was delisted'));
      expect(await answerErrors(route)(get('/quotes/ACME'))).toEqual({
        status: 410,
        headers: {},
        body: { error: 'ACME was delisted' },
      });
    });

    it('pattern: an error HTTP does not own is re-thrown as the very same object', async () => {
      const bug = new TypeError("Cannot read properties of undefined (reading 'price')");
      const answer = api({ quote: () => Promise.reject(bug) });
      expect(await caught(answer(get('/quotes/ACME')))).toBe(bug);

      const glitchy = api(createQuoteClient(answering(ok('{'), ok('{')), 'https://quotes.test'));
      const gaveUp = await caught(glitchy(get('/quotes/ACME')));
      expect(gaveUp).toBeInstanceOf(AppError);
      expect(gaveUp).not.toBeInstanceOf(ResponseError);
      expect((gaveUp as AppError).cause).toBeInstanceOf(SyntaxError);
    });

    it('pattern: a body that is not JSON becomes a BadRequestError wrapping the SyntaxError with its stack', () => {
      const error = caughtSync(() => readSymbol('{"symbol": '));
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error.cause).toBeInstanceOf(SyntaxError);
      expect((error.cause as SyntaxError).stack).toMatch(/^SyntaxError: .*JSON[\s\S]*\n {4}at JSON\.parse/);
      expect(caughtSync(() => readSymbol(undefined)).cause).toBeInstanceOf(SyntaxError);
    });
  });

  describe('instead of', () => {
    it('instead-of: a thrown string has no class and no stack, so the edge cannot answer it and it escapes', async () => {
      const client = createStringThrowingClient(quoteService({}), 'https://quotes.test');
      const thrown = await caught(client.quote('NOPE', 'good'));
      expect(thrown).toBe('no quote for NOPE');
      expect(thrown).not.toBeInstanceOf(Error);
      expect(thrown).not.toHaveProperty('stack');
      expect(await caught(api(client)(get('/quotes/NOPE')))).toBe('no quote for NOPE');
    });

    it('instead-of: a catch-all answers a missing quote and an expired token with 500', async () => {
      const answer = answerCatchAll(quoteRoutes(createQuoteClient(quoteService({}), 'https://quotes.test'), new Set()));
      expect(await answer(get('/quotes/NOPE'))).toMatchObject({ status: 500 });
      expect(await answer(get('/quotes/NOPE', 'expired'))).toMatchObject({ status: 500 });
    });

    it('instead-of: a catch-all swallows a bug and sends its message to the user instead of up to the log', async () => {
      const bug = new TypeError("Cannot read properties of undefined (reading 'price')");
      const answer = answerCatchAll(quoteRoutes({ quote: () => Promise.reject(bug) }, new Set()));
      expect(await answer(get('/quotes/ACME'))).toEqual({
        status: 500,
        headers: {},
        body: { error: "TypeError: Cannot read properties of undefined (reading 'price')" },
      });
    });

    it('instead-of: a new Error thrown in a catch loses the SyntaxError: no cause, and no longer a SyntaxError', () => {
      const error = caughtSync(() => parseDroppingCause('{"symbol": "ACM'));
      expect(error.constructor).toBe(Error);
      expect(error.cause).toBeUndefined();
      expect(error.message).toMatch(/^could not read the quote: SyntaxError: /);
    });

    it('instead-of: with the cause dropped, the client no longer recognises the glitch it owns and does not retry', async () => {
      const load = loader<typeof import('./quote-client.ts')>(here('quote-client.ts'), {
        [here('parse-quote.ts')]: here('instead-of-dropped-cause.ts'),
      });
      const service = answering(ok('{"symbol": "ACM'), ok(acme));
      const error = await caught(
        (await load()).createQuoteClient(service, 'https://quotes.test').quote('ACME', 'good'),
      );
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(SyntaxError);
      expect(service.asked).toHaveLength(1);
    });

    it('instead-of: a handler that lists leaves lets the leaf it forgot escape, and every leaf added later', async () => {
      const routes = quoteRoutes(createQuoteClient(quoteService({ ACME: 12.5 }), 'https://quotes.test'), new Set());
      const answer = answerLeafList(routes);
      expect(await answer(get('/quotes/NOPE'))).toMatchObject({ status: 404 });
      expect(await caught(answer({ method: 'DELETE', path: '/watchlist' }))).toBeInstanceOf(MethodNotAllowedError);

      class GoneError extends ResponseError {
        readonly status = 410;
      }
      const gone = new GoneError('ACME was delisted');
      expect(await caught(answerLeafList(() => Promise.reject(gone))(get('/quotes/ACME')))).toBe(gone);
    });
  });
});

function caughtSync(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected an Error, caught ${typeof error}`, { cause: error });
  }
  throw new Error('expected a throw');
}

describe('error hierarchy: what the README says about tools', () => {
  it('caveat: preserve-caught-error is on in ESLint 10’s recommended config, and ignores a catch with no binding', () => {
    expect(js.configs.recommended.rules['preserve-caught-error']).toBe('error');
    const linter = new Linter();
    const fired = (code: string) =>
      linter
        .verify(code, [js.configs.recommended, { rules: { 'no-unused-vars': 'off' } }])
        .map((message) => message.ruleId)
        .filter((rule) => rule === 'preserve-caught-error');
    expect(fired('try { f(); } catch (error) { throw new Error("lost"); }')).toEqual(['preserve-caught-error']);
    expect(fired('try { f(); } catch { throw new Error("lost"); }')).toEqual([]);
    expect(fired('try { f(); } catch (error) { throw new BadRequestError("lost"); }')).toEqual([]);
  });

  it('caveat: esbuild --minify renames a class only once it knows the format, or bundles', async () => {
    const source =
      'export class NotFoundError extends Error {}\nexport const name = new NotFoundError().constructor.name;';
    const minified = async (options: TransformOptions) => {
      const { code } = await transform(source, { loader: 'ts', minify: true, ...options });
      return code.includes('class NotFoundError');
    };
    expect(await minified({})).toBe(true);
    expect(await minified({ format: 'iife' })).toBe(false);
    expect(await minified({ format: 'esm' })).toBe(false);
    expect(await minified({ format: 'cjs' })).toBe(false);
  });
});
