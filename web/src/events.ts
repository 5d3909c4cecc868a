/** CAMEO events: code, source → target, modality, and the sentence that triggered them. */
import { api, type CodebookEntry, type EventHit } from './api.js';
import { h, marked, mount } from './dom.js';
import { articleHref, concreteDate, fmtDate, plural } from './format.js';
import { hashOf, type View } from './router.js';
import { empty, pager } from './ui.js';

const LIMIT = 50;

/** One event; its trigger sentence is filled in when the article arrives. */
export function eventItem(hit: EventHit, codebook: Record<string, CodebookEntry>): HTMLElement {
  const e = hit.event;
  const cb = codebook[e.code];
  const sentence = h('p', { class: 'ev-sentence loading' }, '…');
  void api
    .article(hit.article.id)
    .then(({ article, analysis }) => {
      const text = article.text;
      const at = e.trigger?.start ?? e.start;
      const sent = analysis.sentences?.find((s) => s.start <= at && at < s.end) ?? { start: e.start, end: e.end };
      const st = Math.max(0, sent.start);
      const en = Math.min(text.length, sent.end);
      const ranges: Array<[number, number]> = e.trigger ? [[e.trigger.start - st, e.trigger.end - st]] : [];
      mount(sentence, marked(text.slice(st, en), ranges, 'trig'));
      sentence.classList.remove('loading');
    })
    .catch(() => {
      mount(sentence, e.trigger?.text ?? '');
      sentence.classList.remove('loading');
    });
  const actor = (a: EventHit['event']['source']) => (a ? h('span', { class: 'ev-actor' }, a.name, a.cameo ? h('code', null, a.cameo) : null) : h('span', { class: 'ev-actor none' }, '—'));
  return h(
    'li',
    { class: 'event-item' },
    h(
      'div',
      { class: 'ev-head' },
      h('a', { class: 'code', href: hashOf(['events'], { code: e.code }), title: cb ? `${cb.name} (root ${cb.root})` : e.code }, e.code),
      h('span', { class: 'ev-name' }, cb?.name ?? 'event'),
      cb?.plover ? h('span', { class: 'badge plover' }, cb.plover) : null,
      h('span', { class: 'badge mod-' + e.modality }, e.modality),
      e.repeats !== undefined ? h('span', { class: 'badge repeat', title: 'tells again an event told earlier in the same article: counted once' }, 'repeat') : null,
      e.recalled ? h('span', { class: 'badge repeat', title: 'an act the article tells from before its own story (dated well before it, or “had earlier …”): kept, not counted as its news' }, 'recalled') : null,
      h('span', { class: 'spacer' }),
      h('time', { title: e.time ? `event time: ${e.time}` : 'article date' }, fmtDate(concreteDate(e.time) ?? hit.article.published) || 'undated'),
    ),
    h('div', { class: 'ev-actors' }, actor(e.source), h('span', { class: 'arrow' }, '→'), actor(e.target)),
    sentence,
    h(
      'div',
      { class: 'qi-foot' },
      h('a', { href: articleHref(hit.article.id) }, hit.article.title ?? hit.article.id),
      hit.article.source ? h('span', { class: 'source' }, hit.article.source) : null,
      hit.reports && hit.reports.mentions > 1
        ? h('span', { class: 'badge reports', title: `${plural(hit.reports.mentions, 'report')} in ${plural(hit.reports.articles, 'article')}` }, `reported by ${plural(hit.reports.sources, 'source')}`)
        : null,
    ),
  );
}

export const eventsView: View = async (root, route, alive) => {
  const actor = route.query.get('actor') ?? undefined;
  const code = /^[0-9]{1,4}$/.test(route.query.get('code') ?? '') ? route.query.get('code')! : undefined;
  const offset = Math.max(0, Number(route.query.get('offset')) || 0);
  // one item per event with the count of its reports, unless the reader asks for every report
  const perReport = route.query.get('reports') === 'all';
  const [page, codebook] = await Promise.all([api.events({ actor, code, grouped: perReport ? undefined : 'true', limit: LIMIT, offset }), api.codebook()]);
  if (!alive()) return;
  const actorName = actor ? await nameOf(actor, page.items) : undefined;
  if (!alive()) return;
  document.title = 'Events · Readout';
  const roots = Object.entries(codebook)
    .filter(([c]) => c.length === 2)
    .sort(([a], [b]) => a.localeCompare(b));
  const select = h('select', { 'aria-label': 'event type' }, h('option', { value: '' }, 'All event types'), ...roots.map(([c, e]) => h('option', { value: c }, `${c} ${e.name}`)));
  select.value = code?.slice(0, 2) ?? '';
  select.addEventListener('change', () => (location.hash = hashOf(['events'], { actor, code: select.value || undefined })));
  mount(
    root,
    h(
      'section',
      { class: 'page' },
      h(
        'header',
        { class: 'page-head' },
        h('h1', null, 'Events'),
        h('span', { class: 'total', title: perReport ? 'every report of an event, one line each' : 'one line per event, however many articles report it' }, perReport ? plural(page.total, 'report') : plural(page.total, 'event')),
        actor ? h('span', { class: 'filter chip' }, 'involving ', h('b', { title: actor }, actorName ?? actor), ' ', h('a', { href: hashOf(['events'], { code }) }, '×')) : null,
        code ? h('span', { class: 'filter chip' }, 'code ', h('b', null, code + (codebook[code] ? ' ' + codebook[code].name : '')), ' ', h('a', { href: hashOf(['events'], { actor }) }, '×')) : null,
        h('span', { class: 'spacer' }),
        h('a', { class: 'filter', href: hashOf(['events'], { actor, code, reports: perReport ? undefined : 'all' }) }, perReport ? 'one line per event' : 'every report'),
        roots.length ? select : null,
      ),
      page.items.length ? h('ol', { class: 'event-list' }, ...page.items.map((e) => eventItem(e, codebook))) : empty('No events found.'),
      page.total > LIMIT || offset ? pager(page.total, offset, LIMIT, (o) => hashOf(['events'], { actor, code, reports: perReport ? 'all' : undefined, offset: o || undefined })) : null,
    ),
  );
};

/** The name of the corpus actor `key` ("Vladimir Putin" for per:vladimir putin): from the events shown, else the store, else the key without its type. */
async function nameOf(key: string, items: EventHit[]): Promise<string> {
  for (const e of items) for (const a of [e.actors?.source, e.actors?.target]) if (a?.key === key && a.name) return a.name;
  try {
    return (await api.actor(key)).name;
  } catch {
    return key.replace(/^[a-z]+:/, '');
  }
}
