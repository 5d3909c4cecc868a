/** Opens the store a location names: a SQLite file path. */
import type { Store } from './store.js';
import { SqliteStore } from './sqlite/index.js';

export async function openStore(location: string): Promise<Store> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) {
    throw new Error(`${location}: unsupported store location (give a SQLite file path)`);
  }
  const store = new SqliteStore(location);
  await store.migrate();
  return store;
}
