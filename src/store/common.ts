/** Pieces both store implementations share: query parsing, snippets, quote context, row mapping. */
import type { Article, EventActor, Quote, Sentence, Span } from '../model/types.js';
import { officeOf, publisherCountry, type Office } from '../corpus/actors.js';
import { countryOf } from '../extract/entities/gazetteer.js';
import { seatCountry } from '../extract/entities/seats.js';
import { nameMatches, nameWords } from './names.js';
import type { ActorSummary, ArticleCopy, ArticleSummary, FiledActor, QuoteHit, StoredAnalysis } from './store.js';

/** A result row, by column name. */
export type Row = Record<string, unknown>;

/**
 * A search as people type it into a search box: words (all required), "a quoted phrase" (its
 * words in that order), OR between two terms (either will do), and -word or -"a phrase" (left
 * out). Any other character is a separator, so no input is a syntax error: an unclosed quotation
 * mark runs to the end, a stray OR or minus is dropped. `all`: the terms every hit has, each a
 * list of alternatives, each a phrase (its words); `not`: phrases no hit has. At most twelve
 * terms are kept, and twelve words of each phrase.
 */
export interface SearchQuery {
  all: string[][][];
  not: string[][];
}

const QUERY_PART = /(-?)"([^"]*)(?:"|$)|(\S+)/gu;
const WORD = /[\p{L}\p{N}]+/gu;

export function parseSearch(q: string): SearchQuery {
  const all: string[][][] = [];
  const not: string[][] = [];
  let or = false;
  // (an OR after an exclusion joins nothing: "-route OR x" requires x)
  let lastNot = false;
  let n = 0;
  for (const m of q.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').matchAll(QUERY_PART)) {
    if (m[3] === 'OR') {
      or = all.length > 0 && !lastNot;
      continue;
    }
    const raw = m[3] ?? m[2];
    const minus = m[1] === '-' || (m[3] !== undefined && /^-[\p{L}\p{N}]/u.test(m[3]));
    const words = (raw.match(WORD) ?? []).slice(0, 12);
    if (!words.length || n >= 12) {
      or = false;
      continue;
    }
    n++;
    if (minus) not.push(words);
    else if (or) all[all.length - 1].push(words);
    else all.push([words]);
    or = false;
    lastNot = minus;
  }
  return { all, not: all.length ? not : [] };
}

/** The words a hit is marked at: those of the required terms. */
export function queryWords(q: SearchQuery): string[] {
  return q.all.flat(2);
}

/** A parsed search as an FTS5 query ("" when nothing is required): phrases quoted, OR groups bracketed, exclusions after NOT. */
export function ftsQuery(q: string): string {
  const p = parseSearch(q);
  if (!p.all.length) return '';
  const phrase = (ws: string[]): string => `"${ws.join(' ')}"`;
  const pos = p.all.map((alts) => (alts.length === 1 ? phrase(alts[0]) : `(${alts.map(phrase).join(' OR ')})`)).join(' AND ');
  return p.not.length ? `(${pos}) NOT (${p.not.map(phrase).join(' OR ')})` : pos;
}

/**
 * A parsed search as a PostgreSQL `to_tsquery('simple', …)` string ("" when nothing is
 * required). `fold` turns a word into the index's form (lower case, no accents; it may split one
 * into several); every lexeme is quoted and holds only letters and digits.
 */
export function tsQuery(q: string, fold: (w: string) => string): string {
  const p = parseSearch(q);
  const phrase = (ws: string[]): string => {
    const lex = ws.flatMap((w) => fold(w).split(' ').filter(Boolean)).map((w) => `'${w}'`);
    return lex.length > 1 ? `(${lex.join(' <-> ')})` : (lex[0] ?? '');
  };
  const pos = p.all
    .map((alts) => alts.map(phrase).filter(Boolean))
    .filter((alts) => alts.length)
    .map((alts) => (alts.length === 1 ? alts[0] : `(${alts.join(' | ')})`));
  if (!pos.length) return '';
  const neg = p.not.map(phrase).filter(Boolean);
  return pos.join(' & ') + (neg.length ? ` & !(${neg.join(' | ')})` : '');
}

/** The sentences a quote stands in (at most a few hundred characters more than the quote). */
export function contextOf(text: string, sentences: Sentence[] | undefined, span: Span): { start: number; end: number; text: string } {
  let start = span.start;
  let end = span.end;
  if (sentences && sentences.length) {
    for (const s of sentences) {
      if (s.end > span.start && s.start <= span.start) start = Math.min(start, s.start);
      if (s.start < span.end && s.end >= span.end) end = Math.max(end, s.end);
    }
  }
  if (span.start - start > 400) start = span.start - 400;
  if (end - span.end > 400) end = span.end + 400;
  return { start, end, text: text.slice(start, end) };
}

/** A short excerpt of `text` around the first match of the query's words, with the matches marked by offsets. */
export function snippetAround(text: string, q: string, width = 220): { snippet: string; highlights: Array<[number, number]> } {
  // each required phrase as a pattern of its words (letters and digits only: nothing to escape),
  // whole words in order with anything but letters and digits between (as the full-text index
  // sees them); the first match centres the excerpt and every match in it is marked, a phrase as
  // one mark
  const res = parseSearch(q)
    .all.flat()
    .map((ws) => new RegExp(`(?<![\\p{L}\\p{N}])${ws.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu'));
  let first = -1;
  for (const re of res) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (first < 0 || m.index < first)) first = m.index;
  }
  const from = Math.max(0, (first < 0 ? 0 : first) - width / 2);
  const to = Math.min(text.length, from + width);
  const snippet = (from > 0 ? '…' : '') + text.slice(from, to) + (to < text.length ? '…' : '');
  const hl: Array<[number, number]> = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(snippet); m && hl.length < 40; m = re.exec(snippet)) hl.push([m.index, m.index + m[0].length]);
  }
  hl.sort((a, b) => a[0] - b[0]);
  return { snippet, highlights: hl };
}

/** A TIMEX3 value usable as a sort date (`2025-07-03`, `2025-07`, `2025-07-03T14:00`), or undefined for vague ones (`XXXX-WXX-3`, `PAST_REF`). */
export function sortDate(value: string | undefined): string | undefined {
  return value && /^\d{4}(-\d{2})?/.test(value) ? value : undefined;
}

/** Counts of each event key's reports, from its report rows and the copies of their articles. */
export function reportCounts(
  rows: Array<{ key: string; article: string; source?: string | null }>,
  copies: Array<{ of: string; id: string; source?: string | null }>,
): Map<string, { mentions: number; articles: number; sources: number }> {
  const copiesOf = new Map<string, Array<{ id: string; source?: string | null }>>();
  for (const c of copies) {
    let l = copiesOf.get(c.of);
    if (!l) copiesOf.set(c.of, (l = []));
    l.push(c);
  }
  const acc = new Map<string, { mentions: number; articles: Set<string>; sources: Set<string> }>();
  for (const r of rows) {
    let a = acc.get(r.key);
    if (!a) acc.set(r.key, (a = { mentions: 0, articles: new Set(), sources: new Set() }));
    const cs = copiesOf.get(r.article) ?? [];
    a.mentions += 1 + cs.length;
    for (const x of [{ id: r.article, source: r.source }, ...cs]) {
      a.articles.add(x.id);
      a.sources.add(x.source ?? x.id);
    }
  }
  return new Map([...acc].map(([k, a]) => [k, { mentions: a.mentions, articles: a.articles.size, sources: a.sources.size }]));
}

/** Quote rows (article columns, `idx`, `speaker_key`, the article's `text` and `analysis`) as hits with their context. */
export function quoteHits(rows: Row[]): QuoteHit[] {
  const cache = new Map<string, StoredAnalysis>();
  return rows.map((r): QuoteHit => {
    const aid = r.article_id as string;
    let an = cache.get(aid);
    if (!an) cache.set(aid, (an = JSON.parse(r.analysis as string) as StoredAnalysis));
    const quote = an.quotes[r.idx as number] as Quote;
    return {
      article: { id: aid, title: str(r.title), published: str(r.published), source: str(r.source), url: str(r.url) },
      index: r.idx as number,
      quote,
      context: contextOf(r.text as string, an.sentences, quote),
      speakerKey: str(r.speaker_key),
      speakerActor: str(r.speaker_actor),
    };
  });
}

/** The corpus actor key of a quote's speaker, through its in-article entity. */
export function speakerKeyOf(q: Quote, keys: Map<string, string>): string | undefined {
  return q.speaker?.entity ? keys.get(q.speaker.entity) : undefined;
}

/**
 * A speaker the article names but does not link to an entity (the author a title names: "Joe
 * Biden"), written like a person's name: that name, for `joinPerson` over the known people of
 * its surname. Undefined for anything else (pronouns, labels in capitals, descriptions).
 */
export function unlinkedPersonName(q: Quote): string | undefined {
  const sp = q.speaker;
  if (!sp || sp.entity || sp.anonymous) return undefined;
  return personNameOf(sp.name);
}

/**
 * The same for an event's source or target that no entity of the article stands for: the author
 * of a statement, named only in its title ("Statement by President Joe Biden": "I spoke with …"
 * is Joe Biden's call).
 */
export function unlinkedActorName(a: EventActor | null | undefined): string | undefined {
  return a && !a.entity ? personNameOf(a.name) : undefined;
}

/** Words written like a person's name, without a title before it ("President Biden" → Biden; "Joe Biden"), else undefined. */
function personNameOf(written: string): string | undefined {
  const words = written.trim().split(/\s+/);
  // a title before the name is no part of it ("President Biden" → Biden)
  let k = 0;
  while (k < words.length - 1 && NAME_TITLES.has(words[k].toLowerCase().replace(/\.$/, ''))) k++;
  const name = words.slice(k);
  if (name.length < (k ? 1 : 2) || name.length > 4) return undefined;
  if (!name.every((w) => /^\p{Lu}[\p{Ll}’'.-]/u.test(w) || /^\p{Lu}\.$/u.test(w))) return undefined;
  return name.join(' ');
}

/**
 * The people a joint speaker names, not linked to an entity ("Joseph Biden and Vladimir Putin",
 * as the quotes layer names both parties of a call): each written like a person's name (see
 * `unlinkedPersonName`), else undefined.
 */
export function jointSpeakerNames(q: Quote): [string, string] | undefined {
  const sp = q.speaker;
  if (!sp || sp.entity || sp.anonymous) return undefined;
  const parts = sp.name.split(/\s+and\s+/);
  if (parts.length !== 2) return undefined;
  const names = parts.map(personNameOf);
  return names[0] && names[1] ? [names[0], names[1]] : undefined;
}

/**
 * Whose words a relayed quote originally were (`via`: Putin's words as his aide relays them), for
 * filing the quote under that person too: the entity, or the people its name holds (written like a
 * person's name, two joined by "and" each), else nothing.
 */
export function relayedSources(q: Quote): { entity?: string; names: string[] } {
  const v = q.via;
  if (!v || v.anonymous) return { names: [] };
  if (v.entity) return { entity: v.entity, names: [] };
  const names: string[] = [];
  for (const part of v.name.split(/\s+and\s+/)) {
    const n = personNameOf(part);
    if (n) names.push(n);
  }
  return { names };
}

/** Titles written before a person's name. */
const NAME_TITLES = new Set(['president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'governor', 'gov', 'chancellor', 'mr', 'mrs', 'ms', 'dr', 'ambassador', 'general', 'gen', 'rep', 'representative', 'speaker', 'leader']);

/**
 * The office an unlinked speaker's words name ("President of the Russian Federation", "THE
 * PRESIDENT" in a publisher's transcript), for `officeHolder`; a bare office is of the
 * publisher's country (`source`: "Kremlin", "White House", "President of Ukraine").
 */
export function unlinkedOffice(q: Quote, source: string | undefined): Office | undefined {
  const sp = q.speaker;
  if (!sp || sp.entity || sp.anonymous) return undefined;
  return officeOf(sp.name, publisherCountry(source, countryOf, seatCountry), countryOf);
}

/** The same for an event's source or target that no entity stands for ("President of the Russian Federation" in a Kremlin readout's "I"). */
export function unlinkedActorOffice(a: EventActor | null | undefined, source: string | undefined): Office | undefined {
  return a && !a.entity ? officeOf(a.name, publisherCountry(source, countryOf, seatCountry), countryOf) : undefined;
}

/** Stored quotes whose speaker is filed under no one, with their article's publisher and date. */
export interface UnfiledSpeaker {
  article_id: string;
  idx: number;
  speaker_name: string;
  source: string | null;
  published: string | null;
}

/**
 * The dates (ISO, by day) between which articles may hold the office speakers an article published
 * at `published` can refile: `[from, until)`, a day wider than `maxDays` each way, to narrow the
 * store's query (ISO dates compare as strings); undefined without a date.
 */
export function refileWindow(published: string | undefined, maxDays = 400): [string, string] | undefined {
  const at = published ? Date.parse(published) : NaN;
  if (!Number.isFinite(at)) return undefined;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [day(at - (maxDays + 1) * 86400000), day(at + (maxDays + 2) * 86400000)];
}

/**
 * Of the unfiled speakers `rows`, those naming an office of one of `countries` in an article
 * published within `maxDays` of `published`: each with its office, for `officeHolder` again once
 * an article has titled new people (an address stored before any article named the president).
 */
export function officesToRefile(rows: readonly UnfiledSpeaker[], countries: ReadonlySet<string>, published: string | undefined, maxDays = 400): Array<UnfiledSpeaker & { office: Office }> {
  const at = published ? Date.parse(published) : NaN;
  if (!Number.isFinite(at)) return [];
  const out: Array<UnfiledSpeaker & { office: Office }> = [];
  for (const r of rows) {
    const t = r.published ? Date.parse(r.published) : NaN;
    if (!Number.isFinite(t) || Math.abs(t - at) / 86400000 > maxDays) continue;
    const office = unlinkedOffice({ speaker: { name: r.speaker_name } } as Quote, r.source ?? undefined);
    if (office && countries.has(office.country)) out.push({ ...r, office });
  }
  return out;
}

/** Row → record: a column that is not a string (NULL) becomes an absent field. */
export function rowToArticle(r: Row): Article {
  const a: Article = { id: r.id as string, text: r.text as string, hash: r.hash as string };
  for (const k of ['title', 'url', 'source', 'published', 'byline', 'license', 'ingested'] as const) {
    const v = r[k];
    if (typeof v === 'string') a[k] = v;
  }
  return a;
}

export function rowToCopy(r: Row): ArticleCopy {
  return { id: r.id as string, title: str(r.title), url: str(r.url), source: str(r.source), published: str(r.published), ingested: String(r.ingested) };
}

export function rowToSummary(r: Row): ArticleSummary {
  return {
    id: r.id as string,
    title: str(r.title),
    source: str(r.source),
    url: str(r.url),
    published: str(r.published),
    ingested: str(r.ingested),
    counts: { quotes: r.n_quotes as number, entities: r.n_entities as number, times: r.n_times as number, events: r.n_events as number },
  };
}

export function rowToActor(r: Row): ActorSummary {
  return {
    key: r.key as string,
    name: r.name as string,
    type: r.type as string,
    country: str(r.country),
    role: str(r.role),
    aliases: JSON.parse((r.aliases as string) ?? '[]') as string[],
    mentions: (r.mentions as number) ?? 0,
    articles: (r.articles as number) ?? 0,
    first: str(r.first),
    last: str(r.last),
  };
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

export { nameMatches, nameWords };

/** The keys of the speakers list (`coalesce(speaker_key, 'name:' || lower(speaker_name))`, or a corpus actor) whose names fit a filter (`nameMatches`, the last word begun). */
export function speakerKeysFitting(
  query: string,
  quoteNames: Array<{ k: string; n: string }>,
  actors: Array<{ key: string; name: string; aliases: string | null }>,
): string[] {
  const keys = quoteNames.filter((r) => nameMatches(r.n, query, { begun: true })).map((r) => r.k);
  for (const a of actors) if (actorNameMatches(a.name, a.aliases, query, { begun: true })) keys.push(a.key);
  return uniq(keys);
}

/**
 * A LIKE pattern (case-insensitive for ASCII in both stores) that every name matching `query` holds: its longest word
 * written in ASCII; '%' when it has none. The stores narrow the names with it and decide with `nameMatches`.
 */
export function nameLikePattern(query: string): string {
  const ascii = nameWords(query).filter((w) => /^[\x20-\x7e]+$/.test(w));
  const longest = ascii.sort((a, b) => b.length - a.length)[0];
  return longest ? '%' + likeEscape(longest) + '%' : '%';
}

/** Whether an actor (its name, or one of its aliases as stored: a JSON array) matches a speaker asked for (see `nameMatches`). */
export function actorNameMatches(name: string, aliases: string | null | undefined, query: string, opts: { begun?: boolean } = {}): boolean {
  if (nameMatches(name, query, opts)) return true;
  let list: unknown;
  try {
    list = JSON.parse(aliases ?? '[]');
  } catch {
    return false;
  }
  return Array.isArray(list) && list.some((a) => typeof a === 'string' && nameMatches(a, query, opts));
}

/** An event's source or target as filed in the corpus (see `EventHit.actors`), from its key and the actor's name. */
export function filedActor(key: unknown, name: unknown): FiledActor | undefined {
  return typeof key === 'string' && key && typeof name === 'string' && name ? { key, name } : undefined;
}
