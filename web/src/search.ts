/** Full-text search over articles and quotes, with highlighted snippets. */
import { api, type SearchHit } from './api.js';
import { h, marked, mount } from './dom.js';
import { articleHref, fmtDate } from './format.js';
import { hashOf, type View } from './router.js';
import { empty, searchInput } from './ui.js';

function hitItem(hit: SearchHit): HTMLElement {
  return h(
    'li',
    { class: 'search-hit kind-' + hit.kind },
    h('div', { class: 'qi-head' }, h('span', { class: 'badge' }, hit.kind), h('a', { class: 'hit-title', href: articleHref(hit.article.id, hit.index) }, hit.article.title ?? hit.article.id)),
    h('p', { class: 'snippet' }, marked(hit.snippet, hit.highlights)),
    h('div', { class: 'qi-foot' }, hit.article.source ? h('span', { class: 'source' }, hit.article.source) : null, h('time', null, fmtDate(hit.article.published) || 'undated')),
  );
}

export const searchView: View = async (root, route, alive) => {
  const q = (route.query.get('q') ?? '').trim();
  document.title = (q ? q + ' · ' : '') + 'Search · Readout';
  const input = searchInput(q, 'Search articles and quotes…', (v) => (location.hash = hashOf(['search'], { q: v || undefined })));
  input.classList.add('big');
  const results = h('div', { class: 'results' });
  mount(root, h('section', { class: 'page narrow' }, h('header', { class: 'page-head' }, h('h1', null, 'Search')), input, results));
  if (!q) {
    input.focus();
    mount(results, empty('Type words and press Enter: articles and quotes with all of them are found. "Quoted words" are a phrase; OR between two words takes either; -word leaves out what has it.'));
    return;
  }
  const { items } = await api.search(q, 50);
  if (!alive()) return;
  const arts = items.filter((i) => i.kind === 'article');
  const quotes = items.filter((i) => i.kind === 'quote');
  mount(
    results,
    !items.length ? empty(`Nothing found for “${q}”.`) : null,
    arts.length ? [h('h2', null, 'Articles', h('span', { class: 'n' }, String(arts.length))), h('ol', { class: 'hit-list' }, ...arts.map(hitItem))] : null,
    quotes.length ? [h('h2', null, 'Quotes', h('span', { class: 'n' }, String(quotes.length))), h('ol', { class: 'hit-list' }, ...quotes.map(hitItem))] : null,
  );
};
