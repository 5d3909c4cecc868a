import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import type { Store } from '../src/store/store.js';
import { buildWeb, fixtureStore, HOSTILE_TEXT } from './web.fixture.js';

describe('web: the API the UI reads, and the UI files', () => {
  let app: FastifyInstance;
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    buildWeb();
    ({ store, cleanup } = await fixtureStore());
    app = await buildApp({ store });
  });
  afterAll(async () => {
    await app?.close();
    await cleanup?.();
  });

  it('serves index.html at / with a strict CSP, and the bundle', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.body).toContain('<script type="module" src="app.js"></script>');
    expect(res.body).not.toMatch(/<script>|<style>|\sstyle=|\son[a-z]+=/i);
    const js = await app.inject({ method: 'GET', url: '/app.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.body).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=|document\.write/);
    const css = await app.inject({ method: 'GET', url: '/style.css' });
    expect(css.statusCode).toBe(200);
    // a deep link that is not an API route gets the app
    const deep = await app.inject({ method: 'GET', url: '/article/hostile-1' });
    expect(deep.body).toContain('app.js');
  });

  it('lists articles with counts and gives one back with its layers', async () => {
    const list = (await app.inject({ method: 'GET', url: '/api/articles?limit=10' })).json();
    expect(list.total).toBe(2);
    expect(list.items.map((a: { id: string }) => a.id)).toEqual(['calm-1', 'hostile-1']);
    expect(list.items[1].counts).toEqual({ quotes: 2, entities: 4, times: 1, events: 1 });
    const one = await app.inject({ method: 'GET', url: '/api/articles/hostile-1' });
    expect(one.headers['content-type']).toMatch(/application\/json/);
    const body = one.json();
    expect(body.article.text).toBe(HOSTILE_TEXT);
    expect(body.analysis.quotes[0].speaker.name).toBe('Anna Berg');
    expect(body.analysis.entities[1]).toMatchObject({ type: 'LOC', text: 'Oslo' });
    expect(body.analysis.paragraphs.length).toBe(2);
    expect((await app.inject({ method: 'GET', url: '/api/articles/nope' })).statusCode).toBe(404);
  });

  it('filters quotes by speaker key and name, and by words', async () => {
    const byKey = (await app.inject({ method: 'GET', url: '/api/quotes?speaker=' + encodeURIComponent('per:lars dahl') })).json();
    expect(byKey.total).toBe(1);
    expect(byKey.items[0].quote.text).toBe('The budget is balanced.');
    expect(byKey.items[0].context.text).toContain('told reporters');
    expect(byKey.items[0].speakerKey).toBe('per:lars dahl');
    const byName = (await app.inject({ method: 'GET', url: '/api/quotes?speaker=Anna%20Berg' })).json();
    expect(byName.total).toBe(2);
    const words = (await app.inject({ method: 'GET', url: '/api/quotes?q=budget' })).json();
    expect(words.items.map((q: { article: { id: string } }) => q.article.id)).toEqual(['calm-1']);
    const speakers = (await app.inject({ method: 'GET', url: '/api/speakers' })).json();
    expect(speakers[0]).toMatchObject({ key: 'per:anna berg', quotes: 2 });
    expect((await app.inject({ method: 'GET', url: '/api/quotes?limit=0' })).statusCode).toBe(400);
  });

  it('gives an actor with appearances, quotes and events; events and search', async () => {
    const actor = (await app.inject({ method: 'GET', url: '/api/actors/' + encodeURIComponent('per:anna berg') })).json();
    expect(actor).toMatchObject({ name: 'Anna Berg', type: 'PER', country: 'NOR', role: 'GOV' });
    expect(actor.appearances).toHaveLength(1);
    expect(actor.appearances[0]).toMatchObject({ article: 'hostile-1', mentions: 2, published: '2025-07-03' });
    expect(actor.quotes.total).toBe(2);
    expect(actor.events.total).toBe(1);
    const actors = (await app.inject({ method: 'GET', url: '/api/actors?type=LOC' })).json();
    expect(actors.items.map((a: { name: string }) => a.name).sort()).toEqual(['Bergen', 'Oslo']);
    const events = (await app.inject({ method: 'GET', url: '/api/events?code=03' })).json();
    expect(events.items[0].event).toMatchObject({ code: '036', modality: 'planned' });
    const search = (await app.inject({ method: 'GET', url: '/api/search?q=resume' })).json();
    const hit = search.items.find((i: { kind: string }) => i.kind === 'article');
    expect(hit.snippet.slice(hit.highlights[0][0], hit.highlights[0][1])).toBe('resume');
    expect((await app.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404);
  });
});
