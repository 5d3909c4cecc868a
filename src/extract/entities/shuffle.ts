/**
 * The seeded random numbers and the in-place shuffle the trainers use (tagger and re-typer), so
 * that a model is retrained byte for byte from the same seed.
 */

/** A linear congruential generator over [0, 1) from `seed`. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Fisher–Yates shuffle of `a` in place, from its end, with `rand`. */
export function shuffle<T>(a: T[], rand: () => number): void {
  for (let k = a.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    const t = a[k];
    a[k] = a[j];
    a[j] = t;
  }
}
