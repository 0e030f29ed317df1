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

/** The settings an HTTP client runs with: the options given, and a default for each one left out. */
export function clientConfig<T extends ClientOptions>(
  options: T & Record<Exclude<keyof T, keyof ClientOptions>, never>,
): ClientConfig {
  return { baseUrl: options.baseUrl, timeoutMs: options.timeoutMs ?? 10_000, retries: options.retries ?? 2 };
}
