/**
 * A cheap pre-check before a string-keyed lookup: one bit per hash of a word's shape (its length
 * and its first two and last two characters) for the keys a map holds. A word whose bit is clear
 * is not in the map and is rejected without hashing the whole string; a word whose bit is set
 * is looked up as usual.
 */
const BITS = 20;

export class ShapeFilter {
  private readonly bits = new Uint32Array(1 << (BITS - 5));

  constructor(keys: Iterable<string>) {
    for (const k of keys) {
      if (!k.length) continue;
      const h = ShapeFilter.shape(k);
      this.bits[h >>> 5] |= 1 << (h & 31);
    }
  }

  private static shape(w: string): number {
    const n = w.length;
    let h = Math.imul(n, 0x9e3779b1) ^ w.charCodeAt(0);
    h = Math.imul(h, 0x01000193) ^ w.charCodeAt(n - 1);
    if (n > 1) {
      h = Math.imul(h, 0x01000193) ^ w.charCodeAt(1);
      h = Math.imul(h, 0x01000193) ^ w.charCodeAt(n - 2);
    }
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h & ((1 << BITS) - 1);
  }

  /** false: `w` is certainly not one of the keys */
  mayHave(w: string): boolean {
    if (!w.length) return false;
    const h = ShapeFilter.shape(w);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}
