/**
 * Typed arrays reused from one document to the next, for the per-token arrays of the learned
 * taggers (allocating and collecting them per document costs more than refilling them).
 * `int32(k, n, fill)` is a view of n elements on buffer number k, filled with `fill` and grown as
 * needed; a view is good until the next request for the same buffer number.
 */
export class Buffers {
  private readonly i32: Int32Array[] = [];
  private readonly u8: Uint8Array[] = [];
  private readonly f32: Float32Array[] = [];
  int32(k: number, n: number, fill = 0): Int32Array {
    let b = this.i32[k];
    if (!b || b.length < n) b = this.i32[k] = new Int32Array(grown(n));
    return b.subarray(0, n).fill(fill);
  }
  uint8(k: number, n: number, fill = 0): Uint8Array {
    let b = this.u8[k];
    if (!b || b.length < n) b = this.u8[k] = new Uint8Array(grown(n));
    return b.subarray(0, n).fill(fill);
  }
  float32(k: number, n: number, fill = 0): Float32Array {
    let b = this.f32[k];
    if (!b || b.length < n) b = this.f32[k] = new Float32Array(grown(n));
    return b.subarray(0, n).fill(fill);
  }
}

const grown = (n: number): number => Math.max(1024, n + (n >> 1));
