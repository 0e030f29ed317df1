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
  // still the trap: without a token, the defaults' own headers object is handed to the caller
  const options = { ...DEFAULT_OPTIONS, retryOn: [...DEFAULT_OPTIONS.retryOn, ...retryOn] };
  if (token !== undefined) options.headers = { ...options.headers, authorization: `Bearer ${token}` };
  return options;
}

export class Client {
  static defaultPlugins = ['retry'];
  readonly plugins = [...Client.defaultPlugins];

  use(plugin: string): this {
    this.plugins.push(plugin);
    return this;
  }
}
