import { describe, expect, it } from 'vitest';
import { ordersApi, type OrderStore } from './app.ts';
import {
  compose,
  dispatch,
  handle,
  handleErrors,
  HttpError,
  logRequests,
  NextCalledTwiceError,
  type Context,
  type Middleware,
} from './index.ts';
import { app as errorHandlerLast } from './instead-of-error-handler-last.ts';
import { retryOnce } from './instead-of-next-twice.ts';
import { logRequests as logWithoutAwait } from './instead-of-unawaited-next.ts';

const get = (path: string) => ({ method: 'GET', path });
const post = (path: string) => ({ method: 'POST', path });

/** Lets every callback already queued run: promise reactions and a turn of the event loop. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A store whose answers wait for a turn of the event loop, as a database's would, and that records each charge. */
function store(): OrderStore & { charges: string[] } {
  const charges: string[] = [];
  return {
    charges,
    list: async () => {
      await settle();
      return ['A-17', 'B-18'];
    },
    charge: async (id) => {
      await settle();
      if (id !== 'A-17') throw new HttpError(404, `no order ${id}`);
      charges.push(id);
      return { charged: id };
    },
  };
}

function recorder() {
  const lines: string[] = [];
  const reported: unknown[] = [];
  return { lines, reported, log: (line: string) => lines.push(line), report: (error: unknown) => reported.push(error) };
}

/** A layer that writes `mark` into the trace on the way in and on the way out. */
const traced =
  (trace: string[], mark: string): Middleware =>
  async (_context, next) => {
    trace.push(`${mark} in`);
    await next();
    trace.push(`${mark} out`);
  };

describe('middleware: compose', () => {
  it('runs the layers as an onion: in from the first, out from the last', async () => {
    const trace: string[] = [];
    const app = compose([traced(trace, 'a'), traced(trace, 'b'), traced(trace, 'c')]);
    await app({ request: get('/'), response: { status: 404, body: '' } }, async () => {
      await settle();
      trace.push('next');
    });
    expect(trace).toEqual(['a in', 'b in', 'c in', 'next', 'c out', 'b out', 'a out']);
  });

  it('composes composed pipelines, and an empty one just runs next', async () => {
    const trace: string[] = [];
    const inner = compose([traced(trace, 'b'), traced(trace, 'c')]);
    const response = await handle(compose([traced(trace, 'a'), inner, compose([])]), get('/'));
    expect(trace).toEqual(['a in', 'b in', 'c in', 'c out', 'b out', 'a out']);
    expect(response).toEqual({ status: 404, body: 'not found' });
  });

  it('lets a layer answer without calling next, and the layers inside it never run', async () => {
    const trace: string[] = [];
    const answer: Middleware = ({ response }) => {
      response.status = 204;
      return Promise.resolve();
    };
    const response = await handle(compose([traced(trace, 'a'), answer, traced(trace, 'never')]), get('/'));
    expect(response.status).toBe(204);
    expect(trace).toEqual(['a in', 'a out']);
  });
});

describe('middleware: the orders API', () => {
  it('dispatches by method and path, and answers any other request with 404', async () => {
    const { lines, log, report } = recorder();
    const app = ordersApi(store(), log, report);
    expect(await handle(app, get('/orders'))).toEqual({ status: 200, body: ['A-17', 'B-18'] });
    expect(await handle(app, post('/orders/A-17/charge'))).toEqual({ status: 201, body: { charged: 'A-17' } });
    expect(await handle(app, get('/orders/A-17/charge'))).toEqual({ status: 404, body: 'not found' });
    expect(lines).toEqual(['GET /orders 200', 'POST /orders/A-17/charge 201', 'GET /orders/A-17/charge 404']);
  });

  it('answers an HttpError with its status, and a bug with a 500 that shows nothing and is reported', async () => {
    const { lines, reported, log, report } = recorder();
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const broken: OrderStore = {
      list: () => Promise.reject(bug),
      charge: () => Promise.reject(new HttpError(409, 'already charged')),
    };
    const app = ordersApi(broken, log, report);
    expect(await handle(app, post('/orders/A-17/charge'))).toEqual({ status: 409, body: { error: 'already charged' } });
    expect(await handle(app, get('/orders'))).toEqual({ status: 500, body: { error: 'internal error' } });
    expect(reported).toEqual([bug]);
    expect(lines).toEqual(['POST /orders/A-17/charge 409', 'GET /orders 500']);
  });
});

describe('middleware: what the instead-of versions cost', () => {
  it('an un-awaited next() sends the response before the route has written it, and logs the wrong status', async () => {
    const { lines, log } = recorder();
    const orders = store();
    const written: string[] = [];
    const route: Middleware = async ({ response }) => {
      const body = await orders.list();
      response.status = 200;
      response.body = body;
      written.push('200 written');
    };
    const sent = await handle(compose([logWithoutAwait(log), dispatch({ 'GET /orders': route })]), get('/orders'));
    expect(sent).toEqual({ status: 404, body: 'not found' });
    expect(lines).toEqual(['GET /orders 404']);
    expect(written).toEqual([]);
    await settle();
    expect(written).toEqual(['200 written']);
    expect(await handle(compose([logRequests(log), dispatch({ 'GET /orders': route })]), get('/orders'))).toEqual({
      status: 200,
      body: ['A-17', 'B-18'],
    });
  });

  it('a layer that calls next() twice is refused with a clear error, and the charge runs once', async () => {
    const orders = store();
    let attempts = 0;
    const flaky: Middleware = async ({ response }) => {
      attempts += 1;
      response.body = await orders.charge('A-17');
      throw new Error('the connection dropped after the charge');
    };
    const app = compose([retryOnce, flaky]);
    const context: Context = { request: post('/orders/A-17/charge'), response: { status: 404, body: '' } };
    const failure = app(context, () => Promise.resolve());
    await expect(failure).rejects.toThrow(NextCalledTwiceError);
    await expect(failure).rejects.toThrow('retryOnce called next() more than once');
    expect(attempts).toBe(1);
    expect(orders.charges).toEqual(['A-17']);
  });

  it('an error layer placed after the layer that throws never sees the error, so the request fails with no answer', async () => {
    const { reported, report } = recorder();
    const bug = new TypeError('boom');
    const routes = { 'GET /orders': () => Promise.reject(bug) };
    await expect(handle(errorHandlerLast(routes, report), get('/orders'))).rejects.toBe(bug);
    expect(reported).toEqual([]);
    const first = compose([handleErrors(report), dispatch(routes)]);
    expect(await handle(first, get('/orders'))).toEqual({ status: 500, body: { error: 'internal error' } });
    expect(reported).toEqual([bug]);
  });
});

/**
 * The contract every layer keeps: it settles only after the layers inside it have, it calls next at most once,
 * and an error from inside that it does not answer reaches its caller.
 */
function middlewareContract(name: string, layer: () => Middleware) {
  describe(`middleware contract: ${name}`, () => {
    it('settles only after the layers inside it have finished', async () => {
      let finished = false;
      const context: Context = { request: get('/nowhere'), response: { status: 404, body: '' } };
      await layer()(context, async () => {
        await settle();
        finished = true;
      });
      expect(finished).toBe(true);
    });

    it('calls next at most once', async () => {
      let calls = 0;
      const context: Context = { request: get('/nowhere'), response: { status: 404, body: '' } };
      await layer()(context, () => {
        calls += 1;
        return Promise.resolve();
      });
      expect(calls).toBeLessThanOrEqual(1);
    });
  });
}

middlewareContract('logRequests', () => logRequests(() => undefined));
middlewareContract('handleErrors', () => handleErrors(() => undefined));
middlewareContract('dispatch', () => dispatch({}));
middlewareContract('compose', () => compose([logRequests(() => undefined), dispatch({})]));

describe('middleware contract: the instead-of versions break it', () => {
  it('logRequests without await settles before the layers inside it have finished', async () => {
    let finished = false;
    const context: Context = { request: get('/'), response: { status: 404, body: '' } };
    await logWithoutAwait(() => undefined)(context, async () => {
      await settle();
      finished = true;
    });
    expect(finished).toBe(false);
    await settle();
    expect(finished).toBe(true);
  });
});
