/** Readout UI: the shell (header, navigation) and the routes. */
import { api } from './api.js';
import { actorsView, actorView } from './actors.js';
import { articlesView } from './articles.js';
import { h, mount } from './dom.js';
import { eventsView } from './events.js';
import { networkView } from './network.js';
import { quotesView } from './quotes.js';
import { readerView } from './reader.js';
import { hashOf, parseHash, type View } from './router.js';
import { searchView } from './search.js';
import { errorBox } from './ui.js';

const ROUTES: Record<string, View> = {
  articles: articlesView,
  article: readerView,
  quotes: quotesView,
  speaker: actorView,
  actors: actorsView,
  actor: actorView,
  network: networkView,
  events: eventsView,
  search: searchView,
};

const NAV: Array<[string, string, string[]]> = [
  ['articles', 'Articles', ['articles', 'article']],
  ['quotes', 'Quotes', ['quotes']],
  ['actors', 'Actors', ['actors', 'actor', 'speaker']],
  ['network', 'Network', ['network']],
  ['events', 'Events', ['events']],
];

function shell(): { main: HTMLElement; navLinks: Map<string, HTMLElement>; search: HTMLInputElement; status: HTMLElement } {
  const navLinks = new Map<string, HTMLElement>();
  const nav = h(
    'nav',
    { class: 'nav', 'aria-label': 'main' },
    ...NAV.map(([id, label]) => {
      const a = h('a', { href: '#/' + id }, label);
      navLinks.set(id, a);
      return a;
    }),
  );
  const search = h('input', { type: 'search', placeholder: 'Search…', 'aria-label': 'Search articles and quotes', class: 'top-search' });
  search.addEventListener('keydown', (ev) => {
    if ((ev as KeyboardEvent).key === 'Enter' && search.value.trim()) location.hash = hashOf(['search'], { q: search.value.trim() });
  });
  const status = h('span', { class: 'status' });
  const brand = h('a', { class: 'brand', href: '#/articles' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '❝'), 'Readout');
  const header = h('header', { class: 'top' }, h('div', { class: 'top-inner' }, brand, nav, h('span', { class: 'spacer' }), search));
  const main = h('main', { id: 'view', tabindex: -1 });
  const footer = h('footer', { class: 'foot' }, status);
  mount(document.body, header, main, footer);
  return { main, navLinks, search, status };
}

function start(): void {
  const ui = shell();
  let token = 0;
  const render = async () => {
    const my = ++token;
    const alive = () => my === token;
    const route = parseHash(location.hash);
    const name = route.parts[0] ?? 'articles';
    const view = ROUTES[name] ?? articlesView;
    for (const [id, , names] of NAV) ui.navLinks.get(id)?.classList.toggle('on', names.includes(name));
    ui.search.value = name === 'search' ? (route.query.get('q') ?? '') : '';
    ui.main.setAttribute('aria-busy', 'true');
    const slow = setTimeout(() => alive() && ui.main.classList.add('loading'), 150);
    try {
      await view(ui.main, route, alive);
    } catch (e) {
      if (alive()) mount(ui.main, h('section', { class: 'page' }, errorBox(e)));
    } finally {
      clearTimeout(slow);
      if (alive()) {
        ui.main.classList.remove('loading');
        ui.main.removeAttribute('aria-busy');
        document.body.dataset.route = name;
        document.body.dataset.ready = String(my);
      }
    }
  };
  let lastPath = '';
  window.addEventListener('hashchange', () => {
    const path = parseHash(location.hash).parts.join('/');
    void render().then(() => {
      if (path !== lastPath) window.scrollTo(0, 0);
      lastPath = path;
    });
  });
  lastPath = parseHash(location.hash).parts.join('/');
  void render();
  api
    .health()
    .then((s) => mount(ui.status, `${s.articles.toLocaleString('en')} articles · ${s.quotes.toLocaleString('en')} quotes · ${s.actors.toLocaleString('en')} actors · ${s.events.toLocaleString('en')} events`))
    .catch(() => mount(ui.status, 'API unavailable'));
}

start();
