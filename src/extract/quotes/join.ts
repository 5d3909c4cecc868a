/**
 * One attribution, two quotations: `"A," Smith said on Monday. "B."` — the second quotation has
 * no attribution of its own and goes on with the first one's words, so the two are one quote
 * whose pieces (fragments) lie on either side of the attribution sentence. PolNeAR counts them
 * as one relation, as readers do, also when the attribution goes on (`"A," Smith said, waving a
 * flag. "B."`) and when a content of that clause lies between them (a content of that clause
 * that ran on into "B." ends at its own sentence). Not joined: a second quotation
 * with its own cue (`"B," she added`), one introduced by a second cue in the gap (`Smith said
 * before adding: "B."`), quotations apart by more than the attribution (MAX_GAP), or in different
 * paragraphs, or when a later sentence of the attribution reports something of its own ("She added
 * that …") or opens with another person's name ("Lena Varga shook her head.").
 */
import { cand, inTextOrder, trimRange, withPiece, type Cand } from './build.js';
import { isCap, type Ctx } from './context.js';
import { CUES } from './lexicon.js';
import { ownAttributionAfter } from './rules/cue.js';

const STOPS = new Set(['.', '!', '?', '…', '...']);
const TERMINAL = STOPS;
/** Longest attribution clause inside one sentence between the two pieces of a split quote, in tokens. */
const MAX_SPLIT_GAP = 10;

/** Longest attribution between the two quotations, in tokens. */
const MAX_GAP = 40;

/** Most contents between the two quotations (inside the attribution). */
const MAX_BETWEEN = 1;

/** Most tokens (marks included) of short quotations inside the attribution. */
const MAX_QUOTED_IN_GAP = 8;

/** The region of quotation marks that content [a, b) fills, or -1 when it is not one whole quotation piece. */
function wholeRegion(ctx: Ctx, a: number, b: number): number {
  const { inQ, regions } = ctx.marks;
  const r = inQ[a];
  if (r < 0 || inQ[b - 1] !== r) return -1;
  const g = regions[r];
  // from the opening mark to the closing one (or the paragraph end), punctuation aside
  if (g.open !== a - 1) return -1;
  return r;
}

/** Joins each quotation to the one before when they are two pieces of one attribution (see above). */
export function joinAcrossAttribution(ctx: Ctx, cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const y of cands) {
    // the quotation before, past a content of the attribution's own clause between them
    // ("…,” she said, recalling her visit. “…”)
    let x = -1;
    for (let k = out.length - 1; k >= 0 && k >= out.length - 1 - MAX_BETWEEN; k--) {
      const c = out[k];
      if (c.speaker && canJoin(ctx, c, y) && out.slice(k + 1).every((m) => !m.frags && m.a > c.b && m.b < y.a)) {
        x = k;
        break;
      }
    }
    if (x >= 0) {
      out[x] = withPiece(out[x], y.a, y.b);
      continue;
    }
    // a content of the attribution's clause that ran on into the next quotation ("…,” she
    // said, showing her badge. “…”): its own sentence stays; the quotation joins the one before
    const prev = out.length ? out[out.length - 1] : null;
    const tail = prev && prev.speaker ? trailingQuotation(ctx, y, prev) : null;
    if (prev && tail) {
      out[out.length - 1] = withPiece(prev, tail.a, tail.b);
      y.b = tail.end;
    }
    out.push(y);
  }
  out.sort(inTextOrder);
  joinUntagged(ctx, out);
  return out;
}

/**
 * The second quotation of `"A," Smith said. "B."` that no content covers (the tagger left it
 * out): the piece after the attribution is still the first one's, on the same terms as a found
 * one (canJoin), and not when an attribution of its own follows it.
 */
function joinUntagged(ctx: Ctx, cands: Cand[]): void {
  const { marks, doc } = ctx;
  const n = doc.tokens.length;
  for (let k = 0; k < cands.length; k++) {
    const x = cands[k];
    if (!x.speaker) continue;
    const rx = marks.inQ[x.b - 1];
    if (rx < 0 || rx + 1 >= marks.regions.length) continue;
    const gy = marks.regions[rx + 1];
    if (gy.close < 0 || gy.words < 2) continue;
    const next = k + 1 < cands.length ? cands[k + 1] : null;
    // nothing found from the first quotation's end to the second one's
    if (next && next.a < gy.close + 1) continue;
    const [a, b] = trimRange(ctx, gy.tokStart, gy.tokEnd);
    if (b <= a) continue;
    const y = cand(a, b, x.speaker, x.rule, x.conf);
    // the quotation is its whole sentence ("B." and nothing after it but the stop)
    const end = gy.close + 1;
    if (end < n && ctx.sentOf[end] === ctx.sentOf[gy.close] && !STOPS.has(ctx.low[end])) continue;
    if (!canJoin(ctx, x, y) || (end < n && ownAttributionAfter(ctx, end))) continue;
    cands[k] = withPiece(x, a, b);
  }
}

function canJoin(ctx: Ctx, x: Cand, y: Cand): boolean {
  const { doc, low, marks } = ctx;
  {
    // the second one: a whole quotation with no cue of its own (or the rules' continuation)
    const ownCue = y.cue && !y.rule.endsWith('continuation');
    const ry = wholeRegion(ctx, y.a, y.b);
    if (ry < 0) return false;
    const gy = marks.regions[ry];
    // the first one ends a quotation
    const rx = marks.inQ[x.b - 1];
    if (rx < 0 || rx === ry) return false;
    const gx = marks.regions[rx];
    if (gx.close < 0 || gx.close > x.b + 1) return false;
    if (marks.inQ[x.a] !== rx && !x.frags) return false;
    // the gap: one attribution clause that ends its sentence
    const g0 = gx.close + 1;
    const g1 = gy.open;
    if (g1 - g0 < 2 || g1 - g0 > MAX_GAP) return false;
    if (reportOrOtherInGap(ctx, x, g0, g1)) return false;
    // the cue the second one took is the first one's attribution in the gap (the tagger's nearest cue)
    if (ownCue && !(x.cue && inside(x.cue[0], g0, g1) && y.cue![0] === x.cue[0])) return false;
    let cues = 0;
    let quoted = 0;
    for (let i = g0; i < g1; i++) {
      // a short quoted title or phrase in the attribution (`he said on "Meet the Press."`) is allowed
      if (marks.markOf[i] >= 0 || marks.inQ[i] >= 0) {
        if (++quoted > MAX_QUOTED_IN_GAP) return false;
        continue;
      }
      if (CUES.has(low[i]) || low[i] === 'according') cues++;
    }
    // a cue word, or the tagger's cue for the first one (a verb the lexicon lacks: "she elaborated")
    if (cues < 1 && !(x.cue && inside(x.cue[0], g0, g1))) return false;
    // ends its sentence: `.`, or a quoted title's closing mark after its `.`
    const last = marks.markOf[g1 - 1] >= 0 && g1 - 2 >= g0 ? low[g1 - 2] : low[g1 - 1];
    const sy = ctx.sentOf[gy.open];
    if (last === ',') {
      // or a split quote the rules did not piece together (“A,” she elaborated, “B.”): the first
      // piece ends in a comma, and a short attribution clause leads into the second in one sentence
      if (low[gx.close - 1] !== ',' || g1 - g0 > MAX_SPLIT_GAP || ctx.sentOf[gx.close] !== sy) return false;
      for (let i = g0; i < g1; i++) if (TERMINAL.has(low[i]) || low[i] === ';') return false;
    } else {
      // (or an abbreviation with its stop, which the splitter may not end a sentence at: "…,''
      // said Tom Reyes, 52, of Tampa, Fla. ''Nobody walks …''")
      const abbrev = last.length > 1 && last.endsWith('.') && isCap(ctx, gy.tokStart);
      if (last !== '.' && !abbrev) return false;
      // the next quotation opens a sentence, in the same paragraph or the next one
      if (doc.sentences[sy].tokenStart !== gy.open && !(abbrev && g1 - 1 >= g0 && ctx.sentOf[g1 - 1] === sy)) return false;
    }
    const px = doc.sentences[ctx.sentOf[gx.close]].paragraph;
    const py = doc.sentences[sy].paragraph;
    if (py - px > 0) return false;
    // and no cue follows it in its sentence(s)
    const se = doc.sentences[ctx.sentOf[Math.max(y.b - 1, gy.open)]].tokenEnd;
    for (let i = y.b; i < se; i++) if (marks.inQ[i] < 0 && marks.markOf[i] < 0 && CUES.has(low[i])) return false;
    return true;
  }
}

/**
 * Does a sentence of the gap after the attribution's own hold a report of its own (a verb of
 * saying: "She added that …") or open with another person's name ("Betsy Ebeling shook her
 * head.")? The next quotation is then not the first one's second piece.
 */
function reportOrOtherInGap(ctx: Ctx, x: Cand, g0: number, g1: number): boolean {
  const { low, marks } = ctx;
  const s0 = ctx.sentOf[g0];
  const who = x.speaker?.name.toLowerCase() ?? '';
  for (let i = g0; i < g1; i++) {
    if (ctx.sentOf[i] === s0 || marks.inQ[i] >= 0 || marks.markOf[i] >= 0) continue;
    const c = CUES.get(low[i]);
    if (c && c.cls !== 'B') return true;
    if (ctx.sentOf[i - 1] !== ctx.sentOf[i] && isCap(ctx, i) && !NOT_NAME_OPENERS.has(low[i])) {
      let e = i;
      while (e < g1 && isCap(ctx, e)) e++;
      const name = ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[e - 1].end).toLowerCase();
      if (e - i >= 2 && e < g1 && !isCap(ctx, e) && !who.includes(name) && !name.includes(who)) return true;
    }
  }
  return false;
}

/** Capitalized sentence openers that do not start a name. */
const NOT_NAME_OPENERS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'the', 'but', 'and', 'that', 'this']);

function inside(i: number, a: number, b: number): boolean {
  return i >= a && i < b;
}

/**
 * When content `y` starts in the attribution sentence of quotation `x` and runs over that
 * sentence's end into a quotation that opens the next sentence, and that quotation could join
 * `x`: the quotation's content [a, b), and where `y` should end instead. Numbers only: a field
 * holding a candidate is typed by its hidden class, and a candidate of another one (met late in a
 * run) discarded the optimized code of the readers.
 */
function trailingQuotation(ctx: Ctx, y: Cand, x: Cand): { a: number; b: number; end: number } | null {
  const { doc, low, marks } = ctx;
  if (y.frags || marks.inQ[y.a] >= 0 || marks.markOf[y.a] >= 0 || y.a < x.b) return null;
  const r = marks.inQ[y.b - 1] >= 0 ? marks.inQ[y.b - 1] : marks.markOf[y.b - 1];
  if (r < 0) return null;
  const g = marks.regions[r];
  if (g.open <= y.a || g.tokEnd < y.b - 1 || g.words < 2) return null;
  const s = ctx.sentOf[g.open];
  if (doc.sentences[s].tokenStart !== g.open || ctx.sentOf[y.a] === s) return null;
  const stop = low[g.open - 1];
  if (stop !== '.' && stop !== '!' && stop !== '?') return null;
  const [a, b] = trimRange(ctx, y.a, g.open);
  if (b - a < 2) return null;
  const q = cand(g.tokStart, g.tokEnd, y.speaker, y.rule, y.conf);
  // the clause between them must not break the join: test it as the gap's content
  if (!canJoin(ctx, x, q)) return null;
  return { a: q.a, b: q.b, end: b };
}
