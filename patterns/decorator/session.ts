import { keepIdentity } from './logged.ts';

/** A signed-in user's session. */
export interface Session {
  /** Who is signed in. */
  readonly userId: string;
}

/** An HTTP request, reduced to what the guard reads. */
export interface HttpRequest {
  /** The path and query, such as `/account?tab=orders`. */
  readonly url: string;
  /** Request headers, with lower-case names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/** A request that has passed {@link requireSession}: its session is there. */
export interface SignedInRequest extends HttpRequest {
  /** The session the request's cookie points to. */
  readonly session: Session;
}

/** An HTTP answer. */
export interface HttpResponse {
  /** The HTTP status code. */
  readonly status: number;
  /** Response headers, with lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The response body. */
  readonly body: string;
}

/** Where the guard finds sessions and sends people to sign in. */
export interface SessionOptions {
  /** The session for an id from the `session` cookie, or `undefined` when there is none or it has expired. */
  readonly sessions: (id: string) => Session | undefined;
  /** The sign-in page a browser is sent to, such as `/login`. */
  readonly loginPath: string;
}

function sessionId(cookie: string | undefined): string | undefined {
  for (const pair of (cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === 'session') return value.join('=');
  }
  return undefined;
}

/**
 * Runs `handler` only for a request with a live session, and hands it the
 * request with the session attached. Without one, a browser (which accepts
 * `text/html`) is redirected to the sign-in page with the page it wanted in
 * `next`, and any other client gets a 401. The handler is never called.
 *
 * The wrapper keeps the handler's name, its `this` and any parameters after
 * the request; only the request's type changes, from {@link SignedInRequest}
 * to {@link HttpRequest}.
 *
 * @typeParam This - The `this` the handler expects; `unknown` if it uses none.
 * @typeParam Rest - The types of its parameters after the request.
 * @param handler - A handler that needs a session.
 * @param options - Where sessions come from and where sign-in is.
 * @returns A handler any request can reach.
 */
export function requireSession<This, Rest extends unknown[]>(
  handler: (this: This, request: SignedInRequest, ...rest: Rest) => Promise<HttpResponse>,
  options: SessionOptions,
): (this: This, request: HttpRequest, ...rest: Rest) => Promise<HttpResponse> {
  return keepIdentity(async function (this: This, request: HttpRequest, ...rest: Rest): Promise<HttpResponse> {
    const id = sessionId(request.headers.cookie);
    const session = id === undefined ? undefined : options.sessions(id);
    if (session !== undefined) return handler.call(this, { ...request, session }, ...rest);
    if ((request.headers.accept ?? '').includes('text/html')) {
      return {
        status: 303,
        headers: { location: `${options.loginPath}?next=${encodeURIComponent(request.url)}` },
        body: '',
      };
    }
    return { status: 401, headers: { 'content-type': 'application/json' }, body: '{"error":"sign in first"}' };
  }, handler);
}
