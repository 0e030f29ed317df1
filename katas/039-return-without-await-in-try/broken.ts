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
    // eslint-disable-next-line @typescript-eslint/return-await -- the trap: the finally runs as soon as the promise is returned, while the work is still in flight
    return work(connection);
  } finally {
    pool.release(connection);
  }
}

export async function loadSettings(pool: Pool, userId: string): Promise<Settings> {
  try {
    // eslint-disable-next-line @typescript-eslint/return-await -- the trap: the promise rejects after the try is left, so the catch never sees it
    return withConnection(pool, (connection) => connection.readSettings(userId));
  } catch {
    return { theme: 'light', pageSize: 20 };
  }
}
