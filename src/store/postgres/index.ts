/**
 * The scale-out store: PostgreSQL through a connection pool (`pg.Pool`), full-text search with
 * tsvector/tsquery over GIN indexes, migrations versioned in code (`migrations.ts`). Its results
 * are those of the SQLite store (`../sqlite/`): both run the contract tests in
 * `test/store.contract.ts`.
 *
 * Many processes may write at once (see `queue.ts` and `readout worker`). `putArticle` runs in one
 * transaction that first takes transaction-scoped advisory locks, in one global order, on the
 * article's content hash, its id and every corpus actor it may touch (a person's surname, an
 * actor's key). So two writers of the same content cannot both store it, the bare-surname rule
 * sees every actor committed before it, and writers never deadlock.
 */
import pg from 'pg';
import { createHash } from 'node:crypto';
import type { Analysis, Article, Entity, Event, EventActor, Quote } from '../../model/types.js';
import { eventKey } from '../../corpus/events.js';
import { actorKey, bareTakenOver, entityKey, fullerName, joinPerson, normalizeName, officeHolder, officeLikePatterns, rekeyEvent, surnameOf, type Office } from '../../corpus/actors.js';
import { countryOf } from '../../extract/entities/gazetteer.js';
import type {
  ActorDetail,
  ActorSummary,
  ArticleCopy,
  ArticleSummary,
  EventHit,
  EventQuery,
  Page,
  PutResult,
  QuoteHit,
  QuoteQuery,
  SearchHit,
  SpeakerSummary,
  Store,
  StoredAnalysis,
} from '../store.js';
import { MIGRATIONS } from './migrations.js';
import { actorNameMatches, filedActor, quoteHits, likeEscape, nameLikePattern, nameMatches, speakerKeysFitting, type Row, rowToActor, rowToArticle, rowToCopy, rowToSummary, reportCounts, snippetAround, sortDate, speakerKeyOf, str, tsQuery, uniq, unlinkedOffice, unlinkedPersonName, unlinkedActorName, unlinkedActorOffice, jointSpeakerNames, relayedSources, officesToRefile, refileWindow, type UnfiledSpeaker } from '../common.js';
import { displayLocation } from '../open.js';

export type Client = pg.PoolClient;

/** Error codes after which a transaction is simply run again. */
const RETRY_CODES = new Set(['40001', '40P01']);

export class PostgresStore implements Store {
  readonly pool: pg.Pool;

  constructor(readonly url: string, opts: { max?: number } = {}) {
    this.pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
    // an idle client whose connection dies must not crash the process; the next query reports it
    this.pool.on('error', () => {});
  }

  /** Runs `fn` in one transaction on one pooled connection; runs it again after a serialization failure or deadlock. */
  async tx<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const c = await this.pool.connect();
      let broken = false;
      try {
        await c.query('BEGIN');
        const r = await fn(c);
        await c.query('COMMIT');
        return r;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {
          broken = true;
        });
        if (attempt < 5 && RETRY_CODES.has(pgCode(e))) continue;
        throw e;
      } finally {
        c.release(broken);
      }
    }
  }

  async migrate(): Promise<void> {
    for (const m of MIGRATIONS) {
      await this.tx(async (c) => {
        // one migrator at a time per schema; the others wait here, then find the work done
        await c.query("SELECT pg_advisory_xact_lock(hashtextextended('readout-migrate:' || current_schema(), 0))");
        await c.query('CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())');
        const r = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
        if ((r.rows[0].v ?? 0) >= m.version) return;
        await c.query(m.sql);
        // the joint quotes stored before their table existed are filed in the same transaction
        if (m.backfill === 'joint-speakers') await this.backfillJointSpeakers(c);
        await c.query('INSERT INTO schema_version (version) VALUES ($1)', [m.version]);
      });
    }
    await this.backfillEventKeys();
  }

  /** Files each quote of two people named together ("Joseph Biden and Vladimir Putin") that was stored before the table of joint speakers existed under each known person (see `putArticleIn`). */
  private async backfillJointSpeakers(c: Pick<Client, 'query'>): Promise<void> {
    const rows = (await c.query("SELECT article_id, idx FROM quotes WHERE speaker_name LIKE '% and %' ORDER BY article_id, idx")).rows as Row[];
    let id: string | undefined;
    let an: StoredAnalysis | undefined;
    for (const r of rows) {
      if (r.article_id !== id) {
        id = r.article_id as string;
        an = JSON.parse((await c.query('SELECT analysis FROM articles WHERE id = $1', [id])).rows[0].analysis as string) as StoredAnalysis;
      }
      const q = an?.quotes[r.idx as number];
      for (const name of (q && jointSpeakerNames(q)) ?? []) {
        const key = await this.joinKnown(c, name);
        if (key) await c.query('INSERT INTO quote_speakers (article_id, idx, actor_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [id, r.idx, key]);
      }
    }
  }

  /** Keys events stored before event keys existed (migration 4), from their stored analyses. */
  private async backfillEventKeys(): Promise<void> {
    const todo = await this.rows('SELECT DISTINCT article_id FROM events WHERE event_key IS NULL');
    for (const { article_id } of todo) {
      await this.tx(async (c) => {
        const r = (await c.query('SELECT published, analysis FROM articles WHERE id = $1', [article_id])).rows[0] as Row;
        const keys = new Map(((await c.query('SELECT entity_id, actor_key FROM actor_mentions WHERE article_id = $1', [article_id])).rows as Row[]).map((k) => [k.entity_id as string, k.actor_key as string]));
        const an = JSON.parse(r.analysis as string) as StoredAnalysis;
        const evKeys = an.events.map((e) => eventKey({ published: str(r.published) }, e, (a) => (a.entity ? keys.get(a.entity) : undefined)));
        await c.query('UPDATE events SET event_key = k FROM unnest($2::int[], $3::text[]) AS u (i, k) WHERE article_id = $1 AND idx = i AND event_key IS NULL', [article_id, evKeys.map((_, i) => i), evKeys]);
      });
    }
  }

  async hasContent(hash: string): Promise<string | undefined> {
    const r = await this.pool.query<{ id: string }>('SELECT id FROM articles WHERE hash = $1', [hash]);
    return r.rows[0]?.id;
  }

  async putArticle(article: Article, analysis: Analysis): Promise<PutResult> {
    try {
      return await this.tx((c) => this.putArticleIn(c, article, analysis));
    } catch (e) {
      // a writer that does not take the advisory locks (an older version) can still race us: the unique indexes decide
      if (pgCode(e) === '23505' && article.hash) {
        const dup = await this.hasContent(article.hash);
        if (dup) return this.addCopy(article);
        if ((e as { constraint?: string }).constraint === 'articles_pkey') throw idConflict(article.id);
      }
      throw e;
    }
  }

  /** `putArticle` inside a transaction the caller owns (the job queue also marks its job done in it). */
  async putArticleIn(c: Client, article: Article, analysis: Analysis): Promise<PutResult> {
    const hash = article.hash;
    if (!hash) throw new Error(`article ${article.id} has no content hash`);
    checkStorable(article);
    await c.query('SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k', [lockKeys(article, analysis.actors)]);
    const known = await c.query<{ id: string; same: boolean }>('SELECT id, hash = $1 AS same FROM articles WHERE hash = $1 OR id = $2', [hash, article.id]);
    const dup = known.rows.find((r) => r.same);
    if (dup) return this.recordCopy(c, article, dup.id);
    if (known.rows.length) throw idConflict(article.id);
    const ingested = article.ingested ?? new Date().toISOString();
    const stored: StoredAnalysis = { ...analysis };
    delete (stored as Partial<Analysis>).tokens;
    await c.query(
      `INSERT INTO articles (id, hash, title, url, source, published, byline, license, ingested, text, analysis,
         n_quotes, n_entities, n_times, n_events, tsv)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
         setweight(to_tsvector('simple', $16), 'A') || setweight(to_tsvector('simple', $17), 'B'))`,
      [
        article.id, hash, article.title ?? null, article.url ?? null, article.source ?? null, article.published ?? null,
        article.byline ?? null, article.license ?? null, ingested, article.text, JSON.stringify(stored),
        analysis.quotes.length, analysis.entities.length, analysis.times.length, analysis.events.length,
        searchText(article.title ?? ''), searchText(article.text),
      ],
    );
    const keys = await this.linkActors(c, article, analysis.actors);
    if (analysis.quotes.length) {
      const qs = analysis.quotes;
      const speakerKeys: Array<string | null> = [];
      for (const q of qs) speakerKeys.push(speakerKeyOf(q, keys) ?? (await this.knownPerson(c, q)) ?? (await this.officeHolder(c, q, article)) ?? null);
      await c.query(
        `INSERT INTO quotes (article_id, idx, start, "end", kind, text, speaker_name, speaker_key, cue, published, tsv)
         SELECT $1, i, s, e, k, t, sn, sk, c, p, to_tsvector('simple', f)
         FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
           AS u (i, s, e, k, t, sn, sk, c, p, f)`,
        [
          article.id,
          qs.map((_, i) => i),
          qs.map((q) => q.start),
          qs.map((q) => q.end),
          qs.map((q) => q.kind),
          qs.map((q) => q.text),
          qs.map((q) => q.speaker?.name ?? null),
          speakerKeys,
          qs.map((q) => q.cue?.text ?? null),
          qs.map((q) => sortDate(q.time) ?? article.published ?? null),
          qs.map((q) => searchText(q.text + ' ' + (q.speaker?.name ?? ''))),
        ],
      );
    }
    await this.refileOffices(c, article, analysis.actors);
    // a joint speaker ("Joseph Biden and Vladimir Putin"): the quote is each known person's too
    // relayed words (`via`) are also theirs whose words they were
    for (const [i, q] of analysis.quotes.entries()) {
      const relayed = relayedSources(q);
      const keysOf: Array<string | undefined> = [relayed.entity ? keys.get(relayed.entity) : undefined];
      for (const name of [...(jointSpeakerNames(q) ?? []), ...relayed.names]) keysOf.push(await this.joinKnown(c, name));
      for (const key of keysOf) {
        if (key) await c.query('INSERT INTO quote_speakers (article_id, idx, actor_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [article.id, i, key]);
      }
    }
    if (analysis.events.length) {
      const es = analysis.events;
      // an actor no entity stands for (a statement's author, named in its title) is the known person its name can only be
      const filed = new Map<EventActor, string | undefined>();
      for (const e of es) {
        for (const a of [e.source, e.target]) {
          if (!a || a.entity || filed.has(a)) continue;
          const name = unlinkedActorName(a);
          let key = name ? await this.joinKnown(c, name) : undefined;
          const office = key ? undefined : unlinkedActorOffice(a, article.source);
          if (office) key = await this.holderOf(c, office, article.published);
          filed.set(a, key);
        }
      }
      const corpusKey = (a: EventActor | null): string | undefined => (a?.entity ? keys.get(a.entity) : a ? filed.get(a) : undefined);
      await c.query(
        `INSERT INTO events (article_id, idx, code, root, modality, source_name, source_cameo, source_key, target_name, target_cameo, target_key, time, event_key)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])`,
        [
          article.id,
          es.map((_, i) => i),
          es.map((e) => e.code),
          es.map((e) => e.code.slice(0, 2)),
          es.map((e) => e.modality),
          es.map((e) => e.source?.name ?? null),
          es.map((e) => e.source?.cameo ?? null),
          es.map((e) => corpusKey(e.source) ?? null),
          es.map((e) => e.target?.name ?? null),
          es.map((e) => e.target?.cameo ?? null),
          es.map((e) => corpusKey(e.target) ?? null),
          es.map((e) => sortDate(e.time) ?? article.published ?? null),
          es.map((e) => eventKey(article, e, corpusKey)),
        ],
      );
    }
    return { stored: true };
  }

  /**
   * Finds or creates the corpus actor of each in-article entity; returns entity id → actor key.
   * The same rules as the SQLite store, entity by entity, but over the rows read in one query
   * (every actor this article can reach, all under the advisory locks taken) and written back in
   * three: a handful of round trips per article instead of several per entity.
   */
  private async linkActors(c: Client, article: Article, entities: Entity[]): Promise<Map<string, string>> {
    const keys = new Map<string, string>();
    if (!entities.length) return keys;
    const prepared = entities.map((e) => {
      const norm = normalizeName(e.name);
      return { e, key: entityKey(e), norm, place: e.type !== 'LOC' && e.country ? actorKey('LOC', e.name) : undefined };
    });
    const surnames = prepared.filter((p) => p.e.type === 'PER').map((p) => surnameOf(p.norm));
    const found = await c.query<ActorRow>(
      `SELECT key, name, type, country, role, surname, aliases FROM actors WHERE key = ANY($1::text[]) OR (type = 'PER' AND surname = ANY($2::text[]))`,
      [[...prepared.map((p) => p.key), ...prepared.flatMap((p) => (p.place ? [p.place] : []))], surnames],
    );
    const actors = new Map<string, ActorRow & { isNew?: boolean; changed?: boolean }>();
    const bySurname = new Map<string, Set<string>>();
    const addSurname = (a: ActorRow) => {
      if (a.type !== 'PER' || a.surname === null) return;
      let set = bySurname.get(a.surname);
      if (!set) bySurname.set(a.surname, (set = new Set()));
      set.add(a.key);
    };
    for (const a of found.rows) {
      actors.set(a.key, a);
      addSurname(a);
    }
    const mentions: Array<[string, string, number, string, string]> = [];
    /** stored actors of a bare surname taken over by a person's full name: [from, to] */
    const merges: Array<[string, string]> = [];
    for (const { e, norm, place, key: own } of prepared) {
      let key = own;
      if (e.type === 'PER') {
        // a person joins the one known person their name can be (see joinPerson)
        key = joinPerson(norm, [...(bySurname.get(surnameOf(norm)) ?? [])]) ?? key;
      } else if (place) {
        // a country's name tagged otherwise ("US officials") is the country
        const p = actors.get(place);
        if (p && p.country === e.country) key = place;
      }
      const names = [e.name, ...e.aliases];
      const existing = actors.get(key);
      if (!existing) {
        const a = {
          key, name: e.name, type: e.type, country: e.country ?? null, role: e.role ?? null,
          surname: e.type === 'PER' ? surnameOf(norm) : null, aliases: JSON.stringify(uniq(names)), isNew: true,
        };
        if (e.type === 'PER') {
          const filed = bySurname.get(surnameOf(norm));
          const bare = bareTakenOver(norm, [...(filed ?? [])]);
          const old = bare ? actors.get(bare) : undefined;
          if (bare && old) {
            // the bare surname known before was this person: its actor is taken over
            a.aliases = JSON.stringify(uniq([...(JSON.parse(a.aliases) as string[]), ...(JSON.parse(old.aliases) as string[])]));
            a.country ??= old.country;
            a.role ??= old.role;
            filed!.delete(bare);
            actors.delete(bare);
            if (!old.isNew) merges.push([bare, key]);
            for (const [id, k] of keys) if (k === bare) keys.set(id, key);
            for (const m of mentions) if (m[0] === bare) m[0] = key;
          }
        }
        actors.set(key, a);
        addSurname(a);
      } else {
        existing.name = fullerName(existing.name, e.name, e.type);
        existing.aliases = JSON.stringify(uniq([...(JSON.parse(existing.aliases) as string[]), ...names]));
        existing.country ??= e.country ?? null;
        existing.role ??= e.role ?? null;
        existing.changed = true;
      }
      keys.set(e.id, key);
      mentions.push([key, e.id, e.mentions.length, JSON.stringify(uniq(names)), JSON.stringify(e.titles ?? [])]);
    }
    const created = [...actors.values()].filter((a) => a.isNew);
    if (created.length) {
      await c.query(
        `INSERT INTO actors (key, name, type, country, role, surname, aliases)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
        (['key', 'name', 'type', 'country', 'role', 'surname', 'aliases'] as const).map((k) => created.map((a) => a[k])),
      );
    }
    for (const [from, to] of merges) {
      await c.query('UPDATE actor_mentions SET actor_key = $2 WHERE actor_key = $1', [from, to]);
      await c.query('UPDATE quotes SET speaker_key = $2 WHERE speaker_key = $1', [from, to]);
      await c.query(
        `INSERT INTO quote_speakers (article_id, idx, actor_key) SELECT article_id, idx, $2 FROM quote_speakers WHERE actor_key = $1 ON CONFLICT DO NOTHING`,
        [from, to],
      );
      await c.query('DELETE FROM quote_speakers WHERE actor_key = $1', [from]);
      const evs = await c.query<{ article_id: string; idx: number; event_key: string }>('SELECT article_id, idx, event_key FROM events WHERE source_key = $1 OR target_key = $1', [from]);
      if (evs.rows.length) {
        await c.query(
          `UPDATE events SET source_key = CASE WHEN source_key = $1 THEN $2 ELSE source_key END, target_key = CASE WHEN target_key = $1 THEN $2 ELSE target_key END, event_key = u.k
           FROM unnest($3::text[], $4::int[], $5::text[]) AS u (a, i, k) WHERE events.article_id = u.a AND events.idx = u.i`,
          [from, to, evs.rows.map((r) => r.article_id), evs.rows.map((r) => r.idx), evs.rows.map((r) => rekeyEvent(r.event_key, from, to))],
        );
      }
      await c.query('DELETE FROM actors WHERE key = $1', [from]);
    }
    const changed = [...actors.values()].filter((a) => a.changed && !a.isNew);
    if (changed.length) {
      await c.query(
        `UPDATE actors SET name = u.name, aliases = u.aliases, country = u.country, role = u.role
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u (key, aliases, country, role, name) WHERE actors.key = u.key`,
        (['key', 'aliases', 'country', 'role', 'name'] as const).map((k) => changed.map((a) => a[k])),
      );
    }
    await c.query(
      `INSERT INTO actor_mentions (actor_key, article_id, entity_id, mentions, names, titles, published)
       SELECT k, $1, e, n, nm, t, $2 FROM unnest($3::text[], $4::text[], $5::int[], $6::text[], $7::text[]) AS u (k, e, n, nm, t)`,
      [article.id, article.published ?? null, ...[0, 1, 2, 3, 4].map((i) => mentions.map((m) => m[i]))],
    );
    return keys;
  }

  /** The known person an unlinked speaker's name can only be (see `unlinkedPersonName`), or undefined. */
  private async knownPerson(c: Client, q: Quote): Promise<string | undefined> {
    const name = unlinkedPersonName(q);
    return name ? this.joinKnown(c, name) : undefined;
  }

  /** The person who held the office an unlinked speaker names, when the article appeared (see `unlinkedOffice`, `officeHolder`). */
  private async officeHolder(c: Client, q: Quote, article: Article): Promise<string | undefined> {
    const office = unlinkedOffice(q, article.source);
    return office ? this.holderOf(c, office, article.published) : undefined;
  }

  /** The person the corpus titles with `office` nearest to `when` (see `officeHolder`). */
  private async holderOf(c: Client, office: Office, when: string | undefined): Promise<string | undefined> {
    // (only the articles of the years around `when`: officeHolder looks no further)
    const window = refileWindow(when) ?? ['', '\uffff'];
    const rows = await c.query<{ key: string; country: string | null; titles: string; published: string | null }>(
      "SELECT m.actor_key AS key, a.country, m.titles, m.published FROM actor_mentions m JOIN actors a ON a.key = m.actor_key WHERE a.type = 'PER' AND a.country = $1 AND m.titles <> '[]' AND coalesce(m.published, '') >= $2 AND coalesce(m.published, '') < $3 LIMIT 5000",
      [office.country, ...window],
    );
    return officeHolder(office, when, rows.rows.map((r) => ({ ...r, titles: JSON.parse(r.titles) as string[] })), countryOf);
  }

  /**
   * Files, under the people this article titles, the speakers named by an office that were stored
   * before anyone held it in the corpus (see `officesToRefile`): the order articles come in does
   * not decide who said what.
   */
  private async refileOffices(c: Client, article: Article, entities: Entity[]): Promise<void> {
    const countries = new Set(entities.flatMap((e) => (e.type === 'PER' && e.country && e.titles?.length ? [e.country] : [])));
    const window = refileWindow(article.published);
    if (!countries.size || !window) return;
    const rows = await c.query<UnfiledSpeaker>(
      `SELECT q.article_id, q.idx, q.speaker_name, a.source, a.published FROM quotes q JOIN articles a ON a.id = q.article_id
       WHERE q.speaker_key IS NULL AND q.article_id <> $1 AND a.published >= $3 AND a.published < $4 AND q.speaker_name ILIKE ANY ($2::text[]) LIMIT 5000`,
      [article.id, officeLikePatterns(), ...window],
    );
    for (const r of officesToRefile(rows.rows, countries, article.published)) {
      const key = await this.holderOf(c, r.office, r.published ?? undefined);
      if (key) await c.query('UPDATE quotes SET speaker_key = $1 WHERE article_id = $2 AND idx = $3', [key, r.article_id, r.idx]);
    }
  }

  /** The key of the person a name given in a query stands for: the one known person it can be (see joinPerson), else the name's own key. */
  private async personKey(name: string): Promise<string> {
    return (await this.joinKnown(this.pool, name)) ?? actorKey('PER', name);
  }

  /**
   * What a speaker asked for stands for: a key of the speakers list for an unfiled name ("name:they"); an actor's key; or a
   * name, matched as a whole name or whole words of one (see `nameMatches`: "Kim" is Tom Kim's, not Tom Kimball's) against
   * the speakers' names and the corpus actors' names and aliases, plus the one known person it can be.
   */
  private async speakerMatch(speaker: string): Promise<{ unresolved: string } | { keys: string[]; names: string[] }> {
    if (speaker.startsWith('name:')) return { unresolved: speaker.slice(5) };
    if (speaker.includes(':')) return { keys: [speaker], names: [] };
    const like = nameLikePattern(speaker);
    const names = (await this.pool.query<{ n: string }>("SELECT DISTINCT speaker_name AS n FROM quotes WHERE speaker_name ILIKE $1 ESCAPE '\\'", [like])).rows
      .map((r) => r.n)
      .filter((n) => nameMatches(n, speaker));
    const actors = (await this.pool.query<{ key: string; name: string; aliases: string }>("SELECT key, name, aliases FROM actors WHERE name ILIKE $1 ESCAPE '\\' OR aliases ILIKE $1 ESCAPE '\\'", [like])).rows;
    const keys = actors.filter((a) => actorNameMatches(a.name, a.aliases, speaker)).map((a) => a.key);
    return { keys: uniq([await this.personKey(speaker), ...keys]), names };
  }

  /** The one known person a person's name can be (see joinPerson), or undefined. */
  private async joinKnown(c: Pick<Client, 'query'>, name: string): Promise<string | undefined> {
    const norm = normalizeName(name);
    const known = await c.query<{ key: string }>("SELECT key FROM actors WHERE type = 'PER' AND surname = $1 LIMIT 50", [surnameOf(norm)]);
    return joinPerson(norm, known.rows.map((r) => r.key));
  }

  async getArticle(id: string): Promise<{ article: Article; analysis: StoredAnalysis; copies: ArticleCopy[]; actorKeys: Record<string, string>; actorNames: Record<string, string>; speakerKeys: Record<string, string> } | undefined> {
    const r = (await this.pool.query('SELECT * FROM articles WHERE id = $1', [id])).rows[0] as Row | undefined;
    if (!r) return undefined;
    const copies = (await this.pool.query('SELECT * FROM copies WHERE of_id = $1 ORDER BY coalesce(published, ingested), id', [id])).rows as Row[];
    const keys = (
      await this.pool.query<{ entity_id: string; actor_key: string; name: string }>(
        'SELECT m.entity_id, m.actor_key, a.name FROM actor_mentions m JOIN actors a ON a.key = m.actor_key WHERE m.article_id = $1',
        [id],
      )
    ).rows;
    const speakers = (await this.pool.query<{ idx: number; speaker_key: string }>('SELECT idx, speaker_key FROM quotes WHERE article_id = $1 AND speaker_key IS NOT NULL', [id])).rows;
    return {
      article: rowToArticle(r),
      analysis: JSON.parse(r.analysis as string) as StoredAnalysis,
      copies: copies.map(rowToCopy),
      actorKeys: Object.fromEntries(keys.map((k) => [k.entity_id, k.actor_key])),
      actorNames: Object.fromEntries(keys.map((k) => [k.actor_key, k.name])),
      speakerKeys: Object.fromEntries(speakers.map((k) => [String(k.idx), k.speaker_key])),
    };
  }

  async addCopy(article: Article): Promise<PutResult> {
    const hash = article.hash;
    if (!hash) throw new Error(`article ${article.id} has no content hash`);
    return this.tx(async (c) => {
      await c.query('SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k', [lockKeys(article, [])]);
      const dup = (await c.query<{ id: string }>('SELECT id FROM articles WHERE hash = $1', [hash])).rows[0];
      return dup ? this.recordCopy(c, article, dup.id) : { stored: false };
    });
  }

  /** Inside a transaction: a different id with the same text is a copy (recorded once); the same id is a re-ingest. */
  private async recordCopy(c: Client, article: Article, of: string): Promise<PutResult> {
    if (article.id === of) return { stored: false, duplicateOf: of, copy: false };
    if ((await c.query('SELECT 1 FROM copies WHERE id = $1', [article.id])).rowCount) return { stored: false, duplicateOf: of, copy: false };
    if ((await c.query('SELECT 1 FROM articles WHERE id = $1', [article.id])).rowCount) throw idConflict(article.id);
    await c.query('INSERT INTO copies (id, of_id, title, url, source, published, ingested) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING', [
      article.id, of, article.title ?? null, article.url ?? null, article.source ?? null, article.published ?? null, article.ingested ?? new Date().toISOString(),
    ]);
    return { stored: false, duplicateOf: of, copy: true };
  }

  async listArticles(opts: { limit?: number; offset?: number; source?: string } = {}): Promise<Page<ArticleSummary>> {
    const p = new Params();
    const where = opts.source ? `WHERE source = ${p.add(opts.source)}` : '';
    const total = await this.count(`SELECT count(*)::int AS n FROM articles ${where}`, p.values);
    const rows = await this.rows(
      `SELECT id, title, source, url, published, ingested, n_quotes, n_entities, n_times, n_events FROM articles ${where}
       ORDER BY coalesce(published, ingested) DESC, id LIMIT ${p.add(opts.limit ?? 50)} OFFSET ${p.add(opts.offset ?? 0)}`,
      p.values,
    );
    return { total, items: rows.map(rowToSummary) };
  }

  async quotes(opts: QuoteQuery = {}): Promise<Page<QuoteHit>> {
    const conds: string[] = [];
    const p = new Params();
    if (opts.speaker) {
      const sp = await this.speakerMatch(opts.speaker);
      if ('unresolved' in sp) {
        // a key of the speakers list for a name filed under no one ("name:they"): those quotes, as the list counts them
        conds.push(`(q.speaker_key IS NULL AND lower(q.speaker_name) = ${p.add(sp.unresolved)})`);
      } else {
        const k = p.add(sp.keys);
        conds.push(
          `(q.speaker_key = ANY (${k}::text[]) OR q.speaker_name = ANY (${p.add(sp.names)}::text[])
            OR EXISTS (SELECT 1 FROM quote_speakers j WHERE j.article_id = q.article_id AND j.idx = q.idx AND j.actor_key = ANY (${k}::text[])))`,
        );
      }
    }
    if (opts.article) conds.push(`q.article_id = ${p.add(opts.article)}`);
    if (opts.q) {
      const tq = tsQuery(opts.q, searchText);
      if (!tq) return { total: 0, items: [] };
      conds.push(`q.tsv @@ to_tsquery('simple', ${p.add(tq)})`);
    }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const total = await this.count(`SELECT count(*)::int AS n FROM quotes q ${where}`, p.values);
    const rows = await this.rows(
      `SELECT q.article_id, q.idx, q.speaker_key, ac.name AS speaker_actor, a.title, a.published, a.source, a.url, a.text, a.analysis
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.key = q.speaker_key ${where}
       ORDER BY coalesce(q.published, a.published, a.ingested) DESC, q.article_id, q.idx
       LIMIT ${p.add(opts.limit ?? 50)} OFFSET ${p.add(opts.offset ?? 0)}`,
      p.values,
    );
    const items = quoteHits(rows);
    return { total, items };
  }

  async speakers(opts: { q?: string; limit?: number } = {}): Promise<SpeakerSummary[]> {
    const p = new Params();
    const where = 'WHERE q.speaker_name IS NOT NULL';
    // a filter picks speakers by their names (words, the last one begun: see nameMatches), each with all its quotes
    let only = '';
    if (opts.q) {
      const like = nameLikePattern(opts.q);
      const names = (
        await this.pool.query<{ k: string; n: string }>(
          "SELECT DISTINCT coalesce(speaker_key, 'name:' || lower(speaker_name)) AS k, speaker_name AS n FROM quotes WHERE speaker_name ILIKE $1 ESCAPE '\\'",
          [like],
        )
      ).rows;
      const actors = (await this.pool.query<{ key: string; name: string; aliases: string }>("SELECT key, name, aliases FROM actors WHERE name ILIKE $1 ESCAPE '\\' OR aliases ILIKE $1 ESCAPE '\\'", [like])).rows;
      only = `WHERE s.k = ANY(${p.add(speakerKeysFitting(opts.q, names, actors))})`;
    }
    const rows = await this.rows(
      // each quote under its speaker, and a joint quote under each known person it names too
      `SELECT s.k AS key, coalesce(max(ac.name), max(s.speaker_name)) AS name,
              count(*)::int AS quotes, count(DISTINCT s.article_id)::int AS articles, min(s.published) AS first, max(s.published) AS last
       FROM (SELECT coalesce(q.speaker_key, 'name:' || lower(q.speaker_name)) AS k, q.article_id, q.speaker_name, q.published FROM quotes q ${where}
             UNION ALL
             SELECT j.actor_key, q.article_id, q.speaker_name, q.published FROM quote_speakers j JOIN quotes q ON q.article_id = j.article_id AND q.idx = j.idx
             ${where} AND j.actor_key IS DISTINCT FROM q.speaker_key) s
       LEFT JOIN actors ac ON ac.key = s.k ${only}
       GROUP BY s.k ORDER BY quotes DESC, name, key LIMIT ${p.add(opts.limit ?? 100)}`,
      p.values,
    );
    return rows.map((r) => ({
      key: r.key as string,
      name: r.name as string,
      quotes: r.quotes as number,
      articles: r.articles as number,
      first: str(r.first),
      last: str(r.last),
    }));
  }

  async actors(opts: { q?: string; type?: string; limit?: number; offset?: number } = {}): Promise<Page<ActorSummary>> {
    const conds: string[] = [];
    const p = new Params();
    if (opts.q) {
      const q = p.add('%' + likeEscape(opts.q) + '%');
      const qk = p.add('%' + likeEscape(normalizeName(opts.q)) + '%');
      conds.push(`(ac.name ILIKE ${q} ESCAPE '\\' OR ac.aliases ILIKE ${q} ESCAPE '\\' OR ac.key ILIKE ${qk} ESCAPE '\\')`);
    }
    if (opts.type) conds.push(`ac.type = ${p.add(opts.type)}`);
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const total = await this.count(`SELECT count(*)::int AS n FROM actors ac ${where}`, p.values);
    const rows = await this.rows(
      `SELECT ac.*, sum(m.mentions)::int AS mentions, count(DISTINCT m.article_id)::int AS articles, min(m.published) AS first, max(m.published) AS last
       FROM actors ac LEFT JOIN actor_mentions m ON m.actor_key = ac.key ${where}
       GROUP BY ac.key ORDER BY mentions DESC NULLS LAST, ac.name, ac.key LIMIT ${p.add(opts.limit ?? 100)} OFFSET ${p.add(opts.offset ?? 0)}`,
      p.values,
    );
    return { total, items: rows.map(rowToActor) };
  }

  async actor(key: string): Promise<ActorDetail | undefined> {
    const r = (
      await this.rows(
        `SELECT ac.*, sum(m.mentions)::int AS mentions, count(DISTINCT m.article_id)::int AS articles, min(m.published) AS first, max(m.published) AS last
         FROM actors ac LEFT JOIN actor_mentions m ON m.actor_key = ac.key WHERE ac.key = $1 GROUP BY ac.key`,
        [key],
      )
    )[0];
    if (!r) return undefined;
    const apps = await this.rows(
      `SELECT m.article_id, a.title, a.published, sum(m.mentions)::int AS mentions,
              array_agg(m.names ORDER BY m.seq) AS names, array_agg(m.titles ORDER BY m.seq) AS titles
       FROM actor_mentions m JOIN articles a ON a.id = m.article_id WHERE m.actor_key = $1
       GROUP BY m.article_id, a.title, a.published, a.ingested ORDER BY coalesce(a.published, a.ingested), m.article_id`,
      [key],
    );
    return {
      ...rowToActor(r),
      appearances: apps.map((a) => ({
        article: a.article_id as string,
        title: str(a.title),
        published: str(a.published),
        mentions: a.mentions as number,
        names: uniq((a.names as string[]).flatMap((j) => JSON.parse(j) as string[])),
        titles: uniq((a.titles as string[]).flatMap((j) => JSON.parse(j) as string[])),
      })),
    };
  }

  async events(opts: EventQuery = {}): Promise<Page<EventHit>> {
    const conds: string[] = [];
    const p = new Params();
    if (opts.grouped) {
      // the first report of each event (by publication, then article and position), as in SQLite
      conds.push(`(e.article_id, e.idx) IN (SELECT article_id, idx FROM (SELECT x.article_id, x.idx,
        row_number() OVER (PARTITION BY x.event_key ORDER BY coalesce(xa.published, xa.ingested), x.article_id, x.idx) AS rn
        FROM events x JOIN articles xa ON xa.id = x.article_id) AS firsts WHERE rn = 1)`);
    }
    if (opts.actor) {
      const a = p.add(opts.actor);
      conds.push(`(e.source_key = ${a} OR e.target_key = ${a})`);
    }
    if (opts.code) conds.push(`e.code LIKE ${p.add(likeEscape(opts.code) + '%')} ESCAPE '\\'`); // codes are digits: LIKE uses the index
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const total = await this.count(`SELECT count(*)::int AS n FROM events e ${where}`, p.values);
    const rows = await this.rows(
      `SELECT e.article_id, e.idx, e.event_key, e.source_key, e.target_key, sa.name AS source_actor, ta.name AS target_actor, a.title, a.published, a.source, a.analysis
         FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN actors sa ON sa.key = e.source_key LEFT JOIN actors ta ON ta.key = e.target_key ${where}
       ORDER BY coalesce(e.time, a.published) DESC NULLS LAST, e.article_id, e.idx LIMIT ${p.add(opts.limit ?? 100)} OFFSET ${p.add(opts.offset ?? 0)}`,
      p.values,
    );
    const keys = [...new Set(rows.map((r) => r.event_key as string))];
    const reports = keys.length
      ? ((await this.rows('SELECT e.event_key AS key, e.article_id AS article, a.source FROM events e JOIN articles a ON a.id = e.article_id WHERE e.event_key = ANY($1)', [keys])) as Array<{ key: string; article: string; source: string | null }>)
      : [];
    const copies = reports.length
      ? ((await this.rows('SELECT of_id AS "of", id, source FROM copies WHERE of_id = ANY($1)', [[...new Set(reports.map((r) => r.article))]])) as Array<{ of: string; id: string; source: string | null }>)
      : [];
    const counts = reportCounts(reports, copies);
    return {
      total,
      items: rows.map((r) => ({
        article: { id: r.article_id as string, title: str(r.title), published: str(r.published), source: str(r.source) },
        index: r.idx as number,
        event: (JSON.parse(r.analysis as string) as StoredAnalysis).events[r.idx as number] as Event,
        key: r.event_key as string,
        reports: counts.get(r.event_key as string) ?? { mentions: 1, articles: 1, sources: 1 },
        actors: { source: filedActor(r.source_key, r.source_actor), target: filedActor(r.target_key, r.target_actor) },
      })),
    };
  }

  async search(q: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    const tq = tsQuery(q, searchText);
    if (!tq) return [];
    const limit = opts.limit ?? 30;
    const hits: SearchHit[] = [];
    // title counts five times the body, as bm25(articles_fts, 5.0, 1.0) does in SQLite (weights are {D, C, B, A})
    const arts = await this.rows(
      `SELECT a.id, a.title, a.published, a.source, a.text FROM articles a, to_tsquery('simple', $1) AS query
       WHERE a.tsv @@ query ORDER BY ts_rank('{0.04, 0.08, 0.2, 1.0}', a.tsv, query) DESC, a.seq LIMIT $2`,
      [tq, limit],
    );
    for (const r of arts) {
      const s = snippetAround(r.text as string, q);
      hits.push({ kind: 'article', article: { id: r.id as string, title: str(r.title), published: str(r.published), source: str(r.source) }, snippet: s.snippet, highlights: s.highlights });
    }
    const qs = await this.rows(
      `SELECT q.article_id, q.idx, q.text, a.title, a.published, a.source FROM quotes q JOIN articles a ON a.id = q.article_id,
              to_tsquery('simple', $1) AS query
       WHERE q.tsv @@ query ORDER BY ts_rank(q.tsv, query) DESC, q.seq LIMIT $2`,
      [tq, limit],
    );
    for (const r of qs) {
      const s = snippetAround(r.text as string, q);
      hits.push({ kind: 'quote', index: r.idx as number, article: { id: r.article_id as string, title: str(r.title), published: str(r.published), source: str(r.source) }, snippet: s.snippet, highlights: s.highlights });
    }
    return hits;
  }

  async stats(): Promise<{ articles: number; quotes: number; actors: number; events: number }> {
    const r = (
      await this.rows(
        `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM quotes)::int AS quotes,
                (SELECT count(*) FROM actors)::int AS actors, (SELECT count(*) FROM events)::int AS events`,
      )
    )[0];
    return { articles: r.articles as number, quotes: r.quotes as number, actors: r.actors as number, events: r.events as number };
  }

  async checkWritable(): Promise<void> {
    const r = (
      await this.pool.query<{ ro: string; ins: boolean }>("SELECT current_setting('transaction_read_only') AS ro, has_table_privilege('articles', 'INSERT') AS ins")
    ).rows[0];
    const where = displayLocation(this.url);
    if (r.ro === 'on') throw new Error(`${where}: cannot write to the database: the server or session is read-only`);
    if (!r.ins) throw new Error(`${where}: cannot write to the database: this role may not insert into its tables`);
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async rows(sql: string, values: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, values)).rows as Row[];
  }

  private async count(sql: string, values: unknown[]): Promise<number> {
    return (await this.rows(sql, values))[0].n as number;
  }
}

interface ActorRow {
  key: string;
  name: string;
  type: string;
  country: string | null;
  role: string | null;
  surname: string | null;
  aliases: string;
}

/** Positional parameters built up with the query: `p.add(v)` returns `$n`. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return '$' + this.values.length;
  }
}

/**
 * The advisory lock keys a `putArticle` takes, as sorted 64-bit integers: taking them in one
 * order in every writer means no deadlock. A person's actors are covered by their surname (every
 * actor the bare-surname rule can reach has it), other actors by their key.
 */
function lockKeys(article: Article, entities: Entity[]): string[] {
  const names = new Set<string>([`hash:${article.hash}`, `id:${article.id}`]);
  for (const e of entities) {
    if (e.type === 'PER') {
      names.add(`surname:${surnameOf(normalizeName(e.name))}`);
    } else {
      names.add(`actor:${entityKey(e)}`);
      // the country actor a country's name tagged otherwise may join
      if (e.type !== 'LOC' && e.country) names.add(`actor:${actorKey('LOC', e.name)}`);
    }
  }
  const keys = [...names].map((n) => createHash('sha256').update('readout:' + n).digest().readBigInt64BE(0));
  return [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String);
}

/**
 * Text as the full-text index sees it, and as a query's words are folded for `to_tsquery`: lower
 * case, accents removed (NFKD without combining marks, as FTS5's remove_diacritics), and every
 * run of characters that are neither letters nor digits a single space, so that PostgreSQL's
 * parser finds only words (never a URL, a path, an e-mail address or an HTML tag, whose content
 * it would skip), as FTS5's unicode61 tokenizer does. A tsvector holds at most 1 MB: a (rare)
 * huge article is indexed on its first 400,000 characters.
 */
export function searchText(s: string): string {
  return s
    .slice(0, 400_000)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/** PostgreSQL text cannot hold U+0000: say so plainly rather than with an encoding error. */
export function checkStorable(a: Article): void {
  for (const v of [a.text, a.title, a.id, a.source, a.url, a.byline]) {
    if (v?.includes('\u0000')) throw new Error(`article ${a.id}: contains a NUL character, which PostgreSQL cannot store`);
  }
}

function idConflict(id: string): Error {
  return new Error(`another article with id ${id} but different text is already stored`);
}

function pgCode(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
}
