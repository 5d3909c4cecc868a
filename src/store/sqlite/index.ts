/**
 * The embedded store: one SQLite file (better-sqlite3, WAL), FTS5 over article text and quotes,
 * migrations versioned in code (`migrations.ts`).
 */
import Database from 'better-sqlite3';
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
import { actorNameMatches, filedActor, ftsQuery, quoteHits, likeEscape, nameLikePattern, nameMatches, speakerKeysFitting, type Row, rowToActor, rowToArticle, rowToCopy, rowToSummary, reportCounts, snippetAround, sortDate, speakerKeyOf, unlinkedOffice, unlinkedPersonName, unlinkedActorName, unlinkedActorOffice, jointSpeakerNames, relayedSources, officesToRefile, refileWindow, str, uniq, type UnfiledSpeaker } from '../common.js';


export interface SqliteOptions {
  /** open the file for reading only: nothing is written, not even a schema upgrade (see `migrate`) */
  readonly?: boolean;
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly readOnly: boolean;
  /** whether this connection put the file in WAL mode (`migrate`), which `close` undoes */
  private walSet = false;

  constructor(
    readonly file: string,
    opts: SqliteOptions = {},
  ) {
    this.readOnly = opts.readonly === true;
    this.db = new Database(file, this.readOnly ? { readonly: true, fileMustExist: true } : {});
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
  }

  async migrate(): Promise<void> {
    if (this.readOnly) return this.checkSchema();
    this.checkNotForeign();
    // WAL while open (readers do not wait for a writer), set only once the file is known to be
    // Readout's or new: another program's database is left exactly as it was; a reader only takes
    // the file as it is
    this.db.pragma('journal_mode = WAL');
    this.walSet = true;
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = this.db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
    const current = row.v ?? 0;
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        // the joint quotes stored before their table existed are filed in the same step
        if (m.backfill === 'joint-speakers') this.backfillJointSpeakers();
        this.db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
      })();
    }
    this.backfillEventKeys();
  }

  private hasSchemaVersions(): boolean {
    return this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get() !== undefined;
  }

  /** Another program's database (tables, none of them Readout's) is refused, not filled with Readout's tables. */
  private checkNotForeign(): void {
    if (this.hasSchemaVersions()) return;
    const tables = (this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    if (tables.length) {
      throw new Error(`not a Readout database: it holds other tables (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}); give a new file or a database Readout made`);
    }
  }

  /** Opened read-only: the schema must be this version's already, since it cannot be upgraded here. */
  private checkSchema(): void {
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));
    const current = this.hasSchemaVersions() ? ((this.db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0) : 0;
    if (current === 0) throw new Error('not a Readout database (no Readout tables in it)');
    if (current < latest) throw new Error(`written by an older Readout (schema ${current}, this one reads ${latest}); it can be upgraded only where it can be written`);
  }

  /** Files each quote of two people named together ("Joseph Biden and Vladimir Putin") that was stored before the table of joint speakers existed under each known person (see `putArticle`). */
  private backfillJointSpeakers(): void {
    const rows = this.db.prepare("SELECT article_id, idx FROM quotes WHERE speaker_name LIKE '% and %' ORDER BY article_id, idx").all() as Array<{ article_id: string; idx: number }>;
    const get = this.db.prepare('SELECT analysis FROM articles WHERE id = ?');
    const ins = this.db.prepare('INSERT OR IGNORE INTO quote_speakers (article_id, idx, actor_key) VALUES (?, ?, ?)');
    let id: string | undefined;
    let an: StoredAnalysis | undefined;
    for (const r of rows) {
      if (r.article_id !== id) {
        id = r.article_id;
        an = JSON.parse((get.get(id) as { analysis: string }).analysis) as StoredAnalysis;
      }
      const q = an?.quotes[r.idx];
      for (const name of (q && jointSpeakerNames(q)) ?? []) {
        const key = this.joinKnown(name);
        if (key) ins.run(r.article_id, r.idx, key);
      }
    }
  }

  /** Keys events stored before event keys existed (migration 3), from their stored analyses. */
  private backfillEventKeys(): void {
    const todo = this.db.prepare('SELECT DISTINCT article_id FROM events WHERE event_key IS NULL').all() as Array<{ article_id: string }>;
    if (!todo.length) return;
    const get = this.db.prepare('SELECT published, analysis FROM articles WHERE id = ?');
    const keysOf = this.db.prepare('SELECT entity_id, actor_key FROM actor_mentions WHERE article_id = ?');
    const set = this.db.prepare('UPDATE events SET event_key = ? WHERE article_id = ? AND idx = ?');
    this.db.transaction(() => {
      for (const { article_id } of todo) {
        const r = get.get(article_id) as { published: string | null; analysis: string };
        const keys = new Map((keysOf.all(article_id) as Array<{ entity_id: string; actor_key: string }>).map((k) => [k.entity_id, k.actor_key]));
        const an = JSON.parse(r.analysis) as StoredAnalysis;
        an.events.forEach((e, i) => set.run(eventKey({ published: r.published ?? undefined }, e, (a) => (a.entity ? keys.get(a.entity) : undefined)), article_id, i));
      }
    })();
  }

  async hasContent(hash: string): Promise<string | undefined> {
    const r = this.db.prepare('SELECT id FROM articles WHERE hash = ?').get(hash) as { id: string } | undefined;
    return r?.id;
  }

  async putArticle(article: Article, analysis: Analysis): Promise<PutResult> {
    const hash = article.hash;
    if (!hash) throw new Error(`article ${article.id} has no content hash`);
    const tx = this.db.transaction((): PutResult => {
      const dup = this.db.prepare('SELECT id FROM articles WHERE hash = ?').get(hash) as { id: string } | undefined;
      if (dup) return this.recordCopy(article, dup.id);
      const sameId = this.db.prepare('SELECT id FROM articles WHERE id = ?').get(article.id);
      if (sameId) throw new Error(`another article with id ${article.id} but different text is already stored`);
      const ingested = article.ingested ?? new Date().toISOString();
      const stored: StoredAnalysis = { ...analysis };
      delete (stored as Partial<Analysis>).tokens;
      this.db
        .prepare(
          `INSERT INTO articles (id, hash, title, url, source, published, byline, license, ingested, text, analysis,
             n_quotes, n_entities, n_times, n_events)
           VALUES (@id, @hash, @title, @url, @source, @published, @byline, @license, @ingested, @text, @analysis,
             @nq, @ne, @nt, @nv)`,
        )
        .run({
          id: article.id,
          hash,
          title: article.title ?? null,
          url: article.url ?? null,
          source: article.source ?? null,
          published: article.published ?? null,
          byline: article.byline ?? null,
          license: article.license ?? null,
          ingested,
          text: article.text,
          analysis: JSON.stringify(stored),
          nq: analysis.quotes.length,
          ne: analysis.entities.length,
          nt: analysis.times.length,
          nv: analysis.events.length,
        });
      const keys = this.linkActors(article, analysis.actors);
      const insJoint = this.db.prepare('INSERT OR IGNORE INTO quote_speakers (article_id, idx, actor_key) VALUES (?, ?, ?)');
      const insQ = this.db.prepare(
        `INSERT INTO quotes (article_id, idx, start, "end", kind, text, speaker_name, speaker_key, cue, published)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      analysis.quotes.forEach((q, i) => {
        insQ.run(article.id, i, q.start, q.end, q.kind, q.text, q.speaker?.name ?? null, speakerKeyOf(q, keys) ?? this.knownPerson(q) ?? this.officeHolder(q, article) ?? null, q.cue?.text ?? null, sortDate(q.time) ?? article.published ?? null);
        // a joint speaker ("Joseph Biden and Vladimir Putin"): the quote is each known person's too
        for (const name of jointSpeakerNames(q) ?? []) {
          const key = this.joinKnown(name);
          if (key) insJoint.run(article.id, i, key);
        }
        // relayed words are also theirs whose words they were
        const relayed = relayedSources(q);
        const rkey = relayed.entity ? keys.get(relayed.entity) : undefined;
        if (rkey) insJoint.run(article.id, i, rkey);
        for (const name of relayed.names) {
          const key = this.joinKnown(name);
          if (key) insJoint.run(article.id, i, key);
        }
      });
      this.refileOffices(article, analysis.actors);
      const insE = this.db.prepare(
        `INSERT INTO events (article_id, idx, code, root, modality, source_name, source_cameo, source_key, target_name, target_cameo, target_key, time, event_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      // an actor no entity stands for (a statement's author, named in its title) is the known person its name or office
      // can only be (looked up once per actor: the columns and the event key both ask)
      const filed = new Map<EventActor, string | undefined>();
      const corpusKey = (a: EventActor | null): string | undefined => {
        if (!a) return undefined;
        if (a.entity) return keys.get(a.entity);
        if (filed.has(a)) return filed.get(a);
        const name = unlinkedActorName(a);
        let key = name ? this.joinKnown(name) : undefined;
        const office = key ? undefined : unlinkedActorOffice(a, article.source);
        if (office) key = this.holderOf(office, article.published);
        filed.set(a, key);
        return key;
      };
      analysis.events.forEach((e, i) => {
        insE.run(
          article.id, i, e.code, e.code.slice(0, 2), e.modality,
          e.source?.name ?? null, e.source?.cameo ?? null, corpusKey(e.source) ?? null,
          e.target?.name ?? null, e.target?.cameo ?? null, corpusKey(e.target) ?? null,
          sortDate(e.time) ?? article.published ?? null,
          eventKey(article, e, corpusKey),
        );
      });
      return { stored: true };
    });
    return tx.immediate();
  }

  /** Inside a transaction: files everything of actor `from` under actor `to` (aliases, mentions, quotes, events) and removes `from`. */
  private mergeActor(from: string, to: string): void {
    const a = this.db.prepare('SELECT aliases, country, role FROM actors WHERE key = ?');
    const src = a.get(from) as { aliases: string; country: string | null; role: string | null } | undefined;
    const dst = a.get(to) as { aliases: string } | undefined;
    if (!src || !dst) return;
    const aliases = uniq([...(JSON.parse(dst.aliases) as string[]), ...(JSON.parse(src.aliases) as string[])]);
    this.db.prepare('UPDATE actors SET aliases = ?, country = coalesce(country, ?), role = coalesce(role, ?) WHERE key = ?').run(JSON.stringify(aliases), src.country, src.role, to);
    this.db.prepare('UPDATE actor_mentions SET actor_key = ? WHERE actor_key = ?').run(to, from);
    this.db.prepare('UPDATE quotes SET speaker_key = ? WHERE speaker_key = ?').run(to, from);
    this.db.prepare('UPDATE OR IGNORE quote_speakers SET actor_key = ? WHERE actor_key = ?').run(to, from);
    this.db.prepare('DELETE FROM quote_speakers WHERE actor_key = ?').run(from);
    const evs = this.db.prepare('SELECT article_id, idx, event_key FROM events WHERE source_key = ? OR target_key = ?').all(from, from) as Array<{ article_id: string; idx: number; event_key: string }>;
    const upd = this.db.prepare(
      'UPDATE events SET source_key = CASE WHEN source_key = @from THEN @to ELSE source_key END, target_key = CASE WHEN target_key = @from THEN @to ELSE target_key END, event_key = @key WHERE article_id = @a AND idx = @i',
    );
    for (const ev of evs) upd.run({ from, to, key: rekeyEvent(ev.event_key, from, to), a: ev.article_id, i: ev.idx });
    this.db.prepare('DELETE FROM actors WHERE key = ?').run(from);
  }

  /** The known person an unlinked speaker's name can only be (see `unlinkedPersonName`), or undefined. */
  private knownPerson(q: Quote): string | undefined {
    const name = unlinkedPersonName(q);
    return name ? this.joinKnown(name) : undefined;
  }

  /** The person who held the office an unlinked speaker names, when the article appeared (see `unlinkedOffice`, `officeHolder`). */
  private officeHolder(q: Quote, article: Article): string | undefined {
    const office = unlinkedOffice(q, article.source);
    return office ? this.holderOf(office, article.published) : undefined;
  }

  /** The person the corpus titles with `office` nearest to `when` (see `officeHolder`). */
  private holderOf(office: Office, when: string | undefined): string | undefined {
    // (only the articles of the years around `when`: officeHolder looks no further)
    const window = refileWindow(when) ?? ['', '\uffff'];
    const rows = this.db
      .prepare(
        "SELECT m.actor_key AS key, a.country, m.titles, m.published FROM actor_mentions m JOIN actors a ON a.key = m.actor_key WHERE a.type = 'PER' AND a.country = ? AND m.titles <> '[]' AND coalesce(m.published, '') >= ? AND coalesce(m.published, '') < ? LIMIT 5000",
      )
      .all(office.country, ...window) as Array<{ key: string; country: string | null; titles: string; published: string | null }>;
    return officeHolder(office, when, rows.map((r) => ({ ...r, titles: JSON.parse(r.titles) as string[] })), countryOf);
  }

  /**
   * Files, under the people this article titles, the speakers named by an office that were stored
   * before anyone held it in the corpus (see `officesToRefile`): the order articles come in does
   * not decide who said what.
   */
  private refileOffices(article: Article, entities: Entity[]): void {
    const countries = new Set(entities.flatMap((e) => (e.type === 'PER' && e.country && e.titles?.length ? [e.country] : [])));
    const window = refileWindow(article.published);
    if (!countries.size || !window) return;
    const likes = officeLikePatterns();
    const rows = this.db
      .prepare(
        `SELECT q.article_id, q.idx, q.speaker_name, a.source, a.published FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE q.speaker_key IS NULL AND q.article_id <> ? AND a.published >= ? AND a.published < ?
           AND (${likes.map(() => 'q.speaker_name LIKE ?').join(' OR ')}) LIMIT 5000`,
      )
      .all(article.id, ...window, ...likes) as UnfiledSpeaker[];
    const upd = this.db.prepare('UPDATE quotes SET speaker_key = ? WHERE article_id = ? AND idx = ?');
    for (const r of officesToRefile(rows, countries, article.published)) {
      const key = this.holderOf(r.office, r.published ?? undefined);
      if (key) upd.run(key, r.article_id, r.idx);
    }
  }

  /** The key of the person a name given in a query stands for: the one known person it can be (see joinPerson), else the name's own key. */
  private personKey(name: string): string {
    return this.joinKnown(name) ?? actorKey('PER', name);
  }

  /**
   * What a speaker asked for stands for: a key of the speakers list for an unfiled name ("name:they"); an actor's key; or a
   * name, matched as a whole name or whole words of one (see `nameMatches`: "Kim" is Tom Kim's, not Tom Kimball's) against
   * the speakers' names and the corpus actors' names and aliases, plus the one known person it can be.
   */
  private speakerMatch(speaker: string): { unresolved: string } | { keys: string[]; names: string[] } {
    if (speaker.startsWith('name:')) return { unresolved: speaker.slice(5) };
    if (speaker.includes(':')) return { keys: [speaker], names: [] };
    const like = nameLikePattern(speaker);
    const names = (this.db.prepare("SELECT DISTINCT speaker_name AS n FROM quotes WHERE speaker_name LIKE ? ESCAPE '\\'").all(like) as Array<{ n: string }>)
      .map((r) => r.n)
      .filter((n) => nameMatches(n, speaker));
    const actors = this.db.prepare("SELECT key, name, aliases FROM actors WHERE name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\'").all(like, like) as Array<{ key: string; name: string; aliases: string }>;
    const keys = actors.filter((a) => actorNameMatches(a.name, a.aliases, speaker)).map((a) => a.key);
    return { keys: uniq([this.personKey(speaker), ...keys]), names };
  }

  /** The one known person a person's name can be (see joinPerson), or undefined. */
  private joinKnown(name: string): string | undefined {
    const norm = normalizeName(name);
    const known = (this.db.prepare("SELECT key FROM actors WHERE type = 'PER' AND surname = ? LIMIT 50").all(surnameOf(norm)) as Array<{ key: string }>).map((r) => r.key);
    return joinPerson(norm, known);
  }

  /** Finds or creates the corpus actor of each in-article entity; returns entity id → actor key. */
  private linkActors(article: Article, entities: Entity[]): Map<string, string> {
    const keys = new Map<string, string>();
    const getActor = this.db.prepare('SELECT key, name, country, aliases FROM actors WHERE key = ?');
    const bySurname = this.db.prepare("SELECT key FROM actors WHERE type = 'PER' AND surname = ? LIMIT 50");
    const insActor = this.db.prepare(
      'INSERT INTO actors (key, name, type, country, role, surname, aliases) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const updActor = this.db.prepare(
      'UPDATE actors SET name = ?, aliases = ?, country = coalesce(country, ?), role = coalesce(role, ?) WHERE key = ?',
    );
    const insMention = this.db.prepare(
      'INSERT INTO actor_mentions (actor_key, article_id, entity_id, mentions, names, titles, published) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const e of entities) {
      let key = entityKey(e);
      const norm = normalizeName(e.name);
      // the people filed under the surname before this entity
      const known = e.type === 'PER' ? (bySurname.all(surnameOf(norm)) as Array<{ key: string }>).map((r) => r.key) : [];
      if (e.type === 'PER') {
        // a person joins the one known person their name can be (see joinPerson)
        key = joinPerson(norm, known) ?? key;
      } else if (e.type !== 'LOC' && e.country) {
        // a country's name tagged otherwise ("US officials") is the country
        const place = getActor.get(actorKey('LOC', e.name)) as { key: string; country: string | null } | undefined;
        if (place && place.country === e.country) key = place.key;
      }
      const existing = getActor.get(key) as { key: string; name: string; aliases: string } | undefined;
      const names = [e.name, ...e.aliases];
      if (!existing) {
        insActor.run(key, e.name, e.type, e.country ?? null, e.role ?? null, e.type === 'PER' ? surnameOf(norm) : null, JSON.stringify(uniq(names)));
        if (e.type === 'PER') {
          const bare = bareTakenOver(norm, known);
          if (bare) {
            this.mergeActor(bare, key);
            for (const [id, k] of keys) if (k === bare) keys.set(id, key);
          }
        }
      } else {
        const aliases = uniq([...(JSON.parse(existing.aliases) as string[]), ...names]);
        updActor.run(fullerName(existing.name, e.name, e.type), JSON.stringify(aliases), e.country ?? null, e.role ?? null, key);
      }
      keys.set(e.id, key);
      insMention.run(key, article.id, e.id, e.mentions.length, JSON.stringify(uniq(names)), JSON.stringify(e.titles ?? []), article.published ?? null);
    }
    return keys;
  }

  async addCopy(article: Article): Promise<PutResult> {
    const hash = article.hash;
    if (!hash) throw new Error(`article ${article.id} has no content hash`);
    return this.db.transaction((): PutResult => {
      const dup = this.db.prepare('SELECT id FROM articles WHERE hash = ?').get(hash) as { id: string } | undefined;
      return dup ? this.recordCopy(article, dup.id) : { stored: false };
    }).immediate();
  }

  /** Inside a transaction: a different id with the same text is a copy (recorded once); the same id is a re-ingest. */
  private recordCopy(article: Article, of: string): PutResult {
    if (article.id === of) return { stored: false, duplicateOf: of, copy: false };
    const known = this.db.prepare('SELECT 1 FROM copies WHERE id = ?').get(article.id);
    if (known) return { stored: false, duplicateOf: of, copy: false };
    if (this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(article.id)) {
      throw new Error(`another article with id ${article.id} but different text is already stored`);
    }
    this.db
      .prepare('INSERT INTO copies (id, of_id, title, url, source, published, ingested) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(article.id, of, article.title ?? null, article.url ?? null, article.source ?? null, article.published ?? null, article.ingested ?? new Date().toISOString());
    return { stored: false, duplicateOf: of, copy: true };
  }

  async getArticle(id: string): Promise<{ article: Article; analysis: StoredAnalysis; copies: ArticleCopy[]; actorKeys: Record<string, string>; actorNames: Record<string, string>; speakerKeys: Record<string, string> } | undefined> {
    const r = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!r) return undefined;
    const copies = (this.db.prepare('SELECT * FROM copies WHERE of_id = ? ORDER BY coalesce(published, ingested), id').all(id) as Row[]).map(rowToCopy);
    const keys = this.db.prepare('SELECT m.entity_id, m.actor_key, a.name FROM actor_mentions m JOIN actors a ON a.key = m.actor_key WHERE m.article_id = ?').all(id) as Array<{ entity_id: string; actor_key: string; name: string }>;
    const speakers = this.db.prepare('SELECT idx, speaker_key FROM quotes WHERE article_id = ? AND speaker_key IS NOT NULL').all(id) as Array<{ idx: number; speaker_key: string }>;
    return {
      article: rowToArticle(r),
      analysis: JSON.parse(r.analysis as string) as StoredAnalysis,
      copies,
      actorKeys: Object.fromEntries(keys.map((k) => [k.entity_id, k.actor_key])),
      actorNames: Object.fromEntries(keys.map((k) => [k.actor_key, k.name])),
      speakerKeys: Object.fromEntries(speakers.map((k) => [String(k.idx), k.speaker_key])),
    };
  }

  async listArticles(opts: { limit?: number; offset?: number; source?: string } = {}): Promise<Page<ArticleSummary>> {
    const where = opts.source ? 'WHERE source = @source' : '';
    const params = { source: opts.source, limit: opts.limit ?? 50, offset: opts.offset ?? 0 };
    const total = (this.db.prepare(`SELECT count(*) AS n FROM articles ${where}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT id, title, source, url, published, ingested, n_quotes, n_entities, n_times, n_events FROM articles ${where}
         ORDER BY coalesce(published, ingested) DESC, id LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    return { total, items: rows.map(rowToSummary) };
  }

  async quotes(opts: QuoteQuery = {}): Promise<Page<QuoteHit>> {
    const conds: string[] = [];
    const params: Row = { limit: opts.limit ?? 50, offset: opts.offset ?? 0 };
    if (opts.speaker) {
      const sp = this.speakerMatch(opts.speaker);
      if ('unresolved' in sp) {
        // a key of the speakers list for a name filed under no one ("name:they"): those quotes, as the list counts them
        conds.push('(q.speaker_key IS NULL AND lower(q.speaker_name) = @sname)');
        params.sname = sp.unresolved;
      } else {
        conds.push(
          `(q.speaker_key IN (SELECT value FROM json_each(@skeys)) OR q.speaker_name IN (SELECT value FROM json_each(@snames))
            OR EXISTS (SELECT 1 FROM quote_speakers j WHERE j.article_id = q.article_id AND j.idx = q.idx AND j.actor_key IN (SELECT value FROM json_each(@skeys))))`,
        );
        params.skeys = JSON.stringify(sp.keys);
        params.snames = JSON.stringify(sp.names);
      }
    }
    if (opts.article) {
      conds.push('q.article_id = @article');
      params.article = opts.article;
    }
    if (opts.q) {
      const fq = ftsQuery(opts.q);
      if (!fq) return { total: 0, items: [] };
      conds.push('q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @fq)');
      params.fq = fq;
    }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM quotes q ${where}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT q.article_id, q.idx, q.speaker_key, ac.name AS speaker_actor, a.title, a.published, a.source, a.url, a.text, a.analysis
         FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.key = q.speaker_key ${where}
         ORDER BY coalesce(q.published, a.published, a.ingested) DESC, q.article_id, q.idx LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    const items = quoteHits(rows);
    return { total, items };
  }

  async speakers(opts: { q?: string; limit?: number } = {}): Promise<SpeakerSummary[]> {
    const params: Row = { limit: opts.limit ?? 100 };
    const where = 'WHERE q.speaker_name IS NOT NULL';
    // a filter picks speakers by their names (words, the last one begun: see nameMatches), each with all its quotes
    let only = '';
    if (opts.q) {
      const like = nameLikePattern(opts.q);
      const names = this.db
        .prepare("SELECT DISTINCT coalesce(speaker_key, 'name:' || lower(speaker_name)) AS k, speaker_name AS n FROM quotes WHERE speaker_name LIKE ? ESCAPE '\\'")
        .all(like) as Array<{ k: string; n: string }>;
      const actors = this.db.prepare("SELECT key, name, aliases FROM actors WHERE name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\'").all(like, like) as Array<{ key: string; name: string; aliases: string }>;
      params.keys = JSON.stringify(speakerKeysFitting(opts.q, names, actors));
      only = 'WHERE s.k IN (SELECT value FROM json_each(@keys))';
    }
    const rows = this.db
      .prepare(
        // each quote under its speaker, and a joint quote under each known person it names too
        `SELECT s.k AS key, coalesce(ac.name, max(s.speaker_name)) AS name,
                count(*) AS quotes, count(DISTINCT s.article_id) AS articles, min(s.published) AS first, max(s.published) AS last
         FROM (SELECT coalesce(q.speaker_key, 'name:' || lower(q.speaker_name)) AS k, q.article_id, q.speaker_name, q.published FROM quotes q ${where}
               UNION ALL
               SELECT j.actor_key, q.article_id, q.speaker_name, q.published FROM quote_speakers j JOIN quotes q ON q.article_id = j.article_id AND q.idx = j.idx
               ${where} AND j.actor_key IS NOT coalesce(q.speaker_key, '')) s
         LEFT JOIN actors ac ON ac.key = s.k ${only}
         GROUP BY s.k ORDER BY quotes DESC, name LIMIT @limit`,
      )
      .all(params) as Row[];
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
    const params: Row = { limit: opts.limit ?? 100, offset: opts.offset ?? 0 };
    if (opts.q) {
      conds.push("(ac.name LIKE @q ESCAPE '\\' OR ac.aliases LIKE @q ESCAPE '\\' OR ac.key LIKE @qk ESCAPE '\\')");
      params.q = '%' + likeEscape(opts.q) + '%';
      params.qk = '%' + likeEscape(normalizeName(opts.q)) + '%';
    }
    if (opts.type) {
      conds.push('ac.type = @type');
      params.type = opts.type;
    }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM actors ac ${where}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT ac.*, sum(m.mentions) AS mentions, count(DISTINCT m.article_id) AS articles, min(m.published) AS first, max(m.published) AS last
         FROM actors ac LEFT JOIN actor_mentions m ON m.actor_key = ac.key ${where}
         GROUP BY ac.key ORDER BY mentions DESC, ac.name LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    return { total, items: rows.map(rowToActor) };
  }

  async actor(key: string): Promise<ActorDetail | undefined> {
    const r = this.db
      .prepare(
        `SELECT ac.*, sum(m.mentions) AS mentions, count(DISTINCT m.article_id) AS articles, min(m.published) AS first, max(m.published) AS last
         FROM actors ac LEFT JOIN actor_mentions m ON m.actor_key = ac.key WHERE ac.key = ? GROUP BY ac.key`,
      )
      .get(key) as Row | undefined;
    if (!r) return undefined;
    const apps = this.db
      .prepare(
        `SELECT m.article_id, a.title, a.published, sum(m.mentions) AS mentions, group_concat(m.names, '\u0001') AS names, group_concat(m.titles, '\u0001') AS titles
         FROM actor_mentions m JOIN articles a ON a.id = m.article_id WHERE m.actor_key = ?
         GROUP BY m.article_id ORDER BY coalesce(a.published, a.ingested), m.article_id`,
      )
      .all(key) as Row[];
    return {
      ...rowToActor(r),
      appearances: apps.map((a) => ({
        article: a.article_id as string,
        title: str(a.title),
        published: str(a.published),
        mentions: a.mentions as number,
        names: uniq(String(a.names ?? '').split('\u0001').filter(Boolean).flatMap((j) => JSON.parse(j) as string[])),
        titles: uniq(String(a.titles ?? '').split('\u0001').filter(Boolean).flatMap((j) => JSON.parse(j) as string[])),
      })),
    };
  }

  async events(opts: EventQuery = {}): Promise<Page<EventHit>> {
    const conds: string[] = [];
    const params: Row = { limit: opts.limit ?? 100, offset: opts.offset ?? 0 };
    if (opts.grouped) {
      // the first report of each event (by publication, then article and position)
      conds.push(`(e.article_id, e.idx) IN (SELECT article_id, idx FROM (SELECT x.article_id, x.idx,
        row_number() OVER (PARTITION BY x.event_key ORDER BY coalesce(xa.published, xa.ingested), x.article_id, x.idx) AS rn
        FROM events x JOIN articles xa ON xa.id = x.article_id) WHERE rn = 1)`);
    }
    if (opts.actor) {
      conds.push('(e.source_key = @actor OR e.target_key = @actor)');
      params.actor = opts.actor;
    }
    if (opts.code) {
      conds.push('e.code LIKE @code');
      params.code = likeEscape(opts.code) + '%';
    }
    const where = conds.length ? 'WHERE ' + conds.join(' AND ') : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM events e JOIN articles a ON a.id = e.article_id ${where}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT e.article_id, e.idx, e.event_key, e.source_key, e.target_key, sa.name AS source_actor, ta.name AS target_actor, a.title, a.published, a.source, a.analysis
         FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN actors sa ON sa.key = e.source_key LEFT JOIN actors ta ON ta.key = e.target_key ${where}
         ORDER BY coalesce(e.time, a.published) DESC, e.article_id, e.idx LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[];
    const keys = [...new Set(rows.map((r) => r.event_key as string))];
    const reports = keys.length
      ? (this.db
          .prepare(`SELECT e.event_key AS key, e.article_id AS article, a.source FROM events e JOIN articles a ON a.id = e.article_id WHERE e.event_key IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(keys)) as Array<{ key: string; article: string; source: string | null }>)
      : [];
    const copies = reports.length
      ? (this.db
          .prepare('SELECT of_id AS "of", id, source FROM copies WHERE of_id IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify([...new Set(reports.map((r) => r.article))])) as Array<{ of: string; id: string; source: string | null }>)
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
    const fq = ftsQuery(q);
    if (!fq) return [];
    const limit = opts.limit ?? 30;
    const hits: SearchHit[] = [];
    const arts = this.db
      .prepare(
        `SELECT a.id, a.title, a.published, a.source, a.text FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
         WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?`,
      )
      .all(fq, limit) as Row[];
    for (const r of arts) {
      const s = snippetAround(r.text as string, q);
      hits.push({ kind: 'article', article: { id: r.id as string, title: str(r.title), published: str(r.published), source: str(r.source) }, snippet: s.snippet, highlights: s.highlights });
    }
    const qs = this.db
      .prepare(
        `SELECT q.article_id, q.idx, q.text, a.title, a.published, a.source FROM quotes_fts f JOIN quotes q ON q.rowid = f.rowid
         JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ? ORDER BY bm25(quotes_fts) LIMIT ?`,
      )
      .all(fq, limit) as Row[];
    for (const r of qs) {
      const s = snippetAround(r.text as string, q);
      hits.push({ kind: 'quote', index: r.idx as number, article: { id: r.article_id as string, title: str(r.title), published: str(r.published), source: str(r.source) }, snippet: s.snippet, highlights: s.highlights });
    }
    return hits;
  }

  async stats(): Promise<{ articles: number; quotes: number; actors: number; events: number }> {
    const n = (t: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { articles: n('articles'), quotes: n('quotes'), actors: n('actors'), events: n('events') };
  }

  async checkWritable(): Promise<void> {
    // a real write, rolled back: on a read-only file SQLite opens it for reading and fails only at the first write
    try {
      this.db.transaction(() => {
        this.db.prepare('INSERT INTO schema_version (version) VALUES (-1)').run();
        throw new RolledBack();
      }).immediate();
    } catch (e) {
      if (e instanceof RolledBack) return;
      throw new Error(`${this.file}: cannot write to the database: ${(e as Error).message}`, { cause: e });
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    if (this.walSet) {
      // the file is left in rollback-journal mode when no one else has it open, so that it can be read where its folder is
      // read-only (in WAL mode even a reader must create FILE-shm beside it); another connection keeps WAL on: no wait
      try {
        this.db.pragma('busy_timeout = 0');
        this.db.pragma('journal_mode = DELETE');
      } catch {
        // in use by another connection, or not writable: left as it is
      }
    }
    this.db.close();
  }
}

class RolledBack extends Error {}
