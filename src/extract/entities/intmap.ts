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
  private grow(): void {
    const { keys, vals } = this;
    this.mask = keys.length * 2 - 1;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let h = 0; h < keys.length; h++) if (keys[h] !== 0) this.set(keys[h], vals[h]);
  }
}
