/**
 * Tags a document's tokens with BIO tags: stage 1 over local features, then (when the model
 * has it) stage 2 over the same features plus what stage 1 said about the same words elsewhere
 * in the document (Krishnan & Manning's two-stage approach to non-local consistency).
 */
import type { Sentence, Token } from '../../model/types.js';
import { docInfo, MAX_FEATS, NTAGS, stage2Context, tokenFeatures, type DocInfo, type Stage2Ctx } from './features.js';
import { viterbi, type StageModel } from './model.js';

export interface Tagging {
  tags: Uint8Array;
  /** per token: the margin of the chosen tag over the best other tag, in weight units */
  margin: Float32Array;
  info: DocInfo;
}

/** Scratch buffers for one sentence (grown on demand; not shared across calls). */
class Scratch {
  feats = new Int32Array(MAX_FEATS);
  em = new Float32Array(NTAGS * 64);
  delta = new Float32Array(NTAGS * 64);
  back = new Int8Array(NTAGS * 64);
  ensure(len: number): void {
    if (this.em.length >= len * NTAGS) return;
    const size = Math.max(len, (this.em.length / NTAGS) * 2) * NTAGS;
    this.em = new Float32Array(size);
    this.delta = new Float32Array(size);
    this.back = new Int8Array(size);
  }
}

function runStage(model: StageModel, d: DocInfo, sc: Scratch, tags: Uint8Array, margin: Float32Array | null, ctx?: Stage2Ctx): void {
  for (const s of d.sentences) {
    const len = s.tokenEnd - s.tokenStart;
    sc.ensure(len);
    const em = sc.em;
    em.fill(0, 0, len * NTAGS);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const n = tokenFeatures(d, i, sc.feats, ctx);
      model.score(sc.feats, n, em, (i - s.tokenStart) * NTAGS);
    }
    viterbi(em, len, model.trans, tags, s.tokenStart, sc.back, sc.delta);
    if (margin) {
      // margin of the chosen type (B or I) over every other type and O
      for (let i = 0; i < len; i++) {
        const t = tags[s.tokenStart + i];
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
        margin[s.tokenStart + i] = (mine - other) * model.scale;
      }
    }
  }
}

export function tagTokens(text: string, tokens: Token[], sentences: Sentence[], models: readonly StageModel[]): Tagging {
  const d = docInfo(text, tokens, sentences);
  const sc = new Scratch();
  const tags = new Uint8Array(tokens.length);
  const margin = new Float32Array(tokens.length);
  runStage(models[0], d, sc, tags, models.length === 1 ? margin : null);
  if (models.length > 1) {
    const ctx = stage2Context(d, tags.slice());
    runStage(models[1], d, sc, tags, margin, ctx);
  }
  return { tags, margin, info: d };
}

/** Stage-1 or stage-2 tagging with given features: used by training to decode with its own weights. */
export { runStage as _runStage, Scratch as _Scratch };
