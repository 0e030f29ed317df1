/** How a service talks to another: given in code, or read from the JSON file of per-service settings. */
export interface ClientOptions {
  readonly baseUrl: string;
  /** How long to wait for a response, in milliseconds. */
  readonly timeoutMs?: number;
  /** How often a failed request is sent again. */
  readonly retries?: number;
}

export interface ClientConfig {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly retries: number;
}

const defaults = { timeoutMs: 10_000, retries: 2 };

/** The settings an HTTP client runs with: the options given, and a default for each one left out. */
export function clientConfig(options: ClientOptions): ClientConfig {
  const unknown = Object.keys(options).filter((key) => !(key in defaults));
  if (unknown.length > 0) throw new TypeError(`unknown client options: ${unknown.join(', ')}`);
  return {
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
    retries: options.retries ?? defaults.retries,
  };
}
