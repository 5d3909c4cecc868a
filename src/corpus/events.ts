/**
 * Reports and events: the same event told by several articles (a call announced by both
 * governments, a syndicated wire copy) is one event with several reports. Two reports are the
 * same event when they have the same CAMEO base code, the same source and target actors (by
 * corpus actor key when the actor is linked, else by normalized name, else CAMEO actor code) and
 * the same day. The stores key every event row this way and count its reports.
 */
import type { Article, Event, EventActor } from '../model/types.js';
import { normalizeName } from './actors.js';

/** The day an event happened: its own full date when the text gives it, else the publication day. */
export function eventDay(article: Pick<Article, 'published'>, e: Pick<Event, 'time'>): string {
  if (e.time && /^\d{4}-\d{2}-\d{2}/.test(e.time)) return e.time.slice(0, 10);
  return (article.published ?? '').slice(0, 10);
}

/**
 * The key of the event a report tells. `corpusKey` gives the corpus actor key of a linked actor
 * (`per:vladimir putin`); without it the name is normalized (spelling variants unified).
 */
export function eventKey(article: Pick<Article, 'published'>, e: Event, corpusKey?: (a: EventActor) => string | undefined): string {
  const id = (a: EventActor | null): string => {
    if (!a) return '-';
    const k = corpusKey?.(a);
    if (k) return k.replace(/^[a-z]+:/, '');
    return a.name ? normalizeName(a.name) : (a.cameo ?? '-');
  };
  return [e.code.slice(0, 3), id(e.source), id(e.target), eventDay(article, e)].join('|');
}
