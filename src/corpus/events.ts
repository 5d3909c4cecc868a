/**
 * Reports and events: the same event told by several articles (a call announced by both
 * governments, a syndicated wire copy) is one event with several reports. Two reports are the
 * same event when they have the same CAMEO base code, the same source and target actors (by
 * corpus actor key, else CAMEO actor code) and the same day.
 */
import type { Article, Event, EventActor } from '../model/types.js';
import { actorKey } from './actors.js';

function actorId(a: EventActor | null): string {
  if (!a) return '-';
  return a.name ? actorKey('', a.name).slice(1) : (a.cameo ?? '-');
}

/** The day an event happened: its own full date when the text gives it, else the publication day. */
export function eventDay(article: Pick<Article, 'published'>, e: Pick<Event, 'time'>): string {
  if (e.time && /^\d{4}-\d{2}-\d{2}/.test(e.time)) return e.time.slice(0, 10);
  return (article.published ?? '').slice(0, 10);
}

export function eventKey(article: Pick<Article, 'published'>, e: Event): string {
  return [e.code.slice(0, 3), actorId(e.source), actorId(e.target), eventDay(article, e)].join('|');
}

export interface Report<T> {
  /** the reporting article, with the syndicated copies of its text published elsewhere */
  article: Pick<Article, 'id' | 'source' | 'published'> & { copies?: Array<{ id: string; source?: string }> };
  event: Event;
  payload: T;
}

export interface EventGroup<T> {
  key: string;
  reports: Array<Report<T>>;
  /** reports (mentions), distinct articles, distinct sources */
  counts: { mentions: number; articles: number; sources: number };
}

/** Groups reports into events, keeping the order in which each event was first reported. */
export function groupReports<T>(reports: Iterable<Report<T>>): Array<EventGroup<T>> {
  const groups = new Map<string, EventGroup<T>>();
  for (const r of reports) {
    const key = eventKey(r.article, r.event);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, reports: [], counts: { mentions: 0, articles: 0, sources: 0 } }));
    g.reports.push(r);
  }
  for (const g of groups.values()) {
    const articles = new Set<string>();
    const sources = new Set<string>();
    for (const r of g.reports) {
      g.counts.mentions += 1 + (r.article.copies?.length ?? 0);
      for (const a of [r.article, ...(r.article.copies ?? [])]) {
        articles.add(a.id);
        sources.add(a.source ?? a.id);
      }
    }
    g.counts.articles = articles.size;
    g.counts.sources = sources.size;
  }
  return [...groups.values()];
}
