/** The article reader: the text with its standoff layers, and a side panel of quotes, actors, events, dates. */
import type { Entity, Event, Mention, Quote, Span, TimeExpr } from '../../src/model/types.js';
import { api, type ArticleFull, type CodebookEntry } from './api.js';
import { extLink, h, mount, neutralBidi, textNode } from './dom.js';
import { clip, fmtDate, fmtTimex, plural, quotesHref, TYPE_NAMES } from './format.js';
import { segmentParagraphs } from './spans.js';
import { goActor } from './resolve.js';
import type { View } from './router.js';

type LayerKind = 'm' | 't' | 'q' | 'qs' | 'qc' | 'ev';

interface LayerSpan extends Span {
  kind: LayerKind;
  /** index into the layer's array (mentions, times, quotes, events) */
  ref: number;
}

/** The layer toggles, with their legend labels; `cls` is what the text container gets when a layer is hidden. */
export const LAYERS: ReadonlyArray<{ id: string; label: string; swatch: string; on: boolean }> = [
  { id: 'q', label: 'Quote', swatch: 'sw-q', on: true },
  { id: 'qs', label: 'Speaker & cue', swatch: 'sw-qs', on: true },
  { id: 'PER', label: 'Person', swatch: 'sw-PER', on: true },
  { id: 'ORG', label: 'Organisation', swatch: 'sw-ORG', on: true },
  { id: 'LOC', label: 'Place', swatch: 'sw-LOC', on: true },
  { id: 'MISC', label: 'Other name', swatch: 'sw-MISC', on: true },
  { id: 't', label: 'Date / time', swatch: 'sw-t', on: true },
  { id: 'ev', label: 'Event trigger', swatch: 'sw-ev', on: false },
];

const STORAGE_KEY = 'readout.layers';

function loadLayerState(): Record<string, boolean> {
  const state: Record<string, boolean> = Object.fromEntries(LAYERS.map((l) => [l.id, l.on]));
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
    for (const l of LAYERS) if (typeof saved[l.id] === 'boolean') state[l.id] = saved[l.id] as boolean;
  } catch {
    /* storage unavailable or corrupt: defaults */
  }
  return state;
}

function saveLayerState(state: Record<string, boolean>): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    /* ignore */
  }
}

/** Paragraph spans from blank lines, for articles stored without an analysis. */
function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}

function inText(sp: { start?: number; end?: number } | undefined, n: number): sp is Span {
  return !!sp && Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start! >= 0 && sp.end! <= n && sp.end! > sp.start!;
}

function speakerLabel(q: Quote): string {
  if (!q.speaker) return 'unattributed';
  return q.speaker.name;
}

export const readerView: View = async (root, route, alive) => {
  const id = route.parts[1] ?? '';
  const [full, codebook] = await Promise.all([api.article(id), api.codebook()]);
  if (!alive()) return;
  renderReader(root, full, codebook, route.query.get('quote'));
};

export function renderReader(root: HTMLElement, full: ArticleFull, codebook: Record<string, CodebookEntry>, focusQuote: string | null): void {
  const { article, analysis: an } = full;
  const copies = full.copies ?? [];
  const actorKeys = full.actorKeys ?? {};
  const speakerKeys = full.speakerKeys ?? {};
  const text = article.text;
  const n = text.length;
  const mentions: Mention[] = an.entities ?? [];
  const actors: Entity[] = an.actors ?? [];
  const times: TimeExpr[] = an.times ?? [];
  const quotes: Quote[] = an.quotes ?? [];
  const events: Event[] = an.events ?? [];
  const actorById = new Map(actors.map((a) => [a.id, a]));

  // ---- the layers as one list of spans
  const spans: LayerSpan[] = [];
  mentions.forEach((m, i) => inText(m, n) && spans.push({ start: m.start, end: m.end, kind: 'm', ref: i }));
  times.forEach((t, i) => inText(t, n) && spans.push({ start: t.start, end: t.end, kind: 't', ref: i }));
  quotes.forEach((q, i) => {
    const parts = q.fragments?.length ? q.fragments : [q];
    for (const p of parts) if (inText(p, n)) spans.push({ start: p.start, end: p.end, kind: 'q', ref: i });
    if (inText(q.speaker ?? undefined, n)) spans.push({ start: q.speaker!.start!, end: q.speaker!.end!, kind: 'qs', ref: i });
    if (inText(q.cue, n)) spans.push({ start: q.cue.start, end: q.cue.end, kind: 'qc', ref: i });
  });
  events.forEach((e, i) => {
    const t = inText(e.trigger, n) ? e.trigger! : undefined;
    if (t) spans.push({ start: t.start, end: t.end, kind: 'ev', ref: i });
  });

  const paragraphs = an.paragraphs?.length ? an.paragraphs.filter((p) => inText(p, n)) : paragraphsOf(text);
  const segs = segmentParagraphs(paragraphs, spans);

  // element registries for hover/focus: "q3" → elements, "e:e1" → mention elements …
  const reg = new Map<string, HTMLElement[]>();
  const add = (key: string, el: HTMLElement) => {
    const list = reg.get(key);
    if (list) list.push(el);
    else reg.set(key, [el]);
  };
  const segQuotes = new WeakMap<HTMLElement, number[]>();

  const textBox = h('div', { class: 'reader-text', id: 'reader-text' });
  paragraphs.forEach((p, pi) => {
    const para = h('p', { 'data-start': p.start, 'data-end': p.end });
    for (const sg of segs[pi]) {
      const piece = text.slice(sg.start, sg.end);
      if (!sg.cover.length) {
        para.append(textNode(piece));
        continue;
      }
      const cls = new Set<string>(['seg']);
      const tips: string[] = [];
      const qs: number[] = [];
      const el = h('span', { 'data-start': sg.start, 'data-end': sg.end });
      for (const si of sg.cover) {
        const sp = spans[si];
        switch (sp.kind) {
          case 'm': {
            const m = mentions[sp.ref];
            cls.add('m').add('m-' + m.type);
            if (m.form !== 'name') cls.add('m-ref');
            const ent = m.entity ? actorById.get(m.entity) : undefined;
            tips.push(`${TYPE_NAMES[m.type] ?? m.type}: ${ent?.name ?? m.text}${m.form !== 'name' ? ` (${m.form})` : ''}`);
            if (m.entity) add('e:' + m.entity, el);
            add('m' + sp.ref, el);
            break;
          }
          case 't': {
            const t = times[sp.ref];
            cls.add('tx');
            tips.push(`${t.type.toLowerCase()}: ${t.value}`);
            add('t' + sp.ref, el);
            break;
          }
          case 'q':
            cls.add('q');
            qs.push(sp.ref);
            add('q' + sp.ref, el);
            break;
          case 'qs':
            cls.add('qs');
            tips.push(`speaker of quote ${sp.ref + 1}`);
            add('qs' + sp.ref, el);
            break;
          case 'qc':
            cls.add('qc');
            tips.push(`cue of quote ${sp.ref + 1}`);
            add('qc' + sp.ref, el);
            break;
          case 'ev': {
            const e = events[sp.ref];
            cls.add('ev');
            tips.push(`event ${e.code}${codebook[e.code] ? ' ' + codebook[e.code].name : ''}`);
            add('ev' + sp.ref, el);
            break;
          }
        }
      }
      if (qs.length) {
        segQuotes.set(el, qs);
        tips.unshift(...qs.map((qi) => `quote ${qi + 1}: ${speakerLabel(quotes[qi])}`));
      }
      el.className = [...cls].join(' ');
      if (tips.length) el.title = neutralBidi(tips.join('\n'));
      el.textContent = neutralBidi(piece);
      para.append(el);
    }
    textBox.append(para);
  });

  // ---- focus (hover or click on a quote, an actor, an event)
  let focused: HTMLElement[] = [];
  const clearFocus = () => {
    for (const el of focused) el.classList.remove('focus', 'focus-speaker');
    focused = [];
    for (const c of panel.querySelectorAll('.card.active')) c.classList.remove('active');
  };
  const mark = (els: HTMLElement[] | undefined, cls: string) => {
    for (const el of els ?? []) {
      el.classList.add(cls);
      focused.push(el);
    }
  };
  const focusQuoteAt = (qi: number, scroll: boolean) => {
    clearFocus();
    const q = quotes[qi];
    mark(reg.get('q' + qi), 'focus');
    mark(reg.get('qc' + qi), 'focus');
    const own = reg.get('qs' + qi);
    if (own?.length) mark(own, 'focus-speaker');
    else if (q?.speaker?.entity) mark(reg.get('e:' + q.speaker.entity), 'focus-speaker');
    quoteCards[qi]?.classList.add('active');
    if (scroll) (reg.get('q' + qi)?.[0] ?? reg.get('qs' + qi)?.[0])?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const focusKey = (key: string, scroll: boolean, card?: HTMLElement) => {
    clearFocus();
    mark(reg.get(key), 'focus');
    card?.classList.add('active');
    if (scroll) reg.get(key)?.[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  textBox.addEventListener('mouseover', (ev) => {
    const el = (ev.target as HTMLElement).closest?.('.seg') as HTMLElement | null;
    const qs = el ? segQuotes.get(el) : undefined;
    if (qs?.length) {
      focusQuoteAt(qs[qs.length - 1], false);
    }
  });
  textBox.addEventListener('mouseleave', () => clearFocus());
  textBox.addEventListener('click', (ev) => {
    const el = (ev.target as HTMLElement).closest?.('.seg') as HTMLElement | null;
    const qs = el ? segQuotes.get(el) : undefined;
    if (qs?.length) {
      const qi = qs[qs.length - 1];
      showTab('quotes');
      quoteCards[qi]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  });

  // ---- layer toggles, which are also the legend
  const state = loadLayerState();
  const applyLayers = () => {
    for (const l of LAYERS) textBox.classList.toggle('hide-' + l.id, !state[l.id]);
  };
  applyLayers();
  const legend = h(
    'div',
    { class: 'legend', role: 'group', 'aria-label': 'Layers' },
    ...LAYERS.map((l) => {
      const box = h('input', { type: 'checkbox', 'data-layer': l.id });
      box.checked = state[l.id];
      box.addEventListener('change', () => {
        state[l.id] = box.checked;
        saveLayerState(state);
        applyLayers();
      });
      return h('label', { class: 'toggle' }, box, h('span', { class: 'swatch ' + l.swatch }), l.label);
    }),
  );

  // ---- side panel
  const quoteCards: HTMLElement[] = [];
  const quoteList = h('ol', { class: 'cards' });
  quotes.forEach((q, qi) => {
    const sp = q.speaker;
    const who = sp ? (sp.anonymous ? h('span', { class: 'speaker anon' }, sp.name) : h('span', { class: 'speaker' }, sp.name)) : h('span', { class: 'speaker none' }, 'unattributed');
    const meta = h(
      'div',
      { class: 'card-meta' },
      h('span', { class: 'badge kind-' + q.kind }, q.kind),
      q.topic ? h('span', { class: 'badge topic', title: 'a topic discussed or spoken about, not words or a view' }, 'topic') : null,
      q.cue ? h('span', { class: 'cue' }, q.cue.text) : null,
      q.time ? h('span', { class: 'when', title: `when it was said (${q.time})` }, fmtTimex(q.time)) : null,
      q.via ? h('span', { class: 'via', title: 'whose words these originally were' }, 'relaying ' + q.via.name) : null,
      q.addressee ? h('span', { class: 'via' }, 'to ' + q.addressee.name) : null,
    );
    const actions = h('div', { class: 'card-actions' });
    if (sp && !sp.anonymous) {
      // the corpus actor the speaker is filed under: through its entity, else by name or office
      const key = (sp.entity ? actorKeys[sp.entity] : undefined) ?? speakerKeys[String(qi)];
      actions.append(h('a', { href: quotesHref({ speaker: key ?? sp.name }) }, 'all quotes'));
      const ent = sp.entity ? actorById.get(sp.entity) : undefined;
      const profile = h('a', { href: '#', class: 'profile' }, 'profile');
      profile.addEventListener('click', (ev) => {
        ev.preventDefault();
        void goActor(ent?.name ?? sp.name, ent?.type ?? 'PER', key);
      });
      actions.append(profile);
    }
    const card = h('li', { class: 'card quote-card', 'data-quote': qi, 'data-kind': q.kind, 'data-named': !!(sp && sp.entity && !sp.anonymous), tabindex: 0 }, h('div', { class: 'card-head' }, h('span', { class: 'qnum' }, String(qi + 1)), who, h('span', { class: 'arrow' }, '→')), h('blockquote', null, clip(q.text, 320)), meta, actions);
    card.addEventListener('mouseenter', () => focusQuoteAt(qi, false));
    card.addEventListener('click', (ev) => {
      if ((ev.target as HTMLElement).closest('a')) return;
      focusQuoteAt(qi, true);
    });
    card.addEventListener('keydown', (ev) => {
      if ((ev as KeyboardEvent).key === 'Enter') focusQuoteAt(qi, true);
    });
    quoteCards.push(card);
    quoteList.append(card);
  });

  const actorList = h('ul', { class: 'cards' });
  [...actors]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .forEach((a) => {
      const aliases = a.aliases.filter((x) => x !== a.name);
      const card = h(
        'li',
        { class: 'card actor-card', tabindex: 0 },
        h('div', { class: 'card-head' }, h('span', { class: 'dot dot-' + a.type }), h('span', { class: 'actor-name' }, a.name), h('span', { class: 'count', title: 'mentions' }, String(a.mentions.length))),
        h(
          'div',
          { class: 'card-meta' },
          h('span', { class: 'badge' }, TYPE_NAMES[a.type] ?? a.type),
          a.role ? h('span', { class: 'badge role' }, a.role) : null,
          a.country ? h('span', { class: 'badge country' }, a.country) : null,
          a.titles?.length ? h('span', { class: 'titles' }, a.titles.join(', ')) : null,
        ),
        aliases.length ? h('div', { class: 'aliases' }, 'also: ' + aliases.join(', ')) : null,
      );
      card.addEventListener('mouseenter', () => focusKey('e:' + a.id, false, card));
      card.addEventListener('click', () => void goActor(a.name, a.type, actorKeys[a.id]));
      actorList.append(card);
    });

  const eventList = h('ul', { class: 'cards' });
  events.forEach((e, ei) => {
    const cb = codebook[e.code];
    const card = h(
      'li',
      { class: 'card event-card' },
      h('div', { class: 'card-head' }, h('span', { class: 'code' }, e.code), h('span', null, cb?.name ?? 'event')),
      h('div', { class: 'ev-actors' }, e.source?.name ?? '—', h('span', { class: 'arrow' }, ' → '), e.target?.name ?? '—'),
      h('div', { class: 'card-meta' }, h('span', { class: 'badge mod-' + e.modality }, e.modality), e.repeats !== undefined ? h('span', { class: 'badge repeat', title: `tells again event ${e.repeats + 1} of this article: counted once` }, 'repeat') : null, e.recalled ? h('span', { class: 'badge repeat', title: 'an act the article tells from before its own story (dated well before it, or “had earlier …”): kept, not counted as its news' }, 'recalled') : null, e.trigger ? h('span', { class: 'cue' }, e.trigger.text) : null, e.time ? h('span', { class: 'when', title: e.time }, fmtTimex(e.time)) : null, cb?.plover ? h('span', { class: 'badge' }, cb.plover) : null),
    );
    card.addEventListener('mouseenter', () => focusKey('ev' + ei, false, card));
    card.addEventListener('click', () => focusKey('ev' + ei, true, card));
    eventList.append(card);
  });

  const timeList = h('ul', { class: 'cards' });
  times.forEach((t, ti) => {
    const card = h('li', { class: 'card time-card' }, h('div', { class: 'card-head' }, h('span', { class: 'tx-text' }, t.text), h('span', { class: 'arrow' }, '→'), h('code', null, t.value)), h('div', { class: 'card-meta' }, fmtTimex(t.value) !== t.value ? h('span', { class: 'when' }, fmtTimex(t.value)) : null, h('span', { class: 'badge' }, t.type), t.mod ? h('span', { class: 'badge' }, t.mod) : null));
    card.addEventListener('mouseenter', () => focusKey('t' + ti, false, card));
    card.addEventListener('click', () => focusKey('t' + ti, true, card));
    timeList.append(card);
  });

  const tabs: Array<{ id: string; label: string; count: number; body: HTMLElement; empty: string }> = [
    { id: 'quotes', label: 'Quotes', count: quotes.length, body: quoteList, empty: 'No quotes found in this article.' },
    { id: 'actors', label: 'Actors', count: actors.length, body: actorList, empty: 'No actors found.' },
    { id: 'events', label: 'Events', count: events.length, body: eventList, empty: 'No events found.' },
    { id: 'times', label: 'Dates', count: times.length, body: timeList, empty: 'No time expressions found.' },
  ];
  const tabBar = h('div', { class: 'tabs', role: 'tablist' });
  const tabBody = h('div', { class: 'tab-body' });
  const showTab = (tid: string) => {
    for (const b of tabBar.children) b.classList.toggle('on', (b as HTMLElement).dataset.tab === tid);
    const t = tabs.find((x) => x.id === tid) ?? tabs[0];
    mount(tabBody, t.count ? t.body : h('p', { class: 'empty' }, t.empty));
  };
  for (const t of tabs) {
    const b = h('button', { type: 'button', class: 'tab', role: 'tab', 'data-tab': t.id }, t.label, h('span', { class: 'n' }, String(t.count)));
    b.addEventListener('click', () => showTab(t.id));
    tabBar.append(b);
  }
  const panel = h('aside', { class: 'panel' }, tabBar, tabBody);
  showTab(quotes.length ? 'quotes' : 'actors');

  // ---- header
  const findings = an.findings ?? [];
  const head = h(
    'header',
    { class: 'article-head' },
    h('div', { class: 'crumbs' }, h('a', { href: '#/articles' }, '← Articles')),
    h('h1', null, article.title || article.id),
    h(
      'div',
      { class: 'meta' },
      article.source ? h('span', { class: 'source' }, article.source) : null,
      article.published ? h('time', { datetime: article.published }, fmtDate(article.published)) : h('span', { class: 'undated' }, 'undated'),
      article.byline ? h('span', null, article.byline) : null,
      article.url ? extLink(article.url, 'original ↗') : null,
      h('span', { class: 'counts' }, [plural(quotes.length, 'quote'), plural(actors.length, 'actor'), plural(times.length, 'date'), plural(events.length, 'event')].join(' · ')),
    ),
    copies.length
      ? h(
          'div',
          { class: 'meta copies' },
          h('span', null, `Also published by ${copies.length === 1 ? 'one other outlet' : `${copies.length} other outlets`}:`),
          ...copies.map((c) =>
            h('span', { class: 'copy' }, extLink(c.url, c.source || c.title || c.id), c.published ? ` (${fmtDate(c.published)})` : ''),
          ),
        )
      : null,
    legend,
  );
  const findingBox = findings.length
    ? h(
        'section',
        { class: 'findings' },
        h('h2', null, 'Findings'),
        h(
          'ul',
          null,
          ...findings.map((f) => {
            const li = h('li', null, h('span', { class: 'badge warn' }, f.kind), ' ', f.summary);
            const ev0 = f.evidence?.find((e) => !e.article || e.article === article.id);
            if (ev0) {
              li.classList.add('clickable');
              li.addEventListener('click', () => {
                for (const para of textBox.children) {
                  const s0 = Number((para as HTMLElement).dataset.start);
                  const e0 = Number((para as HTMLElement).dataset.end);
                  if (ev0.start >= s0 && ev0.start < e0) {
                    para.scrollIntoView({ block: 'center', behavior: 'smooth' });
                    para.classList.add('flash');
                    setTimeout(() => para.classList.remove('flash'), 1500);
                  }
                }
              });
            }
            return li;
          }),
        ),
      )
    : null;

  mount(root, h('article', { class: 'reader' }, head, h('div', { class: 'reader-body' }, h('div', { class: 'reader-main' }, findingBox, textBox), panel)));
  document.title = neutralBidi(`${article.title || article.id} · Readout`);

  const fq = focusQuote === null ? NaN : Number(focusQuote);
  if (Number.isInteger(fq) && quotes[fq]) {
    requestAnimationFrame(() => {
      focusQuoteAt(fq, true);
      quoteCards[fq]?.scrollIntoView({ block: 'nearest' });
    });
  }
}
