/**
 * "according to X": "According to the poll, …" / "…, according to officials." /
 * "… rose according to the report."
 */
import type { Cand } from '../build.js';
import { sentEnd, sentStart, type Ctx } from '../context.js';
import { npRight, speakerRef } from '../speaker.js';

export function accordingToRule(ctx: Ctx, cands: Cand[], blocked: Uint8Array, used: Uint8Array): void {
  const { doc, low, marks } = ctx;
  const n = doc.tokens.length;
  for (let i = 0; i + 2 < n; i++) {
    if (low[i] !== 'according' || low[i + 1] !== 'to' || blocked[i] || marks.inQ[i] >= 0) continue;
    const ss = sentStart(ctx, i);
    const se = sentEnd(ctx, i);
    const np = npRight(ctx, i + 2, se);
    if (!np) continue;
    // the speaker phrase runs to the next comma: "according to a poll by Quinnipiac University"
    let b = np.b;
    while (b < se && low[b] !== ',' && b - np.a < 14 && !/^[.!?;:]$/.test(low[b])) b++;
    let a: number;
    let e: number;
    if (i - ss <= 1 && low[b] === ',') {
      a = b + 1;
      e = se;
    } else {
      a = ss;
      e = i;
      if (e - a < 2) {
        a = b;
        e = se;
      }
    }
    // a quotation that opened before the sentence
    for (let x = a; x < e; x++) {
      const r = marks.inQ[x];
      if (r >= 0) {
        if (marks.regions[r].open < a) a = marks.regions[r].open;
        break;
      }
    }
    for (let x = a; x < e; x++) if (marks.markOf[x] >= 0) used[marks.markOf[x]] = 1;
    cands.push({ a, b: e, speaker: speakerRef(ctx, np), cue: [i, i + 2], rule: 'according-to', conf: 0.85 });
  }
}
