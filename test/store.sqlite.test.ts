import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './store.contract.js';
import { openStore } from '../src/store/open.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';

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
