import { Buffers } from '../../buffers.js';

/**
 * Int maps for the per-word paths of the tagger: 32-bit hashes as keys without boxing them.
 */

/** An int32 → int32 map by open addressing (keys never 0): no boxed numbers, no Map. */
export class IntMap {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;
  constructor(expected: number) {
    let cap = 64;
    while (cap < expected * 2) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
  }
  /** The value of `key`, or -1. */
  get(key: number): number {
    key = key | 0 || 1;
    const keys = this.keys;
    let h = (key ^ (key >>> 15)) & this.mask;
    let s: number;
    while ((s = keys[h]) !== 0) {
      if (s === key) return this.vals[h];
      h = (h + 1) & this.mask;
    }
    return -1;
  }
  has(key: number): boolean {
    return this.get(key) >= 0;
  }
  set(key: number, val: number): void {
    key = key | 0 || 1;
    if (this.size * 2 >= this.mask) this.grow();
    const keys = this.keys;
    let h = (key ^ (key >>> 15)) & this.mask;
    let s: number;
    while ((s = keys[h]) !== 0) {
      if (s === key) {
        this.vals[h] = val;
        return;
      }
      h = (h + 1) & this.mask;
    }
    keys[h] = key;
    this.vals[h] = val;
    this.size++;
  }
  /** Number of slots. */
  get capacity(): number {
    return this.mask + 1;
  }
  /** Removes every key. */
  clear(): void {
    if (this.size === 0) return;
    this.keys.fill(0);
    this.size = 0;
  }
  private grow(): void {
    const { keys, vals } = this;
    this.mask = keys.length * 2 - 1;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let h = 0; h < keys.length; h++) if (keys[h] !== 0) this.set(keys[h], vals[h]);
  }
}

/**
 * A bounded cache from keys of `width` int32s to rows of `rowWidth` values, kept across
 * documents: the rows cached are pure functions of their keys (a model's sums for one word, one
 * pattern), so a hit gives exactly what recomputing would. Keys are compared in full (no hash
 * collisions). When `capacity` rows are held the cache starts over empty.
 *
 * Each entry is one record, its key then its row (`at(r)` is where row r starts), seen as int32s
 * (`keys`) and as float32s (`vecs`) over the same memory: a hit reads one place, not a key in
 * one array and a row in another.
 */
export class RowCache {
  /** the records as int32s (keys, and rows of int values) */
  readonly keys: Int32Array;
  /** the records as float32s (rows of float values) */
  readonly vecs: Float32Array;
  /** int32s per record */
  readonly stride: number;
  private readonly slots: Int32Array;
  private readonly mask: number;
  count = 0;
  /** how many times the cache was emptied (row numbers of an older epoch mean nothing) */
  epoch = 0;
  constructor(
    readonly capacity: number,
    readonly width: number,
    readonly rowWidth: number,
  ) {
    let size = 64;
    while (size < capacity * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.stride = width + rowWidth;
    const records = new ArrayBuffer(capacity * this.stride * 4);
    this.keys = new Int32Array(records);
    this.vecs = new Float32Array(records);
  }
  /** Where row r starts in `vecs` (or in `keys`). */
  at(r: number): number {
    return r * this.stride + this.width;
  }
  /** The row number of the key `key[0 .. width)` (mixed to `hash`), or -1. */
  find(key: Int32Array, hash: number): number {
    const slots = this.slots;
    const keys = this.keys;
    const w = this.width;
    const mask = this.mask;
    let h = (hash ^ (hash >>> 16)) & mask;
    let r: number;
    const stride = this.stride;
    while ((r = slots[h]) >= 0) {
      let o = r * stride;
      let q = 0;
      while (q < w && keys[o++] === key[q]) q++;
      if (q === w) return r;
      h = (h + 1) & mask;
    }
    return -1;
  }
  /** Empties the cache. */
  clear(): void {
    this.slots.fill(-1);
    this.count = 0;
    this.epoch++;
  }
  /** Adds the key (absent: `find` said so) with a zeroed row; returns its row number. */
  add(key: Int32Array, hash: number): number {
    if (this.count >= this.capacity) this.clear();
    const r = this.count++;
    const mask = this.mask;
    let h = (hash ^ (hash >>> 16)) & mask;
    while (this.slots[h] >= 0) h = (h + 1) & mask;
    this.slots[h] = r;
    const o = r * this.stride;
    this.keys.set(key.subarray(0, this.width), o);
    this.vecs.fill(0, o + this.width, o + this.stride);
    return r;
  }
}

/** Reused typed arrays (see `Buffers`) and int maps: the tagger's per-document arrays. */
export class Scratch extends Buffers {
  private readonly maps: IntMap[] = [];
  /** An empty int map (number k), sized for about `expected` keys. */
  map(k: number, expected: number): IntMap {
    let m = this.maps[k];
    if (!m || m.capacity > 8 * Math.max(64, expected * 2)) m = this.maps[k] = new IntMap(expected);
    else m.clear();
    return m;
  }
}
