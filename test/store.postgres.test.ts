import { describe, expect, it } from 'vitest';
import { storeContract } from './store.contract.js';
import { openStore } from '../src/store/open.js';
import { PostgresStore } from '../src/store/postgres/index.js';
import { MIGRATIONS } from '../src/store/postgres/migrations.js';
import { freshSchema, pgReachable } from './pg.helpers.js';
import { contentHash } from '../src/ingest/records.js';
import type { Analysis, Article } from '../src/model/types.js';

describe.skipIf(!pgReachable)('PostgreSQL store', () => {
  let drop: (() => Promise<void>) | undefined;
  let url = '';
  storeContract(
    'PostgreSQL',
    async () => {
      const s = await freshSchema();
      drop = s.drop;
      url = s.url;
      const store = await openStore(s.url);
      expect(store).toBeInstanceOf(PostgresStore);
      return store;
    },
    async () => {
      await drop?.();
    },
    async (store) => {
      const v = MIGRATIONS.find((m) => m.backfill === 'joint-speakers')!.version;
      await (store as PostgresStore).pool.query(`DROP TABLE quote_speakers; DELETE FROM schema_version WHERE version >= ${v}`);
      await store.close();
      return openStore(url);
    },
  );
});

function art(id: string, text: string, published?: string): Article {
  return { id, text, hash: contentHash(text), published, title: `Title of ${id}`, source: 'Test Wire', ingested: '2025-07-10T00:00:00.000Z' };
}

function emptyAnalysis(a: Article): Analysis {
  return { id: a.id, version: 'test', paragraphs: [], sentences: [], tokens: [], entities: [], actors: [], times: [], quotes: [], events: [], claims: [], findings: [] };
}

describe.skipIf(!pgReachable)('PostgreSQL store under concurrency', () => {
  it('migrates once when several processes migrate at once', async () => {
    const s = await freshSchema();
    const stores = [0, 1, 2, 3].map(() => new PostgresStore(s.url, { max: 2 }));
    try {
      await Promise.all(stores.map((st) => st.migrate()));
      const r = await stores[0].pool.query('SELECT version FROM schema_version ORDER BY version');
      expect(r.rows.map((x) => x.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await stores[1].stats()).toEqual({ articles: 0, quotes: 0, actors: 0, events: 0 });
      // the queue looks jobs up by article id (ingest --queue, for every article it is given)
      const ix = await stores[0].pool.query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'jobs' AND schemaname = current_schema()`);
      expect(ix.rows.map((x) => x.indexdef as string).some((d) => /\(article_id\)$/.test(d))).toBe(true);
    } finally {
      await Promise.all(stores.map((st) => st.close()));
      await s.drop();
    }
  });

  it('stores the same content once when many writers put it at the same moment', async () => {
    const s = await freshSchema();
    const stores = [0, 1, 2, 3, 4, 5].map(() => new PostgresStore(s.url, { max: 2 }));
    try {
      await stores[0].migrate();
      const text = 'The minister said the talks would resume on Monday.';
      const results = await Promise.all(stores.map((st, i) => st.putArticle(art(`copy-${i}`, text), emptyAnalysis(art(`copy-${i}`, text)))));
      const stored = results.filter((r) => r.stored);
      expect(stored).toHaveLength(1);
      const winner = `copy-${results.findIndex((r) => r.stored)}`;
      for (const r of results) if (!r.stored) expect(r.duplicateOf).toBe(winner);
      expect((await stores[0].stats()).articles).toBe(1);
    } finally {
      await Promise.all(stores.map((st) => st.close()));
      await s.drop();
    }
  });

  it('does not deadlock when writers link the same actors in different orders', async () => {
    const s = await freshSchema();
    const stores = [0, 1, 2, 3].map(() => new PostgresStore(s.url, { max: 2 }));
    const names = ['Anna Berg', 'Carl Dunn', 'Eva Fox', 'Gil Hart'];
    try {
      await stores[0].migrate();
      const puts = [];
      for (let i = 0; i < 24; i++) {
        const order = i % 2 ? [...names].reverse() : names;
        const a = art(`multi-${i}`, `Article ${i}: ${order.join(', ')} met.`);
        const an = emptyAnalysis(a);
        an.actors = order.map((n, j) => ({ id: `e${j}`, name: n, type: 'PER', aliases: [n.split(' ')[1]], mentions: [] }));
        puts.push(stores[i % stores.length].putArticle(a, an));
      }
      const rs = await Promise.all(puts);
      expect(rs.every((r) => r.stored)).toBe(true);
      const actors = await stores[0].actors();
      expect(actors.items.map((x) => [x.key, x.articles])).toEqual(expect.arrayContaining(names.map((n) => [`per:${n.toLowerCase()}`, 24])));
      expect(actors.total).toBe(4);
    } finally {
      await Promise.all(stores.map((st) => st.close()));
      await s.drop();
    }
  });
});

describe.skipIf(!pgReachable)('PostgreSQL full-text search', () => {
  it('folds accents like FTS5 remove_diacritics, never fails on query syntax, and weighs titles', async () => {
    const s = await freshSchema();
    const store = await openStore(s.url);
    try {
      const a = art('accents', 'President Zelenský met Erdoğan in Kraków on Tuesday.');
      const b = { ...art('plain', 'Officials met in Ankara; Erdogan spoke briefly.'), title: 'Kraków summit' };
      await store.putArticle(a, emptyAnalysis(a));
      await store.putArticle(b, emptyAnalysis(b));
      expect((await store.search('zelensky')).map((h) => h.article.id)).toEqual(['accents']);
      expect((await store.search('Zelenský')).map((h) => h.article.id)).toEqual(['accents']);
      expect((await store.search('erdogan')).map((h) => h.article.id).sort()).toEqual(['accents', 'plain']);
      expect((await store.search('krakow'))[0].article.id).toBe('plain');
      for (const q of ['a & b |', "it's !(", '-erdogan', '"', '<->', 'OR AND NOT', ':*']) {
        await expect(store.search(q)).resolves.toBeInstanceOf(Array);
        await expect(store.quotes({ q })).resolves.toHaveProperty('total');
      }
      expect((await store.search('erdogan OR nobody')).map((h) => h.article.id).sort()).toEqual(['accents', 'plain']);
      expect((await store.search('"Zelenský met"')).map((h) => h.article.id)).toEqual(['accents']);
      expect(await store.search('erdogan -krakow')).toEqual([]);
      // words in tag-like text, paths and addresses are words, as in FTS5
      const c = art('markup', 'The page showed <script>alert(secretword)</script> and said/told a reader at desk@example.org.');
      await store.putArticle(c, emptyAnalysis(c));
      for (const w of ['secretword', 'told', 'desk', 'example']) expect((await store.search(w)).map((h) => h.article.id)).toEqual(['markup']);
    } finally {
      await store.close();
      await s.drop();
    }
  });

  it('refuses an unknown URL scheme and reports an unreachable server with its location', async () => {
    await expect(openStore('mysql://x/y')).rejects.toThrow(/unsupported store location/);
    await expect(openStore('postgres://nobody:secret@127.0.0.1:1/none')).rejects.toThrow(/postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
  });

  it('gives no password back in an error', async () => {
    const err = await openStore('postgres://nobody:secret@127.0.0.1:1/none').catch((e: Error) => e);
    expect(String((err as Error).message)).not.toContain('secret');
  });
});

describe.skipIf(!pgReachable)('PostgreSQL and SQLite give the same answers', () => {
  it('on the example articles, analyzed', async () => {
    const { readSources } = await import('../src/ingest/readers.js');
    const { analyze } = await import('../src/analyze.js');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'readout-parity-'));
    const s = await freshSchema();
    const lite = await openStore(join(dir, 'p.db'));
    const pgs = await openStore(s.url);
    try {
      let n = 0;
      for await (const item of readSources([join(import.meta.dirname, '..', 'examples')])) {
        if ('error' in item) continue;
        const article = { ...item.article, ingested: `2025-07-10T00:00:${String(n++ % 60).padStart(2, '0')}.000Z` };
        const an = analyze(article);
        expect(await pgs.putArticle(article, an)).toEqual(await lite.putArticle(article, an));
        // a second copy under another id is a duplicate in both
        const copy = { ...article, id: article.id + '-copy' };
        expect(await pgs.putArticle(copy, an)).toEqual(await lite.putArticle(copy, an));
      }
      expect(n).toBeGreaterThan(3);
      const same = async <T>(f: (st: typeof lite) => Promise<T>) => expect(await f(pgs)).toEqual(await f(lite));
      await same((st) => st.stats());
      await same((st) => st.listArticles({ limit: 100 }));
      await same((st) => st.listArticles({ limit: 2, offset: 1 }));
      await same((st) => st.quotes({ limit: 500 }));
      await same((st) => st.speakers({ limit: 500 }));
      await same((st) => st.actors({ limit: 1000 }));
      await same((st) => st.events({ limit: 1000 }));
      const actors = (await lite.actors({ limit: 1000 })).items;
      for (const a of actors.slice(0, 25)) {
        await same((st) => st.actor(a.key));
        await same((st) => st.events({ actor: a.key }));
        await same((st) => st.quotes({ speaker: a.key }));
        await same((st) => st.actors({ q: a.name.slice(0, 4) }));
      }
      for (const w of ['said', 'minister', 'the', 'percent', 'president said']) {
        await same((st) => st.quotes({ q: w, limit: 500 }));
        const key = (h: { kind: string; article: { id: string }; index?: number }) => `${h.kind}:${h.article.id}:${h.index ?? ''}`;
        expect((await pgs.search(w, { limit: 500 })).map(key).sort()).toEqual((await lite.search(w, { limit: 500 })).map(key).sort());
      }
    } finally {
      await lite.close();
      await pgs.close();
      await s.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
