/**
 * Word clusters for the tagger, computed by this project from unlabeled text (Ratinov & Roth
 * found cluster features one of the strongest aids to news NER; this is a cheaper cousin of
 * Brown clustering). Each word seen often enough gets a context vector (PPMI-weighted counts of
 * the frequent words just before and after it), then k-means on the unit sphere at three
 * granularities. The shipped file maps a word's hash (as
 * written) to its three cluster numbers; no text is stored.
 *
 *   node dist/extract/entities/clusters.js FILE.jsonl…   (reads each line's "text")
 *
 * File word-clusters.bin (zlib): u32 n, u32 hashes[n], u16 ids[n * 3].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { dataPath } from '../../data.js';
import { tokenize } from '../../text/tokenize.js';
import { hashExact } from './hash.js';

export const GRAINS = [64, 256, 1024] as const;
const FILE = 'extract/entities/word-clusters.bin';

/** word hash (as written) → three cluster numbers packed as c0 | c1 << 8 | c2 << 18 (+1; 0 means none) */
export function loadClusters(): Map<number, number> {
  const out = new Map<number, number>();
  let raw: Buffer;
  try {
    raw = inflateSync(readFileSync(dataPath(FILE)));
  } catch {
    return out;
  }
  const n = raw.readUInt32LE(0);
  for (let i = 0; i < n; i++) {
    const h = raw.readInt32LE(4 + i * 4);
    const o = 4 + n * 4 + i * 6;
    const a = raw.readUInt16LE(o);
    const b = raw.readUInt16LE(o + 2);
    const c = raw.readUInt16LE(o + 4);
    out.set(h, (a | (b << 8) | (c << 18)) + 1);
  }
  return out;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function main(): void {
  const files = process.argv.slice(2);
  const MIN_FREQ = 5;
  const NCTX = 1000;
  const words: string[][] = [];
  const freq = new Map<string, number>();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { text?: string };
      if (!d.text) continue;
      const toks = tokenize(d.text).map((t) => d.text!.slice(t.start, t.end));
      words.push(toks);
      for (const w of toks) freq.set(w, (freq.get(w) ?? 0) + 1);
    }
  }
  const lowerFreq = new Map<string, number>();
  for (const [w, c] of freq) lowerFreq.set(w.toLowerCase(), (lowerFreq.get(w.toLowerCase()) ?? 0) + c);
  const ctxWords = [...lowerFreq].sort((a, b) => b[1] - a[1]).slice(0, NCTX).map(([w]) => w);
  const ctxIndex = new Map(ctxWords.map((w, i) => [w, i]));
  const vocab = [...freq].filter(([, c]) => c >= MIN_FREQ).map(([w]) => w);
  const vIndex = new Map(vocab.map((w, i) => [w, i]));
  console.log(`${words.length} docs, ${freq.size} word types, vocab ${vocab.length}`);
  // sparse co-occurrence counts: left context in [0, NCTX + 1), right in [NCTX + 1, 2 * NCTX + 2); the last of each is "other"
  const W = 2 * NCTX + 2;
  const counts: Array<Map<number, number>> = vocab.map(() => new Map());
  const colTotals = new Float64Array(W);
  let total = 0;
  for (const toks of words) {
    for (let i = 0; i < toks.length; i++) {
      const v = vIndex.get(toks[i]);
      if (v === undefined) continue;
      const l = i > 0 ? (ctxIndex.get(toks[i - 1].toLowerCase()) ?? NCTX) : NCTX;
      const r = i + 1 < toks.length ? (ctxIndex.get(toks[i + 1].toLowerCase()) ?? NCTX) : NCTX;
      for (const c of [l, NCTX + 1 + r]) {
        counts[v].set(c, (counts[v].get(c) ?? 0) + 1);
        colTotals[c]++;
        total++;
      }
    }
  }
  // PPMI rows, unit length (sparse)
  const rowIdx: Int32Array[] = [];
  const rowVal: Float32Array[] = [];
  vocab.forEach((_, v) => {
    let rowTotal = 0;
    for (const c of counts[v].values()) rowTotal += c;
    const idx: number[] = [];
    const val: number[] = [];
    for (const [c, n] of counts[v]) {
      if (c === NCTX || c === 2 * NCTX + 1) continue; // "other"
      const pmi = Math.log((n * total) / (rowTotal * colTotals[c]));
      if (pmi <= 0) continue;
      idx.push(c);
      val.push(pmi);
    }
    const norm = Math.sqrt(val.reduce((a, x) => a + x * x, 0)) || 1;
    rowIdx.push(Int32Array.from(idx));
    rowVal.push(Float32Array.from(val.map((x) => x / norm)));
  });
  const rand = rng(7);
  const ids = GRAINS.map((k) => kmeans(rowIdx, rowVal, W, k, 10, rand));
  const n = vocab.length;
  const buf = Buffer.alloc(4 + n * 4 + n * 6);
  buf.writeUInt32LE(n, 0);
  vocab.forEach((w, i) => {
    buf.writeInt32LE(hashExact(w) | 0, 4 + i * 4);
    for (let g = 0; g < 3; g++) buf.writeUInt16LE(ids[g][i], 4 + n * 4 + i * 6 + g * 2);
  });
  const out = deflateSync(buf, { level: 9 });
  writeFileSync(dataPath(FILE), out);
  console.log(`wrote ${FILE} (${(out.length / 1024).toFixed(0)} KiB)`);
  // a look at a few clusters
  const byCluster = new Map<number, string[]>();
  vocab.forEach((w, i) => {
    const c = ids[2][i];
    if (!byCluster.has(c)) byCluster.set(c, []);
    byCluster.get(c)!.push(w);
  });
  for (const probe of ['Putin', 'Moscow', 'Reuters', 'Monday', 'said', 'Germany']) {
    const v = vIndex.get(probe);
    if (v !== undefined) console.log(probe, ':', byCluster.get(ids[2][v])!.slice(0, 25).join(' '));
  }
}

/** Spherical k-means over sparse unit rows; returns the cluster of each row. */
function kmeans(rowIdx: Int32Array[], rowVal: Float32Array[], dim: number, k: number, iters: number, rand: () => number): Uint16Array {
  const n = rowIdx.length;
  const C = new Float32Array(k * dim);
  const seed = (c: number) => {
    const r = Math.floor(rand() * n);
    C.fill(0, c * dim, c * dim + dim);
    rowIdx[r].forEach((j, q) => (C[c * dim + j] = rowVal[r][q]));
  };
  for (let c = 0; c < k; c++) seed(c);
  const assign = new Uint16Array(n);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      const idx = rowIdx[i];
      const val = rowVal[i];
      let best = 0;
      let bv = -Infinity;
      for (let c = 0; c < k; c++) {
        const co = c * dim;
        let s = 0;
        for (let q = 0; q < idx.length; q++) s += val[q] * C[co + idx[q]];
        if (s > bv) {
          bv = s;
          best = c;
        }
      }
      assign[i] = best;
    }
    C.fill(0);
    for (let i = 0; i < n; i++) {
      const co = assign[i] * dim;
      const idx = rowIdx[i];
      const val = rowVal[i];
      for (let q = 0; q < idx.length; q++) C[co + idx[q]] += val[q];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += C[c * dim + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) seed(c);
      else for (let d = 0; d < dim; d++) C[c * dim + d] /= norm;
    }
  }
  return assign;
}

if (process.argv[1] && process.argv[1].endsWith('clusters.js')) main();
