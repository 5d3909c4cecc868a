/** The CAMEO codebook (code → name, root, quad class, PLOVER category, Goldstein value) the events layer codes with. */
import { existsSync } from 'node:fs';
import { dataPath, readDataJson } from '../data.js';

export interface CodebookEntry {
  name: string;
  root: string;
  quad: number;
  plover?: string;
  /** Goldstein scale value (−10 conflict … +10 cooperation), see `CodeInfo.goldstein` */
  goldstein: number;
}

const FILE = 'extract/events/codes.json';

export const CODEBOOK: Record<string, CodebookEntry> = existsSync(dataPath(FILE)) ? readDataJson<Record<string, CodebookEntry>>(FILE) : {};
