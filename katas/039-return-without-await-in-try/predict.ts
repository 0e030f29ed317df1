import { loadSettings } from './broken.ts';

const log: string[] = [];
const connection = {
  readSettings(userId: string): Promise<never> {
    log.push(`read ${userId}`);
    return new Promise(() => undefined);
  },
};
const pool = {
  acquire: () => (log.push('acquire'), connection),
  release: () => log.push('release'),
};
void loadSettings(pool, 'ada');
console.log(log);
