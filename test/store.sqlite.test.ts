import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './store.contract.js';
import { openStore } from '../src/store/open.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { storeWideFailure } from '../src/store/store.js';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

let dir: string | undefined;
storeContract(
  'SQLite',
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
    return openStore(join(dir, 'test.db'));
  },
  async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  },
  async (store) => {
    const s = store as SqliteStore;
    const v = MIGRATIONS.find((m) => m.backfill === 'joint-speakers')!.version;
    s.db.exec(`DROP TABLE quote_speakers; DELETE FROM schema_version WHERE version >= ${v}`);
    await s.close();
    return openStore(s.file);
  },
);

describe('SQLite store that cannot be written', () => {
  it('checkWritable names the file of a read-only database, writes nothing, and its errors stop a run', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-ro-'));
    try {
      const file = join(d, 'ro.db');
      const rw = await openStore(file);
      await rw.checkWritable();
      expect(((rw as SqliteStore).db.prepare('SELECT count(*) AS n FROM schema_version WHERE version < 0').get() as { n: number }).n).toBe(0);
      await rw.close();
      // a file SQLite could open only for reading (as it does when the file or its folder is read-only)
      const ro = new SqliteStore(file);
      ro.db.close();
      (ro as unknown as { db: Database.Database }).db = new Database(file, { readonly: true });
      await expect(ro.checkWritable()).rejects.toThrow(`${file}: cannot write to the database: attempt to write a readonly database`);
      let err: unknown;
      try {
        ro.db.prepare('INSERT INTO schema_version (version) VALUES (-2)').run();
      } catch (e) {
        err = e;
      }
      expect(storeWideFailure(err)).toBe(true);
      expect(storeWideFailure(new Error('article call-1 is stored with another text'))).toBe(false);
      await ro.close();
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
