/**
 * Standoff spans → flat segments. Spans may nest or overlap; the text is cut at every span
 * boundary and each piece knows which spans cover it, so one element per piece can carry the
 * styles of all its layers.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** indices into the input spans that cover [start, end), in input order */
  cover: number[];
}

/**
 * Cuts [from, to) at every boundary of the spans (clipped to the range). Empty or inverted
 * spans and spans outside the range are ignored. O((n + b) log n) for n spans and b boundaries.
 */
export function segment(from: number, to: number, spans: readonly Span[]): Segment[] {
  if (to <= from) return [];
  const opens: Array<[number, number]> = [];
  const closes: Array<[number, number]> = [];
  spans.forEach((sp, i) => {
    const a = Math.max(sp.start, from);
    const b = Math.min(sp.end, to);
    if (!(b > a)) return;
    opens.push([a, i]);
    closes.push([b, i]);
  });
  opens.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  closes.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Segment[] = [];
  const active = new Set<number>();
  let oi = 0;
  let ci = 0;
  let at = from;
  while (at < to) {
    while (ci < closes.length && closes[ci][0] <= at) active.delete(closes[ci++][1]);
    while (oi < opens.length && opens[oi][0] <= at) active.add(opens[oi++][1]);
    const nextOpen = oi < opens.length ? opens[oi][0] : to;
    const nextClose = ci < closes.length ? closes[ci][0] : to;
    const next = Math.min(nextOpen, nextClose, to);
    out.push({ start: at, end: next, cover: [...active].sort((x, y) => x - y) });
    at = next;
  }
  return out;
}

/** Segments of a whole text grouped by paragraph; text between paragraphs is dropped. */
export function segmentParagraphs(paragraphs: readonly Span[], spans: readonly Span[]): Segment[][] {
  // spans sorted by start let each paragraph take only its candidates
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  let maxEnd = 0;
  const prefixMaxEnd = order.map((i) => (maxEnd = Math.max(maxEnd, spans[i].end)));
  return paragraphs.map((p) => {
    // first span index (in order) whose running max end passes the paragraph start
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (prefixMaxEnd[mid] > p.start) hi = mid;
      else lo = mid + 1;
    }
    const local: Span[] = [];
    const ids: number[] = [];
    for (let k = lo; k < order.length && spans[order[k]].start < p.end; k++) {
      const sp = spans[order[k]];
      if (sp.end > p.start) {
        local.push(sp);
        ids.push(order[k]);
      }
    }
    return segment(p.start, p.end, local).map((sg) => ({ ...sg, cover: sg.cover.map((j) => ids[j]).sort((x, y) => x - y) }));
  });
}
