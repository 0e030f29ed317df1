export interface RequestOptions {
  timeoutMs: number;
  retryOn: number[];
  headers: Record<string, string>;
}

const DEFAULT_TAGS = ['service:web'];

const DEFAULT_OPTIONS: RequestOptions = {
  timeoutMs: 5000,
  retryOn: [502, 503],
  headers: { accept: 'application/json' },
};

export function addTag(tag: string, tags: string[] = []): string[] {
  tags.push(tag);
  return tags;
}

// the trap: the default runs on every call, but it names the one module-level array
export function routeTags(route: string, tags: string[] = DEFAULT_TAGS): string[] {
  return addTag(`route:${route}`, tags);
}

export function requestOptions(token?: string, retryOn: readonly number[] = []): RequestOptions {
  // the trap: the spread copies one level, so retryOn and headers are still the defaults' own
  const options = { ...DEFAULT_OPTIONS };
  options.retryOn.push(...retryOn);
  if (token !== undefined) options.headers.authorization = `Bearer ${token}`;
  return options;
}

export class Client {
  static defaultPlugins = ['retry'];
  // the trap: each client gets the static array itself, not a copy of it
  readonly plugins = Client.defaultPlugins;

  use(plugin: string): this {
    this.plugins.push(plugin);
    return this;
  }
}
