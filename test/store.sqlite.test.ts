import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from './store.contract.js';
import { openStore } from '../src/store/open.js';

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
);
