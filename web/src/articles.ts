/** The article list, newest first, with layer counts. */
import { api } from './api.js';
import { h, mount } from './dom.js';
import { articleHref, fmtDate } from './format.js';
import { hashOf, type View } from './router.js';
import { empty, pager } from './ui.js';

const LIMIT = 25;

function count(n: number, label: string, cls: string): HTMLElement {
  return h('span', { class: 'pill ' + cls + (n ? '' : ' zero'), title: `${n} ${label}` }, h('b', null, String(n)), ' ' + label);
}

export const articlesView: View = async (root, route, alive) => {
  const offset = Math.max(0, Number(route.query.get('offset')) || 0);
  const source = route.query.get('source') ?? undefined;
  const page = await api.articles({ limit: LIMIT, offset, source });
  if (!alive()) return;
  document.title = 'Articles · Readout';
  const list = h(
    'ol',
    { class: 'article-list' },
    ...page.items.map((a) =>
      h(
        'li',
        { class: 'article-row' },
        h('a', { class: 'title', href: articleHref(a.id) }, a.title || a.id),
        h(
          'div',
          { class: 'row-meta' },
          a.source ? h('a', { class: 'source', href: hashOf(['articles'], { source: a.source }) }, a.source) : null,
          h('time', { datetime: a.published ?? '' }, a.published ? fmtDate(a.published) : 'undated'),
        ),
        h('div', { class: 'row-counts' }, count(a.counts.quotes, 'quotes', 'c-q'), count(a.counts.entities, 'names', 'c-e'), count(a.counts.times, 'dates', 'c-t'), count(a.counts.events, 'events', 'c-ev')),
      ),
    ),
  );
  mount(
    root,
    h(
      'section',
      { class: 'page' },
      h('header', { class: 'page-head' }, h('h1', null, 'Articles'), source ? h('span', { class: 'filter' }, 'from ', h('b', null, source), ' ', h('a', { href: '#/articles' }, '× clear')) : null),
      page.items.length ? list : empty('No articles yet. Ingest some with `readout ingest PATH`.'),
      page.total > LIMIT || offset ? pager(page.total, offset, LIMIT, (o) => hashOf(['articles'], { source, offset: o || undefined })) : null,
    ),
  );
};
