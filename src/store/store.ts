/**
 * The one storage interface. Two implementations pass the same contract tests
 * (`test/store.contract.ts`): SQLite (embedded default) and PostgreSQL (scale-out).
 */
import type { Analysis, Article, Quote, Event } from '../model/types.js';

export interface ArticleSummary {
  id: string;
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  ingested?: string;
  counts: { quotes: number; entities: number; times: number; events: number };
}

/** What is stored of an analysis: every layer except tokens (recomputed on demand). */
export type StoredAnalysis = Omit<Analysis, 'tokens'>;

export interface Page<T> {
  total: number;
  items: T[];
}

export interface QuoteHit {
  article: { id: string; title?: string; published?: string; source?: string; url?: string };
  index: number;
  quote: Quote;
  /** the sentence(s) the quote stands in, as a span and its text */
  context: { start: number; end: number; text: string };
  /** corpus-level actor key of the speaker, when resolved */
  speakerKey?: string;
  /** that actor's name across the corpus ("Volodymyr Zelenskyy" for "the President of Ukraine") */
  speakerActor?: string;
}

export interface SpeakerSummary {
  key: string;
  name: string;
  quotes: number;
  articles: number;
  first?: string;
  last?: string;
}

export interface ActorSummary {
  key: string;
  name: string;
  type: string;
  country?: string;
  role?: string;
  aliases: string[];
  mentions: number;
  articles: number;
  first?: string;
  last?: string;
}

export interface ActorDetail extends ActorSummary {
  /** per article: when and how often it is mentioned, under which names and titles */
  appearances: Array<{ article: string; title?: string; published?: string; mentions: number; names: string[]; titles: string[] }>;
}

export interface EventHit {
  article: { id: string; title?: string; published?: string; source?: string };
  index: number;
  event: Event;
  /** the same event across the corpus (see src/corpus/events.ts) */
  key: string;
  /** its reports: mentions, distinct articles (with syndicated copies) and sources */
  reports: { mentions: number; articles: number; sources: number };
  /** the corpus actors its source and target are filed under (key and name), when they are: one
   * node per actor in a drawing, whatever each article called them ("Biden", "Joseph R. Biden") */
  actors: { source?: FiledActor; target?: FiledActor };
}

export interface FiledActor {
  key: string;
  name: string;
}

export interface EventQuery {
  actor?: string;
  code?: string;
  /** one hit per event (its first report) instead of one per report */
  grouped?: boolean;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  article: { id: string; title?: string; published?: string; source?: string };
  /** for quotes: index into the article's quotes */
  index?: number;
  /** a short excerpt around the match, plain text */
  snippet: string;
  /** offsets of the matched text inside `snippet` */
  highlights: Array<[number, number]>;
}

export interface QuoteQuery {
  speaker?: string;
  q?: string;
  article?: string;
  limit?: number;
  offset?: number;
}

export interface PutResult {
  stored: boolean;
  /** when not stored: the id of the article that already has this content */
  duplicateOf?: string;
  /** when not stored: true if this article (another id: a syndicated copy) was recorded as a copy of it */
  copy?: boolean;
}

/** Another publication of a stored article's exact text (a syndicated wire copy). */
export interface ArticleCopy {
  id: string;
  title?: string;
  url?: string;
  source?: string;
  published?: string;
  ingested: string;
}

export interface Store {
  /** opened for reading only (see `OpenOptions.forReading`): nothing can be stored */
  readonly readOnly?: boolean;
  /** Creates or upgrades the schema (idempotent). */
  migrate(): Promise<void>;
  /** Stores an article and its analysis in one transaction; skips it when its content hash is already stored. */
  putArticle(article: Article, analysis: Analysis): Promise<PutResult>;
  hasContent(hash: string): Promise<string | undefined>;
  /**
   * Records an article whose text is already stored under another id as a copy of it (no
   * analysis needed). Returns `{stored: false}` without `duplicateOf` when the text is not stored.
   */
  addCopy(article: Article): Promise<PutResult>;
  /**
   * An article with its analysis, its copies, the corpus actor each of its entities is filed under
   * (entity id → actor key) with those actors' names across the corpus (actor key → name), and the
   * corpus actor each quote's speaker is filed under (quote index → actor key; also speakers with
   * no entity, filed by name or by office).
   */
  getArticle(id: string): Promise<{ article: Article; analysis: StoredAnalysis; copies: ArticleCopy[]; actorKeys: Record<string, string>; actorNames: Record<string, string>; speakerKeys: Record<string, string> } | undefined>;
  listArticles(opts?: { limit?: number; offset?: number; source?: string }): Promise<Page<ArticleSummary>>;
  quotes(opts?: QuoteQuery): Promise<Page<QuoteHit>>;
  speakers(opts?: { q?: string; limit?: number }): Promise<SpeakerSummary[]>;
  actors(opts?: { q?: string; type?: string; limit?: number; offset?: number }): Promise<Page<ActorSummary>>;
  actor(key: string): Promise<ActorDetail | undefined>;
  events(opts?: EventQuery): Promise<Page<EventHit>>;
  search(q: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  stats(): Promise<{ articles: number; quotes: number; actors: number; events: number }>;
  /**
   * Throws when nothing could be stored (a read-only file or folder, a read-only server or role, a database another writer
   * holds locked past the wait): one clear error before any work, instead of one per article. Writes nothing.
   */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Whether an error from storing an article is the store's, not the article's: every later article would fail the same way
 * (read-only, disk full, I/O error, a damaged file, the server gone), so a run stops at the first.
 */
export function storeWideFailure(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  // SQLite (better-sqlite3 gives the extended code: SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE …)
  if (/^SQLITE_(READONLY|FULL|IOERR|CANTOPEN|CORRUPT|NOTADB|PERM|BUSY|LOCKED)/.test(code)) return true;
  // PostgreSQL: connection (08), read-only transaction, no privilege, resources (53), operator intervention (57), system (58)
  if (/^(08|53|57|58)/.test(code) || code === '25006' || code === '42501') return true;
  // the connection to the server
  return /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH)$/.test(code);
}
