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

export function routeTags(route: string, tags: string[] = [...DEFAULT_TAGS]): string[] {
  return addTag(`route:${route}`, tags);
}

export function requestOptions(token?: string, retryOn: readonly number[] = []): RequestOptions {
  const options = structuredClone(DEFAULT_OPTIONS);
  options.retryOn.push(...retryOn);
  if (token !== undefined) options.headers.authorization = `Bearer ${token}`;
  return options;
}

export class Client {
  static defaultPlugins = ['retry'];
  // still the trap: until use() runs, a new client holds the static array itself
  plugins = Client.defaultPlugins;

  use(plugin: string): this {
    this.plugins = [...this.plugins, plugin];
    return this;
  }
}
