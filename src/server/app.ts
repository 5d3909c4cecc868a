/**
 * The HTTP API and the UI. Each route declares its input schema (validated at the edge) and
 * reads the store; nothing here knows how the store works. Article text goes out as JSON data:
 * the UI renders it as text, never as HTML.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { Type, type Static } from '@sinclair/typebox';
import { existsSync } from 'node:fs';
import type { Store } from '../store/store.js';
import { projectRoot } from '../data.js';
import { join } from 'node:path';
import { CODEBOOK } from './codebook.js';

const Paging = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
};
const ArticleParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) });
const KeyParams = Type.Object({ key: Type.String({ minLength: 1, maxLength: 300 }) });
const ArticlesQuery = Type.Object({ ...Paging, source: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
const QuotesQuery = Type.Object(
  {
    ...Paging,
    speaker: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    article: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  },
  { additionalProperties: false },
);
const NameQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 200 })), type: Type.Optional(Type.Union([Type.Literal('PER'), Type.Literal('ORG'), Type.Literal('LOC'), Type.Literal('MISC')])), ...Paging },
  { additionalProperties: false },
);
const EventsQuery = Type.Object(
  {
    actor: Type.Optional(Type.String({ maxLength: 300 })),
    code: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$' })),
    grouped: Type.Optional(Type.Boolean({ description: 'one item per event (its first report) instead of one per report' })),
    ...Paging,
  },
  { additionalProperties: false },
);
const SearchQuery = Type.Object({ q: Type.String({ minLength: 1, maxLength: 200, description: 'words (all required), "a phrase", a OR b, -word or -"a phrase" to leave out' }), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }, { additionalProperties: false });

export interface AppOptions {
  store: Store;
  /** serve the built UI from web/dist (default true) */
  ui?: boolean;
  logger?: boolean;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { store } = opts;
  const app = Fastify({
    logger: opts.logger ?? false,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true } },
  });

  app.setErrorHandler((err: { statusCode?: number; validation?: unknown; message: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (err.validation) return reply.status(400).send({ error: 'bad request', message: err.message });
    if (status >= 500) app.log.error(err);
    return reply.status(status).send({ error: status >= 500 ? 'internal error' : 'bad request', message: status >= 500 ? 'internal error' : err.message });
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
    return payload;
  });

  app.get('/api/health', async () => ({ ok: true, ...(await store.stats()) }));

  app.get<{ Querystring: Static<typeof ArticlesQuery> }>('/api/articles', { schema: { querystring: ArticlesQuery } }, async (req) =>
    store.listArticles(req.query),
  );

  app.get<{ Params: Static<typeof ArticleParams> }>('/api/articles/:id', { schema: { params: ArticleParams } }, async (req, reply) => {
    const a = await store.getArticle(req.params.id);
    if (!a) return reply.status(404).send({ error: 'not found', message: `no article with id ${req.params.id}` });
    return a;
  });

  app.get<{ Querystring: Static<typeof QuotesQuery> }>('/api/quotes', { schema: { querystring: QuotesQuery } }, async (req) => store.quotes(req.query));

  app.get<{ Querystring: Static<typeof NameQuery> }>('/api/speakers', { schema: { querystring: NameQuery } }, async (req) =>
    store.speakers({ q: req.query.q, limit: req.query.limit }),
  );

  app.get<{ Querystring: Static<typeof NameQuery> }>('/api/actors', { schema: { querystring: NameQuery } }, async (req) => store.actors(req.query));

  app.get<{ Params: Static<typeof KeyParams> }>('/api/actors/:key', { schema: { params: KeyParams } }, async (req, reply) => {
    const a = await store.actor(req.params.key);
    if (!a) return reply.status(404).send({ error: 'not found', message: `no actor ${req.params.key}` });
    const quotes = await store.quotes({ speaker: req.params.key, limit: 200 });
    // one item per event, as the events page lists them, with the count of all their reports
    const events = await store.events({ actor: req.params.key, grouped: true, limit: 200 });
    const reports = (await store.events({ actor: req.params.key, limit: 1 })).total;
    return { ...a, quotes, events: { ...events, reports } };
  });

  app.get<{ Querystring: Static<typeof EventsQuery> }>('/api/events', { schema: { querystring: EventsQuery } }, async (req) => store.events(req.query));

  app.get<{ Querystring: Static<typeof SearchQuery> }>('/api/search', { schema: { querystring: SearchQuery } }, async (req) => ({
    items: await store.search(req.query.q, { limit: req.query.limit }),
  }));

  app.get('/api/codebook', async () => CODEBOOK);

  app.get('/api/openapi.json', async () => openapi(app));

  if (opts.ui !== false) {
    const dist = join(projectRoot(), 'web', 'dist');
    if (existsSync(join(dist, 'index.html'))) {
      await app.register(fastifyStatic, { root: dist, prefix: '/', index: ['index.html'] });
      // client-side routes (#/… are hash routes, but allow deep links too)
      app.setNotFoundHandler((req, reply) => {
        if (req.url.startsWith('/api/')) return reply.status(404).send({ error: 'not found', message: `no route ${req.method} ${req.url.split('?')[0]}` });
        return reply.sendFile('index.html');
      });
    } else {
      app.get('/', async (_req, reply) => reply.type('text/plain').send('Readout API is running; the UI is not built (run `npm run build`).'));
    }
  }
  return app;
}

/** A small OpenAPI description generated from the registered routes' schemas. */
function openapi(app: FastifyInstance): unknown {
  void app;
  const q = (schema: { properties?: Record<string, unknown> }) =>
    Object.entries(schema.properties ?? {}).map(([name, s]) => ({ name, in: 'query', schema: s }));
  return {
    openapi: '3.0.3',
    info: { title: 'Readout API', version: '1' },
    paths: {
      '/api/health': { get: { summary: 'store counts' } },
      '/api/articles': { get: { summary: 'articles, newest first', parameters: q(ArticlesQuery) } },
      '/api/articles/{id}': { get: { summary: 'one article with its analysis (standoff layers over its text)', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] } },
      '/api/quotes': { get: { summary: 'quotes, filtered by speaker, words, article', parameters: q(QuotesQuery) } },
      '/api/speakers': { get: { summary: 'who is quoted, how often', parameters: q(NameQuery) } },
      '/api/actors': { get: { summary: 'actors across the corpus', parameters: q(NameQuery) } },
      '/api/actors/{key}': { get: { summary: 'one actor: names, roles, appearances over time, quotes, events', parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }] } },
      '/api/events': { get: { summary: 'CAMEO events by actor and code prefix', parameters: q(EventsQuery) } },
      '/api/search': { get: { summary: 'full-text search over articles and quotes', parameters: q(SearchQuery) } },
      '/api/codebook': { get: { summary: 'CAMEO event codes with PLOVER categories' } },
    },
  };
}
