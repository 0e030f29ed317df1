/** A user's settings: sections of preferences, such as `notifications`, nested to any depth. */
export type Settings = Record<string, unknown>;

Object.freeze(Object.prototype);

const defaults = (): Settings => ({
  theme: 'light',
  language: 'en',
  notifications: { email: true, push: false },
});

function isObject(value: unknown): value is Settings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(target: Settings, source: Settings): Settings {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (isObject(value) && isObject(target[key])) merge(target[key], value);
    else target[key] = value;
  }
  return target;
}

/** The defaults, with the preferences a user saved, as JSON, merged over them. */
export function loadSettings(saved: string): Settings {
  return merge(defaults(), JSON.parse(saved) as Settings);
}
