/** Opens the store a location names: a SQLite file path, or a `postgres://` / `postgresql://` URL. */
import type { Store } from './store.js';
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { SqliteStore, type SqliteOptions } from './sqlite/index.js';

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

export interface OpenOptions {
  /**
   * The caller only reads (serve, quotes, export): a SQLite file that cannot be written here (a read-only file or folder) is
   * opened read-only instead of refused; `Store.readOnly` says so.
   */
  forReading?: boolean;
}

export async function openStore(location: string, opts: OpenOptions = {}): Promise<Store> {
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
  try {
    return await openSqlite(location, {});
  } catch (e) {
    if (!opts.forReading || !cannotWrite(e)) throw new Error(`${location}: cannot open the database: ${sqliteProblem(location, e)}`, { cause: e });
  }
  try {
    return await openSqlite(location, { readonly: true });
  } catch (e) {
    throw new Error(`${location}: cannot open the database, even for reading only: ${sqliteProblem(location, e)}`, { cause: e });
  }
}

async function openSqlite(file: string, opts: SqliteOptions): Promise<SqliteStore> {
  let store: SqliteStore | undefined;
  try {
    store = new SqliteStore(file, opts);
    await store.migrate();
    return store;
  } catch (e) {
    await store?.close();
    throw e;
  }
}

function sqliteCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** SQLite's refusal to write here: a read-only file or folder (or file system), or no permission to create the journal beside it. */
function cannotWrite(e: unknown): boolean {
  return /^SQLITE_(READONLY|CANTOPEN|PERM)/.test(sqliteCode(e));
}

/** SQLite's message, with what it means for a file in a read-only place. */
export function sqliteProblem(file: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = sqliteCode(e);
  if (code === 'SQLITE_READONLY_DIRECTORY' || (code.startsWith('SQLITE_CANTOPEN') && inWalMode(file))) {
    return inWalMode(file)
      ? `its folder is read-only, and the database is in WAL mode, for which SQLite must create ${basename(file)}-shm beside it even to read ` +
          `(copy it to a writable folder; or open it once where it can be written: Readout leaves it readable from read-only folders) [${message}]`
      : `its folder is read-only, and SQLite must create a journal file beside it to write [${message}]`;
  }
  if (code.startsWith('SQLITE_READONLY')) return `the file is read-only [${message}]`;
  // better-sqlite3's own check, before SQLite is asked
  if (/directory does not exist/.test(message)) return `no such folder ${dirname(file)}`;
  return message;
}

/** Whether a SQLite file's header says WAL mode (its read and write versions, bytes 18 and 19, are 2). */
function inWalMode(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(20);
      return readSync(fd, head, 0, 20, 0) === 20 && head[18] === 2 && head[19] === 2;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
