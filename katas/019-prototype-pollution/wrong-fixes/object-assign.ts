/** A user's settings: sections of preferences, such as `notifications`, nested to any depth. */
export type Settings = Record<string, unknown>;

const defaults = (): Settings => ({
  theme: 'light',
  language: 'en',
  notifications: { email: true, push: false },
});

/** The defaults, with the preferences a user saved, as JSON, merged over them. */
export function loadSettings(saved: string): Settings {
  return Object.assign(defaults(), JSON.parse(saved) as Settings);
}
