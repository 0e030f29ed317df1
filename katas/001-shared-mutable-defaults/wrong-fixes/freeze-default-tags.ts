export interface RequestOptions {
  timeoutMs: number;
  retryOn: number[];
  headers: Record<string, string>;
}

// still the trap: the frozen array is still the one default, and addTag now throws pushing onto it
const DEFAULT_TAGS = Object.freeze(['service:web']) as string[];

const DEFAULT_OPTIONS: RequestOptions = {
  timeoutMs: 5000,
  retryOn: [502, 503],
  headers: { accept: 'application/json' },
};

export function addTag(tag: string, tags: string[] = []): string[] {
  tags.push(tag);
  return tags;
}

export function routeTags(route: string, tags: string[] = DEFAULT_TAGS): string[] {
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
  readonly plugins = [...Client.defaultPlugins];

  use(plugin: string): this {
    this.plugins.push(plugin);
    return this;
  }
}
