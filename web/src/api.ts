/** Typed calls to the Readout JSON API (same origin). */
import type { ActorDetail, ActorSummary, ArticleCopy, ArticleSummary, EventHit, Page, QuoteHit, SearchHit, SpeakerSummary, StoredAnalysis } from '../../src/store/store.js';
import type { Article } from '../../src/model/types.js';

export type { ActorDetail, ActorSummary, ArticleSummary, EventHit, Page, QuoteHit, SearchHit, SpeakerSummary, StoredAnalysis };

export interface ArticleFull {
  article: Article;
  analysis: StoredAnalysis;
  /** the same text published elsewhere (syndicated copies) */
  copies?: ArticleCopy[];
  /** entity id → the corpus actor it is filed under */
  actorKeys?: Record<string, string>;
  /** corpus actor key → its name across the corpus ("United States" for the article's "United States of America") */
  actorNames?: Record<string, string>;
  /** quote index → the corpus actor its speaker is filed under */
  speakerKeys?: Record<string, string>;
}

export interface ActorPage extends ActorDetail {
  quotes: Page<QuoteHit>;
  /** one item per event; `reports` counts every report of them */
  events: Page<EventHit> & { reports?: number };
}

export interface CodebookEntry {
  name: string;
  root: string;
  quad: number;
  plover?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function qs(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? '?' + s : '';
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch('/api' + path, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    let msg = res.statusText;
    try {
      msg = ((await res.json()) as { message?: string }).message ?? msg;
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, msg);
  }
  return (await res.json()) as T;
}

const articleCache = new Map<string, Promise<ArticleFull>>();
let codebook: Promise<Record<string, CodebookEntry>> | undefined;

export const api = {
  health: () => get<{ ok: boolean; articles: number; quotes: number; actors: number; events: number }>('/health'),
  articles: (p: { limit?: number; offset?: number; source?: string } = {}) => get<Page<ArticleSummary>>('/articles' + qs(p)),
  /** one article with its analysis; cached for the session (articles do not change under a running UI) */
  article(id: string): Promise<ArticleFull> {
    let p = articleCache.get(id);
    if (!p) {
      p = get<ArticleFull>('/articles/' + encodeURIComponent(id));
      p.catch(() => articleCache.delete(id));
      if (articleCache.size > 200) articleCache.clear();
      articleCache.set(id, p);
    }
    return p;
  },
  quotes: (p: { speaker?: string; q?: string; article?: string; limit?: number; offset?: number } = {}) => get<Page<QuoteHit>>('/quotes' + qs(p)),
  speakers: (p: { q?: string; limit?: number } = {}) => get<SpeakerSummary[]>('/speakers' + qs(p)),
  actors: (p: { q?: string; type?: string; limit?: number; offset?: number } = {}) => get<Page<ActorSummary>>('/actors' + qs(p)),
  actor: (key: string) => get<ActorPage>('/actors/' + encodeURIComponent(key)),
  events: (p: { actor?: string; code?: string; grouped?: 'true' | 'false'; limit?: number; offset?: number } = {}) => get<Page<EventHit>>('/events' + qs(p)),
  search: (q: string, limit = 50) => get<{ items: SearchHit[] }>('/search' + qs({ q, limit })),
  codebook(): Promise<Record<string, CodebookEntry>> {
    codebook ??= get<Record<string, CodebookEntry>>('/codebook').catch(() => ({}));
    return codebook;
  },
};

/** Runs `fn` over items with at most `n` at a time. */
export async function pool<T, R>(items: readonly T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}
