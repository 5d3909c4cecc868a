/** Drawn charts (SVG built element by element): the actor timeline and the bipartite network. */
import { h, s } from './dom.js';
import { fmtDate } from './format.js';

const DAY = 86_400_000;

export interface TimePoint {
  /** UTC midnight of the day, ms */
  t: number;
  kind: 'mention' | 'quote';
  /** mentions in that article; 1 for a quote */
  weight: number;
  label: string;
  href: string;
}

function ticks(t0: number, t1: number): number[] {
  const span = t1 - t0;
  const out: number[] = [];
  if (span <= 60 * DAY) {
    const step = Math.max(1, Math.ceil(span / DAY / 8)) * DAY;
    for (let t = Math.ceil(t0 / DAY) * DAY; t <= t1; t += step) out.push(t);
    return out;
  }
  const d = new Date(t0);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth() + 1;
  const months: number[] = [];
  for (;;) {
    if (m > 11) {
      m = 0;
      y++;
    }
    const t = Date.UTC(y, m, 1);
    if (t > t1) break;
    months.push(t);
    m++;
  }
  const every = Math.max(1, Math.ceil(months.length / 9));
  return months.filter((_, i) => i % every === 0);
}

/** Mentions (bars per day) and quotes (stacked dots per day) of one actor over time. */
export function timeline(points: TimePoint[], opts: { undated?: number } = {}): HTMLElement {
  const W = 900;
  const H = 214;
  const left = 86;
  const right = 24;
  const mentionBase = 96;
  const quoteBase = 174;
  const maxStack = 5;
  if (!points.length) return h('p', { class: 'empty' }, 'No dated mentions or quotes to draw.');
  let t0 = Math.min(...points.map((p) => p.t));
  let t1 = Math.max(...points.map((p) => p.t));
  const pad = Math.max(2 * DAY, (t1 - t0) * 0.04);
  t0 -= pad;
  t1 += pad;
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (W - left - right);

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': 'mentions and quotes over time' });
  svg.append(s('title', null, 'Mentions and quotes over time'));
  // lanes
  svg.append(
    s('text', { x: 10, y: mentionBase - 26, class: 'lane-label' }, 'Mentions'),
    s('text', { x: 10, y: quoteBase - 18, class: 'lane-label' }, 'Quotes'),
    s('line', { x1: left, x2: W - right, y1: mentionBase, y2: mentionBase, class: 'lane' }),
    s('line', { x1: left, x2: W - right, y1: quoteBase + 8, y2: quoteBase + 8, class: 'axis' }),
  );
  for (const t of ticks(t0, t1)) {
    const xt = x(t);
    svg.append(s('line', { x1: xt, x2: xt, y1: 14, y2: quoteBase + 12, class: 'grid' }), s('text', { x: xt, y: quoteBase + 28, class: 'tick', 'text-anchor': 'middle' }, fmtDate(new Date(t).toISOString().slice(0, 10))));
  }
  // mentions: one bar per article, side by side on the same day
  const mentions = points.filter((p) => p.kind === 'mention');
  const maxM = Math.max(1, ...mentions.map((p) => p.weight));
  const perDay = new Map<number, number>();
  for (const p of mentions) {
    const k = perDay.get(p.t) ?? 0;
    perDay.set(p.t, k + 1);
    const bh = 6 + (p.weight / maxM) * 62;
    const bx = x(p.t) - 4 + k * 9;
    svg.append(s('a', { href: p.href }, s('rect', { x: bx, y: mentionBase - bh, width: 7, height: bh, rx: 2, class: 'bar' }, s('title', null, `${fmtDate(new Date(p.t).toISOString())}: ${p.label}`))));
  }
  // quotes: dots stacked per day
  const stack = new Map<number, number>();
  for (const p of points.filter((q) => q.kind === 'quote')) {
    const k = stack.get(p.t) ?? 0;
    stack.set(p.t, k + 1);
    if (k >= maxStack) continue;
    svg.append(s('a', { href: p.href }, s('circle', { cx: x(p.t), cy: quoteBase - k * 11, r: 4.5, class: 'qdot' }, s('title', null, `${fmtDate(new Date(p.t).toISOString())}: ${p.label}`))));
  }
  // what did not fit: one "+N" per column, and columns too close for their own label share one
  const over = [...stack].filter(([, n]) => n > maxStack).sort((p, q) => p[0] - q[0]);
  for (let i = 0; i < over.length; ) {
    let j = i;
    let more = 0;
    while (j < over.length && x(over[j][0]) - x(over[i][0]) < 34) more += over[j++][1] - maxStack;
    svg.append(s('text', { x: x(over[j - 1][0]) + 8, y: quoteBase - (maxStack - 1) * 11 + 4, class: 'more' }, `+${more}`, s('title', null, `${more} more quotes not drawn`)));
    i = j;
  }
  return h('figure', { class: 'chart' }, svg, opts.undated ? h('figcaption', null, `${opts.undated} undated appearance${opts.undated === 1 ? '' : 's'} not drawn.`) : null);
}

export interface NetNode {
  id: string;
  label: string;
  weight: number;
  href?: string;
  cls?: string;
}

export interface NetEdge {
  from: string;
  to: string;
  weight: number;
  title: string;
}

/** Two columns of nodes (left → right) joined by curves as wide as their weight. */
export function bipartite(leftNodes: NetNode[], rightNodes: NetNode[], edges: NetEdge[], labels: [string, string]): HTMLElement {
  const L = [...leftNodes].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label)).slice(0, 30);
  const lIdx = new Map(L.map((n, i) => [n.id, i]));
  // the most connected right nodes, ordered by where their lines come from (fewer crossings)
  const bary = new Map<string, { sum: number; w: number }>();
  for (const e of edges) {
    const i = lIdx.get(e.from);
    if (i === undefined) continue;
    const b = bary.get(e.to) ?? { sum: 0, w: 0 };
    b.sum += i * e.weight;
    b.w += e.weight;
    bary.set(e.to, b);
  }
  const pos = (n: NetNode) => {
    const b = bary.get(n.id);
    return b ? b.sum / b.w : Infinity;
  };
  const R = [...rightNodes]
    .filter((n) => bary.has(n.id))
    .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
    .slice(0, 30)
    .sort((a, b) => pos(a) - pos(b) || b.weight - a.weight);
  const rIdx = new Map(R.map((n, i) => [n.id, i]));
  const E = edges.filter((e) => lIdx.has(e.from) && rIdx.has(e.to));
  if (!E.length) return h('p', { class: 'empty' }, 'Nothing to draw yet.');
  const W = 960;
  const row = 26;
  const top = 40;
  const H = top + Math.max(L.length, R.length) * row + 10;
  const xl = 300;
  const xr = W - 300;
  const yl = (i: number) => top + i * row + (Math.max(L.length, R.length) - L.length) * row * 0.5;
  const yr = (i: number) => top + i * row + (Math.max(L.length, R.length) - R.length) * row * 0.5;
  const maxE = Math.max(1, ...E.map((e) => e.weight));
  const maxN = Math.max(1, ...L.map((n) => n.weight), ...R.map((n) => n.weight));

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network' + (E.length > 60 ? ' dense' : ''), role: 'img', 'aria-label': `${labels[0]} to ${labels[1]}` });
  svg.append(s('text', { x: xl, y: 18, class: 'col-label', 'text-anchor': 'end' }, labels[0]), s('text', { x: xr, y: 18, class: 'col-label' }, labels[1]));
  const edgeEls = new Map<string, SVGPathElement[]>();
  const keep = (id: string, el: SVGPathElement) => {
    const l = edgeEls.get(id);
    if (l) l.push(el);
    else edgeEls.set(id, [el]);
  };
  const g = s('g', { class: 'edges' });
  for (const e of E) {
    const y1 = yl(lIdx.get(e.from)!);
    const y2 = yr(rIdx.get(e.to)!);
    const mid = (xl + xr) / 2;
    const p = s('path', { d: `M${xl},${y1} C${mid},${y1} ${mid},${y2} ${xr},${y2}`, class: 'edge', 'stroke-width': (1 + (e.weight / maxE) * 7).toFixed(1) }, s('title', null, e.title));
    keep(e.from, p);
    keep(e.to, p);
    g.append(p);
  }
  svg.append(g);
  const node = (n: NetNode, cx: number, cy: number, side: 'l' | 'r') => {
    const r = 3.5 + Math.sqrt(n.weight / maxN) * 8;
    const label = s('text', { x: side === 'l' ? cx - r - 6 : cx + r + 6, y: cy + 4, 'text-anchor': side === 'l' ? 'end' : 'start', class: 'node-label' }, n.label.length > 34 ? n.label.slice(0, 33) + '…' : n.label);
    const grp = s('g', { class: 'node ' + (n.cls ?? '') }, s('circle', { cx, cy, r }), label, s('title', null, `${n.label} (${n.weight})`));
    const hover = (on: boolean) => {
      svg.classList.toggle('dim', on);
      for (const el of edgeEls.get(n.id) ?? []) el.classList.toggle('hot', on);
      grp.classList.toggle('hot', on);
    };
    grp.addEventListener('mouseenter', () => hover(true));
    grp.addEventListener('mouseleave', () => hover(false));
    return n.href ? s('a', { href: n.href }, grp) : grp;
  };
  L.forEach((n, i) => svg.append(node(n, xl, yl(i), 'l')));
  R.forEach((n, i) => svg.append(node(n, xr, yr(i), 'r')));
  const more = leftNodes.length > L.length || rightNodes.length > R.length ? h('figcaption', null, `Showing the ${L.length} and ${R.length} most frequent of ${leftNodes.length} and ${rightNodes.length}.`) : null;
  return h('figure', { class: 'chart' }, svg, more);
}
