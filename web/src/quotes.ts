/** Quotes across the corpus, filtered by speaker and words, with the speaker list beside. */
import { api, type SpeakerSummary } from './api.js';
import { h, mount } from './dom.js';
import { hashOf, type View } from './router.js';
import { nameMatches } from '../../src/store/names.js';
import { empty, pager, quoteItem, searchInput, unresolvedName } from './ui.js';

const LIMIT = 30;
/** Speakers listed beside the quotes; a filter typed past them asks the server. */
const SPEAKERS = 200;

export const quotesView: View = async (root, route, alive) => {
  const speaker = route.query.get('speaker') ?? undefined;
  const q = route.query.get('q') ?? undefined;
  const offset = Math.max(0, Number(route.query.get('offset')) || 0);
  const go = (p: { speaker?: string; q?: string; offset?: number }) => {
    location.hash = hashOf(['quotes'], { speaker: p.speaker, q: p.q, offset: p.offset || undefined });
  };
  const [page, speakers] = await Promise.all([api.quotes({ speaker, q, limit: LIMIT, offset }), api.speakers({ limit: SPEAKERS })]);
  if (!alive()) return;
  document.title = 'Quotes · Readout';

  // the speaker list, filterable as you type; pronouns that name no one ("they", "you") come last, apart
  const named = speakers.filter((sp) => !(sp.key.startsWith('name:') && unresolvedName(sp.name)));
  const pronouns = speakers.filter((sp) => sp.key.startsWith('name:') && unresolvedName(sp.name));
  const item = (sp: SpeakerSummary) => {
    // the list's key ("name:they" for a name filed under no one): the filter gives the quotes the list counts
    const param = sp.key;
    const on = speaker === param;
    return h(
      'li',
      { class: on ? 'on' : undefined, 'data-name': sp.name.toLowerCase() },
      h('a', { href: hashOf(['quotes'], { speaker: on ? undefined : param, q }), title: `${sp.quotes} quotes in ${sp.articles} articles` }, h('span', { class: 'name' }, sp.name), h('span', { class: 'n' }, String(sp.quotes))),
    );
  };
  const namedItems = named.map(item);
  const pronounItems = pronouns.map(item);
  const speakerItems = [...namedItems, ...pronounItems];
  const filter = h('input', { type: 'search', placeholder: 'Filter speakers', 'aria-label': 'Filter speakers', class: 'search-input small' });
  // what the list cannot show (it holds the SPEAKERS most quoted): the server's speakers fitting the filter, in a list of their own
  const more = h('ol', { class: 'speaker-list more' });
  more.hidden = true;
  let asked = 0;
  filter.addEventListener('input', () => {
    // words of the name, the last one begun ("put" finds Vladimir Putin, "in" finds no one whose name only holds the letters)
    const f = filter.value.trim();
    for (const li of speakerItems) li.hidden = !!f && !nameMatches(li.dataset.name ?? '', f, { begun: true });
    const my = ++asked;
    more.hidden = true;
    if (!f || speakers.length < SPEAKERS) return;
    setTimeout(() => {
      if (my !== asked || !alive()) return;
      void api.speakers({ q: f, limit: 50 }).then((found) => {
        if (my !== asked || !alive()) return;
        const listed = new Set(speakers.map((sp) => sp.key));
        const extra = found.filter((sp) => !listed.has(sp.key));
        mount(more, ...extra.map(item));
        more.hidden = !extra.length;
      }, () => undefined);
    }, 200);
  });
  const side = h(
    'aside',
    { class: 'side' },
    h('h2', null, 'Speakers'),
    filter,
    speakers.length ? h('ol', { class: 'speaker-list' }, ...namedItems) : empty('No speakers yet.'),
    more,
    pronounItems.length
      ? h('details', { class: 'unresolved' }, h('summary', null, `Not resolved to anyone (${pronouns.reduce((n, sp) => n + sp.quotes, 0)} quotes)`), h('ol', { class: 'speaker-list' }, ...pronounItems))
      : null,
  );

  const words = searchInput(q ?? '', 'Words in the quote…', (v) => go({ speaker, q: v || undefined }));
  const active = speaker ? speakers.find((s) => s.key === speaker) : undefined;
  const activeSpeaker = speaker ? (active?.name ?? speaker) : undefined;
  const head = h(
    'header',
    { class: 'page-head' },
    h('h1', null, 'Quotes'),
    h('span', { class: 'total' }, `${page.total.toLocaleString('en')} found`),
    activeSpeaker ? h('span', { class: 'filter chip' }, 'by ', h('b', null, activeSpeaker), ' ', h('a', { href: hashOf(['quotes'], { q }), 'aria-label': 'clear speaker' }, '×')) : null,
    active && !active.key.startsWith('name:') ? h('a', { href: hashOf(['speaker', active.key]) }, 'profile →') : null,
    h('span', { class: 'spacer' }),
    words,
  );
  mount(
    root,
    h(
      'section',
      { class: 'page two-col' },
      side,
      h(
        'div',
        { class: 'main-col' },
        head,
        page.items.length ? h('ol', { class: 'quote-list' }, ...page.items.map((hit) => quoteItem(hit))) : empty('No quotes match.'),
        page.total > LIMIT || offset ? pager(page.total, offset, LIMIT, (o) => hashOf(['quotes'], { speaker, q, offset: o || undefined })) : null,
      ),
    ),
  );
};
