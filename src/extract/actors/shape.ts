/**
 * A cheap pre-check before a string-keyed lookup: a bit per (length, first letter, last letter)
 * of the keys a map holds. A word whose shape no key has is not in the map, and is rejected
 * without hashing it; a word that passes is looked up as usual.
 */
export class ShapeFilter {
  private readonly bits = new Uint8Array(1 << 17);

  constructor(keys: Iterable<string>) {
    for (const k of keys) if (k.length) this.bits[ShapeFilter.shape(k)] = 1;
  }

  private static shape(w: string): number {
    return (Math.min(w.length, 31) << 12) | ((w.charCodeAt(0) & 63) << 6) | (w.charCodeAt(w.length - 1) & 63);
  }

  /** false: `w` is certainly not one of the keys */
  mayHave(w: string): boolean {
    return w.length > 0 && this.bits[ShapeFilter.shape(w)] === 1;
  }
}
