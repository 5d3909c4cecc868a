/**
 * Tags a document's tokens with BIO tags in two stages: stage 1 over local features; stage 2
 * adds, to stage 1's scores, features of what stage 1 said about the same words elsewhere in
 * the document (Krishnan & Manning's two-stage approach to non-local consistency), and decodes
 * again with its own transitions.
 */
import type { Sentence, Token } from '../../model/types.js';
import { capsWordFeature, clusterOf, docInfo, lexicalContextFeatures, patternFeatures, patternKey, EDGE, MAX_FEATS, NTAGS, ROLE_OFFSET, roleFeatures, ScoreCache, stage2Context, stage2Features, stage2Key, wordFeatures, type DocInfo } from './features.js';
import { viterbi, WORD_VEC, type NerModel, type StageModel } from './model.js';

export interface Tagging {
  tags: Uint8Array;
  /** the final emission scores, em[i * NTAGS + t] (for margins) */
  em: Float32Array;
  info: DocInfo;
}

/** Stage-1 emission scores of every token: em[i * NTAGS + t]. */
export function stage1Scores(model: StageModel, d: DocInfo): Float32Array {
  const em = new Float32Array(d.n * NTAGS);
  const feats = new Int32Array(MAX_FEATS);
  const vecs = model.wvecs;
  // word table rows, once per token
  const slot = new Int32Array(d.n);
  const cache = new ScoreCache(d.n);
  const pfeats = new Int32Array(MAX_FEATS);
  const clus = d.clus;
  for (let i = 0; i < d.n; i++) {
    const row = model.wordSlot(d.word[i]);
    if (row >= 0) {
      slot[i] = row * WORD_VEC;
      clus[i] = model.wclus[row];
    } else {
      slot[i] = -1;
      clus[i] = clusterOf(d.word[i]);
    }
  }
  // the features a missing neighbour (sentence edge) gives, once per document
  const edge = new Float32Array(5 * NTAGS);
  for (let role = 1; role <= 4; role++) {
    const v = ROLE_OFFSET[role] < 0 ? EDGE.BOS : EDGE.EOS;
    model.score(feats, roleFeatures(role, v, v, ROLE_OFFSET[role] < 0 ? -2 : -3, feats, 0), edge, role * NTAGS);
  }
  for (const s of d.sentences) {
    const a = s.tokenStart;
    const b = s.tokenEnd;
    // each word's table row, read once, scattered to the token itself and to its neighbours
    for (let j = a; j < b; j++) {
      const row = slot[j];
      if (row < 0) continue;
      const self = row + (d.caps[d.sent[j]] ? 5 * NTAGS : 0);
      let o = j * NTAGS;
      for (let t = 0; t < NTAGS; t++) em[o + t] += vecs[self + t];
      for (let role = 1; role <= 4; role++) {
        const i = j - ROLE_OFFSET[role]; // the token for which j is in this role
        if (i < a || i >= b) continue;
        o = i * NTAGS;
        const r = row + role * NTAGS;
        for (let t = 0; t < NTAGS; t++) em[o + t] += vecs[r + t];
      }
    }
    for (let i = a; i < b; i++) {
      const off = i * NTAGS;
      let k = 0;
      if (slot[i] < 0) {
        k = wordFeatures(d, i, feats, 0);
        feats[k++] = capsWordFeature(d.caps[d.sent[i]], d.lower[i]);
      }
      // neighbours outside the table or outside the unit
      for (let role = 1; role <= 4; role++) {
        const j = i + ROLE_OFFSET[role];
        if (j >= a && j < b) {
          if (slot[j] < 0) k = roleFeatures(role, d.lower[j], d.shape[j], d.clus[j], feats, k);
        } else {
          const r = role * NTAGS;
          for (let t = 0; t < NTAGS; t++) em[off + t] += edge[r + t];
        }
      }
      // pattern features: summed once per distinct pattern in the document
      const key = patternKey(d, i);
      let po = cache.find(key);
      if (po < 0) {
        po = cache.add(key, po);
        model.score(pfeats, patternFeatures(d, i, pfeats, 0), cache.vecs, po);
      }
      const cvec = cache.vecs;
      for (let t = 0; t < NTAGS; t++) em[off + t] += cvec[po + t];
      k = lexicalContextFeatures(d, i, feats, k);
      model.score(feats, k, em, off);
    }
  }
  return em;
}

function decode(d: DocInfo, em: Float32Array, trans: Float32Array, tags: Uint8Array): void {
  let cap = 64;
  let delta = new Float32Array(cap * NTAGS);
  let back = new Int8Array(cap * NTAGS);
  for (const s of d.sentences) {
    const len = s.tokenEnd - s.tokenStart;
    if (len > cap) {
      cap = len * 2;
      delta = new Float32Array(cap * NTAGS);
      back = new Int8Array(cap * NTAGS);
    }
    viterbi(em.subarray(s.tokenStart * NTAGS, s.tokenEnd * NTAGS), len, trans, tags, s.tokenStart, back, delta);
  }
}

/** The margin of token i's chosen type (B or I) over every other type and O, in perceptron units. */
export function margin(tg: Tagging, i: number): number {
  const { em, tags } = tg;
  const t = tags[i];
  const o = i * NTAGS;
  let mine: number;
  let other = -Infinity;
  if (t === 0) {
    mine = em[o];
    for (let c = 1; c < NTAGS; c++) if (em[o + c] > other) other = em[o + c];
  } else {
    const b = t & 1 ? t : t - 1;
    mine = Math.max(em[o + b], em[o + b + 1]);
    for (let c = 0; c < NTAGS; c++) if (c !== b && c !== b + 1 && em[o + c] > other) other = em[o + c];
  }
  return mine - other;
}

export function tagTokens(text: string, tokens: Token[], sentences: Sentence[], model: NerModel): Tagging {
  const models = model.stages;
  const d = docInfo(text, tokens, sentences, model.lexicon, false);
  const tags = new Uint8Array(tokens.length);
  const em = stage1Scores(models[0], d);
  decode(d, em, models[0].trans, tags);
  if (models.length > 1) {
    const m2 = models[1];
    const ctx = stage2Context(d, tags.slice());
    const feats = new Int32Array(MAX_FEATS);
    // summed once per distinct combination of inputs in the document
    const cache = new ScoreCache(d.n);
    for (let i = 0; i < d.n; i++) {
      if (d.sent[i] < 0) continue;
      const key = stage2Key(d, i, ctx);
      let po = cache.find(key);
      if (po < 0) {
        po = cache.add(key, po);
        m2.score(feats, stage2Features(d, i, feats, 0, ctx), cache.vecs, po);
      }
      const cvec = cache.vecs;
      const off = i * NTAGS;
      for (let t = 0; t < NTAGS; t++) em[off + t] += cvec[po + t];
    }
    decode(d, em, m2.trans, tags);
  }
  return { tags, em, info: d };
}
