/** Who said what about whom, drawn: speakers → the actors named inside their quotes; speakers → articles; event sources → targets. */
import { api, pool, type QuoteHit } from './api.js';
import { bipartite, type NetEdge, type NetNode } from './charts.js';
import { h, mount } from './dom.js';
import { actorHref, articleHref, quotesHref } from './format.js';
import { hashOf, type View } from './router.js';
import { empty, unresolvedName } from './ui.js';

const MODES: Array<{ id: string; label: string; help: string }> = [
  { id: 'talk', label: 'Speakers → who they talk about', help: 'Each line joins a speaker to an actor named inside their quotes; its width is the number of quotes.' },
  { id: 'articles', label: 'Speakers → articles', help: 'Each line joins a speaker to an article that quotes them; its width is the number of quotes.' },
  { id: 'events', label: 'Events: source → target', help: 'Each line joins the source of an event to its target; its width is the number of events.' },
];

class Graph {
  left = new Map<string, NetNode>();
  right = new Map<string, NetNode>();
  edges = new Map<string, NetEdge & { n: number }>();
  node(side: 'left' | 'right', id: string, label: string, href?: string, cls?: string): void {
    const m = this[side];
    const n = m.get(id);
    if (n) {
      n.weight++;
      // one actor under several forms of its name: show the fullest ("Biden" → "Joseph R. Biden")
      if (label.length > n.label.length) n.label = label;
    } else m.set(id, { id, label, weight: 1, href, cls });
  }
  edge(from: string, to: string, what: string, fromLabel: string, toLabel: string): void {
    const k = from + '\u0000' + to;
    const e = this.edges.get(k);
    if (e) {
      e.weight++;
      e.title = `${fromLabel} → ${toLabel}: ${e.weight} ${what}`;
    } else this.edges.set(k, { from, to, weight: 1, n: 1, title: `${fromLabel} → ${toLabel}: 1 ${what.replace(/s$/, '')}` });
  }
}

function speakerNode(q: QuoteHit): { id: string; label: string; href: string } | undefined {
  const sp = q.quote.speaker;
  if (!sp || sp.anonymous) return undefined;
  // a pronoun that names no one until resolved ("I", "they", "who") has no node of its own
  if (!q.speakerKey && !sp.entity && unresolvedName(sp.name)) return undefined;
  return q.speakerKey ? { id: q.speakerKey, label: q.speakerActor ?? sp.name, href: actorHref(q.speakerKey) } : { id: 'name:' + sp.name.toLowerCase(), label: sp.name, href: quotesHref({ speaker: sp.name }) };
}

async function talkGraph(alive: () => boolean): Promise<Graph | undefined> {
  const quotes = await api.quotes({ limit: 500 });
  const byArticle = new Map<string, QuoteHit[]>();
  for (const q of quotes.items) {
    if (!speakerNode(q)) continue;
    const l = byArticle.get(q.article.id);
    if (l) l.push(q);
    else byArticle.set(q.article.id, [q]);
  }
  const ids = [...byArticle.keys()].slice(0, 80);
  const g = new Graph();
  await pool(ids, 4, async (id) => {
    if (!alive()) return;
    const { analysis, actorKeys = {}, actorNames = {} } = await api.article(id);
    const actors = new Map((analysis.actors ?? []).map((a) => [a.id, a]));
    const mentions = [...(analysis.entities ?? [])].sort((a, b) => a.start - b.start);
    for (const q of byArticle.get(id)!) {
      const sp = speakerNode(q)!;
      const parts = q.quote.fragments?.length ? q.quote.fragments : [q.quote];
      const named = new Map<string, { label: string; type: string; key?: string }>();
      for (const m of mentions) {
        if (!m.entity || m.entity === q.quote.speaker?.entity) continue;
        if (!parts.some((p) => m.start >= p.start && m.end <= p.end)) continue;
        const a = actors.get(m.entity);
        if (!a) continue;
        // one node per corpus actor ("Putin" in one article, "Vladimir Putin" in another)
        const key = actorKeys[a.id];
        named.set(key ?? a.type + ':' + a.name.toLowerCase(), { label: (key && actorNames[key]) || a.name, type: a.type, key });
      }
      if (!named.size) continue;
      g.node('left', sp.id, sp.label, sp.href, 'speaker');
      for (const [rid, r] of named) {
        g.node('right', rid, r.label, r.key ? actorHref(r.key) : '#/actors?q=' + encodeURIComponent(r.label) + '&type=' + r.type, 'n-' + r.type);
        g.edge(sp.id, rid, 'quotes', sp.label, r.label);
      }
    }
  });
  return g;
}

async function articleGraph(): Promise<Graph> {
  const quotes = await api.quotes({ limit: 500 });
  const g = new Graph();
  for (const q of quotes.items) {
    const sp = speakerNode(q);
    if (!sp) continue;
    g.node('left', sp.id, sp.label, sp.href, 'speaker');
    g.node('right', q.article.id, q.article.title ?? q.article.id, articleHref(q.article.id), 'n-article');
    g.edge(sp.id, q.article.id, 'quotes', sp.label, q.article.title ?? q.article.id);
  }
  return g;
}

async function eventGraph(): Promise<Graph> {
  const events = await api.events({ limit: 500 });
  const g = new Graph();
  // one node per corpus actor when the event's side is filed under one ("Biden", "Joseph R.
  // Biden" are one), else per name as written
  const side = (a: { name: string }, filed: { key: string; name: string } | undefined) =>
    filed ? { id: filed.key, label: filed.name, href: actorHref(filed.key) } : { id: a.name.toLowerCase(), label: a.name, href: '#/actors?q=' + encodeURIComponent(a.name) };
  for (const { event: e, actors } of events.items) {
    if (!e.source || !e.target) continue;
    const src = side(e.source, actors?.source);
    const tgt = side(e.target, actors?.target);
    const s = 's:' + src.id;
    const t = 't:' + tgt.id;
    g.node('left', s, src.label, src.href, 'speaker');
    g.node('right', t, tgt.label, tgt.href, 'n-target');
    g.edge(s, t, 'events', src.label, tgt.label);
  }
  return g;
}

export const networkView: View = async (root, route, alive) => {
  const mode = MODES.find((m) => m.id === route.query.get('mode')) ?? MODES[0];
  document.title = 'Network · Readout';
  const tabs = h('div', { class: 'chips' }, ...MODES.map((m) => h('a', { class: 'chip' + (m === mode ? ' on' : ''), href: hashOf(['network'], { mode: m.id }) }, m.label)));
  const holder = h('div', { class: 'chart-holder' }, h('p', { class: 'loading' }, 'Drawing…'));
  mount(root, h('section', { class: 'page' }, h('header', { class: 'page-head' }, h('h1', null, 'Network')), tabs, h('p', { class: 'help' }, mode.help), holder));
  const g = mode.id === 'talk' ? await talkGraph(alive) : mode.id === 'articles' ? await articleGraph() : await eventGraph();
  if (!alive() || !g) return;
  const labels: [string, string] = mode.id === 'events' ? ['Source', 'Target'] : mode.id === 'articles' ? ['Speaker', 'Article'] : ['Speaker', 'Talks about'];
  mount(holder, g.edges.size ? bipartite([...g.left.values()], [...g.right.values()], [...g.edges.values()], labels) : empty('Nothing to draw yet: the store has no ' + (mode.id === 'events' ? 'events with a source and a target.' : 'attributed quotes' + (mode.id === 'talk' ? ' that name other actors.' : '.'))));
};
