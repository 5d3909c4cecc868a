/** Opens the store a location names: a SQLite file path, or a `postgres://` / `postgresql://` URL. */
import type { Store } from './store.js';
import { SqliteStore } from './sqlite/index.js';

/** True for a URL (`scheme://…`) rather than a file path. */
export function isStoreUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/** The location as it may be shown: a URL's password is masked. */
export function displayLocation(location: string): string {
  if (!isStoreUrl(location)) return location;
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}

export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    // the pg driver loads only when a PostgreSQL store is opened
    const { PostgresStore } = await import('./postgres/index.js');
    const store = new PostgresStore(location);
    try {
      await store.migrate();
    } catch (e) {
      await store.close();
      throw new Error(`${displayLocation(location)}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    return store;
  }
  if (isStoreUrl(location)) {
    throw new Error(`${location}: unsupported store location (give a SQLite file path or a postgres:// URL)`);
  }
  // the file's problem ("file is not a database", "unable to open database file") names the file
  let store: SqliteStore | undefined;
  try {
    store = new SqliteStore(location);
    await store.migrate();
  } catch (e) {
    await store?.close();
    throw new Error(`${location}: cannot open the database: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return store;
}
