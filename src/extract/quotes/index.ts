/**
 * Quotes and speakers: who said (wrote, believes, wants, found) what.
 *
 * Rules find a cue (a verb of saying, belief or evidence; "according to"; a colon after a
 * speaker; a transcript's speaker label), the SPEAKER SPAN from the sentence's structure (the
 * subject of the cue, the inverted subject after it, the "according to" object, the label,
 * the name before an apposition) and the CONTENT (the quoted stretch, or the reported clause
 * after the cue or before the attribution). The speaker span is then resolved to an entity
 * through `doc.mentions`, with the span's own words as the fallback name.
 *
 *   rules/… one function per pattern; this file runs them and resolves overlaps.
 */
import type { Stage } from '../../model/doc.js';
import { makeCtx } from './context.js';
import { buildQuotes, type Cand } from './build.js';
import { cueRule } from './rules/cue.js';
import { accordingToRule } from './rules/according.js';
import { labelRule } from './rules/labels.js';
import { regionRule } from './rules/regions.js';
import { nounCueRule } from './rules/nouns.js';

export const quotesStage: Stage = {
  name: 'quotes',
  run(doc) {
    if (!doc.tokens.length) return;
    const ctx = makeCtx(doc);
    const blocked = new Uint8Array(doc.tokens.length);
    const used = new Uint8Array(ctx.marks.regions.length);
    const cands: Cand[] = [];
    labelRule(ctx, cands, blocked);
    cueRule(ctx, cands, blocked, used);
    accordingToRule(ctx, cands, blocked, used);
    regionRule(ctx, cands, blocked, used);
    nounCueRule(ctx, cands, blocked);
    doc.quotes = buildQuotes(ctx, cands);
  },
};
