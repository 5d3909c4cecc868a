/**
 * 32-bit hashing for features: tokens are hashed from the text's char codes (no slices), and a
 * feature is a template number mixed with one or more token hashes. Nothing here allocates.
 */

export const FNV_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step over a char code. */
export function hstep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Murmur3's finalizer: spreads the bits; result is an unsigned 32-bit integer. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Feature key of template `t` over one value. Never 0 (0 marks an empty table slot). */
export function feat1(t: number, a: number): number {
  return fmix(Math.imul(t + 0x3c6ef372, 0x9e3779b1) ^ a) || 1;
}

/** Feature key of template `t` over two values (one finalizer: the inputs are already hashes). */
export function feat2(t: number, a: number, b: number): number {
  const h = Math.imul((Math.imul(t + 0x3c6ef372, 0x9e3779b1) ^ a) + 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(b ^ 0x27d4eb2f, 0x165667b1);
  return fmix(h) || 1;
}

/** Feature key of template `t` over three values. */
export function feat3(t: number, a: number, b: number, c: number): number {
  let h = Math.imul((Math.imul(t + 0x3c6ef372, 0x9e3779b1) ^ a) + 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(b ^ 0x27d4eb2f, 0x165667b1);
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  return fmix(h ^ Math.imul(c ^ 0x61c88647, 0x27d4eb2f)) || 1;
}

/** Lower-case of every UTF-16 code unit, computed once at module load. */
const LOWER = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  if (c >= 0xd800 && c < 0xe000) LOWER[c] = c;
  else {
    const s = String.fromCharCode(c).toLowerCase();
    LOWER[c] = s.length === 1 ? s.charCodeAt(0) : c;
  }
}

/** Lower-case of one UTF-16 code unit. */
export function lowerCode(c: number): number {
  return LOWER[c];
}

/** Hash of a string's lower-case form, the same as the tokens' `lower` hash. */
export function hashLower(s: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < s.length; i++) h = hstep(h, lowerCode(s.charCodeAt(i)));
  return h;
}

/** Hash of a string as written, the same as the tokens' `word` hash. */
export function hashExact(s: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < s.length; i++) h = hstep(h, s.charCodeAt(i));
  return h;
}
