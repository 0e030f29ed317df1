export interface Settings {
  readonly theme: 'light' | 'dark';
  readonly pageSize: number;
}

export interface Connection {
  readSettings(userId: string): Promise<Settings>;
}

export interface Pool {
  acquire(): Connection;
  release(connection: Connection): void;
}

export async function withConnection<T>(pool: Pool, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = pool.acquire();
  try {
    return await work(connection).finally(() => pool.release(connection));
  } finally {
    pool.release(connection);
  }
}

export async function loadSettings(pool: Pool, userId: string): Promise<Settings> {
  try {
    return await withConnection(pool, (connection) => connection.readSettings(userId));
  } catch {
    return { theme: 'light', pageSize: 20 };
  }
}
