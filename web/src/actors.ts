/** Actors across the corpus (search) and one actor's page: names, roles, timeline, quotes, events. */
import { api, ApiError, type ActorPage, type CodebookEntry, type QuoteHit } from './api.js';
import { timeline, type TimePoint } from './charts.js';
import { h, mount, neutralBidi } from './dom.js';
import { actorHref, articleHref, concreteDate, dayOf, fmtDate, plural, TYPE_NAMES } from './format.js';
import { eventItem } from './events.js';
import { hashOf, type View } from './router.js';
import { empty, pager, quoteItem, searchInput } from './ui.js';

const LIMIT = 50;
const TYPES = ['', 'PER', 'ORG', 'LOC', 'MISC'];

export const actorsView: View = async (root, route, alive) => {
  const q = route.query.get('q') ?? undefined;
  const type = TYPES.includes(route.query.get('type') ?? '') ? route.query.get('type') || undefined : undefined;
  const offset = Math.max(0, Number(route.query.get('offset')) || 0);
  const page = await api.actors({ q, type, limit: LIMIT, offset });
  if (!alive()) return;
  document.title = 'Actors · Readout';
  const input = searchInput(q ?? '', 'Search names and aliases…', (v) => (location.hash = hashOf(['actors'], { q: v || undefined, type })), true);
  const chips = h(
    'div',
    { class: 'chips' },
    ...TYPES.map((t) => h('a', { class: 'chip' + ((type ?? '') === t ? ' on' : ''), href: hashOf(['actors'], { q, type: t || undefined }) }, t ? h('span', { class: 'dot dot-' + t }) : null, t ? TYPE_NAMES[t] : 'all')),
  );
  const table = h(
    'table',
    { class: 'actors-table' },
    h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Type'), h('th', null, 'Role'), h('th', null, 'Country'), h('th', { class: 'num' }, 'Mentions'), h('th', { class: 'num' }, 'Articles'), h('th', null, 'Seen'))),
    h(
      'tbody',
      null,
      ...page.items.map((a) =>
        h(
          'tr',
          null,
          h('td', null, h('a', { href: actorHref(a.key), class: 'actor-link' }, a.name), a.aliases.length > 1 ? h('div', { class: 'aliases' }, a.aliases.filter((x) => x !== a.name).slice(0, 4).join(', ')) : null),
          h('td', { class: 'type' }, h('span', { class: 'dot dot-' + a.type }), ' ', TYPE_NAMES[a.type] ?? a.type),
          h('td', null, a.role ?? ''),
          h('td', null, a.country ?? ''),
          h('td', { class: 'num' }, String(a.mentions ?? 0)),
          h('td', { class: 'num' }, String(a.articles ?? 0)),
          h('td', { class: 'seen' }, a.first ? (a.first === a.last ? fmtDate(a.first) : `${fmtDate(a.first)} – ${fmtDate(a.last)}`) : ''),
        ),
      ),
    ),
  );
  mount(
    root,
    h(
      'section',
      { class: 'page' },
      h('header', { class: 'page-head' }, h('h1', null, 'Actors'), h('span', { class: 'total' }, `${page.total.toLocaleString('en')} found`), h('span', { class: 'spacer' }), input),
      chips,
      page.items.length ? table : empty('No actors match.'),
      page.total > LIMIT || offset ? pager(page.total, offset, LIMIT, (o) => hashOf(['actors'], { q, type, offset: o || undefined })) : null,
    ),
  );
  if (q) {
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }
};

/** `#/actor/KEY` and `#/speaker/KEY`: the actor page; for unresolved speakers, their quotes alone. */
export const actorView: View = async (root, route, alive) => {
  const key = route.parts[1] ?? '';
  const codebook = await api.codebook();
  let actor: ActorPage | undefined;
  try {
    actor = await api.actor(key);
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) throw e;
  }
  if (!alive()) return;
  if (!actor) {
    // a speaker no actor is filed for: their quotes alone; a key that names no one is not found, as the API says
    const quotes = await api.quotes({ speaker: key, limit: 200 });
    if (!alive()) return;
    if (!quotes.total) throw new ApiError(404, `no actor ${key}`);
    const name = key.replace(/^[a-z]+:/, '');
    renderActor(root, codebook, { name, type: '', key, quotes: quotes.items, total: quotes.total });
    return;
  }
  renderActor(root, codebook, { name: actor.name, type: actor.type, key, quotes: actor.quotes.items, total: actor.quotes.total, actor });
};

function chrono<T>(items: T[], date: (t: T) => string | undefined): T[] {
  return [...items].sort((a, b) => (dayOf(date(a)) ?? Infinity) - (dayOf(date(b)) ?? Infinity));
}

function renderActor(root: HTMLElement, codebook: Record<string, CodebookEntry>, d: { name: string; type: string; key: string; quotes: QuoteHit[]; total: number; actor?: ActorPage }): void {
  const a = d.actor;
  document.title = neutralBidi(`${d.name} · Readout`);
  const names = new Set<string>(a?.aliases ?? []);
  // roles over time: each title (case and "the" aside) with the first and last date it is used
  const roles = new Map<string, { title: string; first?: string; last?: string; n: number }>();
  for (const ap of a?.appearances ?? []) {
    ap.names.forEach((n) => names.add(n));
    for (const t of ap.titles) {
      const key = t.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
      if (!key || key === 'mr' || key === 'mrs' || key === 'ms') continue;
      let r = roles.get(key);
      if (!r) roles.set(key, (r = { title: t.replace(/^the\s+/i, ''), n: 0 }));
      r.n++;
      const day = concreteDate(ap.published);
      if (day && (!r.first || day < r.first)) r.first = day;
      if (day && (!r.last || day > r.last)) r.last = day;
    }
  }
  const roleList = [...roles.values()].sort((x, y) => (x.first ?? '9').localeCompare(y.first ?? '9') || y.n - x.n);
  names.delete(d.name);

  const points: TimePoint[] = [];
  let undated = 0;
  for (const ap of a?.appearances ?? []) {
    const t = dayOf(ap.published);
    if (t === undefined) undated++;
    else points.push({ t, kind: 'mention', weight: ap.mentions, label: `${plural(ap.mentions, 'mention')} in “${ap.title ?? ap.article}”`, href: articleHref(ap.article) });
  }
  for (const q of d.quotes) {
    const t = dayOf(concreteDate(q.quote.time)) ?? dayOf(q.article.published);
    if (t === undefined) undated++;
    else points.push({ t, kind: 'quote', weight: 1, label: `“${q.quote.text.slice(0, 90)}${q.quote.text.length > 90 ? '…' : ''}”`, href: articleHref(q.article.id, q.index) });
  }

  const factList = h('dl', { class: 'facts' });
  const fact = (k: string, v: Node | string) => factList.append(h('dt', null, k), h('dd', null, v));
  if (d.type) fact('Type', TYPE_NAMES[d.type] ?? d.type);
  if (a?.role) fact('Role', a.role);
  if (a?.country) fact('Country', a.country);
  if (names.size) fact('Also named', [...names].join(', '));
  if (roleList.length) {
    fact(
      'Titles over time',
      h(
        'ul',
        { class: 'roles' },
        ...roleList.map((r) =>
          h('li', null, h('span', { class: 'role-title' }, r.title), ' ', h('span', { class: 'muted' }, r.first ? (r.first === r.last ? fmtDate(r.first) : `${fmtDate(r.first)} – ${fmtDate(r.last)}`) : 'undated', ` · ${plural(r.n, 'article')}`)),
        ),
      ),
    );
  }
  if (a) fact('Seen', a.first ? (a.first === a.last ? fmtDate(a.first) : `${fmtDate(a.first)} – ${fmtDate(a.last)}`) : 'undated');

  const stats = h(
    'div',
    { class: 'stats' },
    a ? stat(a.mentions ?? 0, 'mentions') : null,
    a ? stat(a.articles ?? 0, 'articles') : null,
    stat(d.total, 'quotes'),
    a ? stat(a.events.total, eventsLabel(a.events.total, a.events.reports)) : null,
  );

  const quotes = chrono(d.quotes, (q) => concreteDate(q.quote.time) ?? q.article.published);
  const apps = a?.appearances ?? [];
  mount(
    root,
    h(
      'section',
      { class: 'page actor-page' },
      h('div', { class: 'crumbs' }, h('a', { href: '#/actors' }, '← Actors')),
      h('header', { class: 'actor-head' }, h('h1', null, d.type ? h('span', { class: 'dot big dot-' + d.type }) : null, d.name), stats),
      factList,
      h('h2', null, 'Over time'),
      timeline(points, { undated }),
      h('h2', null, `Quotes`, h('span', { class: 'n' }, String(d.total))),
      quotes.length ? h('ol', { class: 'quote-list' }, ...quotes.map((q) => quoteItem(q, { showSpeaker: false }))) : empty('No quotes attributed.'),
      a && a.events.items.length
        ? [
            h('h2', null, 'Events', h('span', { class: 'n' }, String(a.events.total)), ' ', h('a', { class: 'more', href: hashOf(['events'], { actor: d.key }) }, 'on the events page →')),
            h('ol', { class: 'event-list' }, ...a.events.items.map((e) => eventItem(e, codebook))),
          ]
        : null,
      apps.length
        ? [
            h('h2', null, 'Appearances', h('span', { class: 'n' }, String(apps.length))),
            h(
              'ol',
              { class: 'appearances' },
              ...apps.map((ap) => h('li', null, h('time', null, ap.published ? fmtDate(ap.published) : 'undated'), h('a', { href: articleHref(ap.article) }, ap.title ?? ap.article), h('span', { class: 'pill' }, plural(ap.mentions, 'mention')), ap.names.length ? h('span', { class: 'aliases' }, ap.names.join(', ')) : null)),
            ),
          ]
        : null,
    ),
  );
}

function stat(n: number, label: string): HTMLElement {
  return h('div', { class: 'stat' }, h('b', null, n.toLocaleString('en')), h('span', null, label));
}

/** "events", or "events in 79 reports" when several articles tell some of them. */
function eventsLabel(events: number, reports: number | undefined): string {
  return (events === 1 ? 'event' : 'events') + (reports !== undefined && reports !== events ? ` in ${plural(reports, 'report')}` : '');
}
