/** Shared pieces of the views: pager, quote item, empty and error states. */
import { ApiError, type QuoteHit } from './api.js';
import { h, marked, textNode } from './dom.js';
import { actorHref, articleHref, concreteDate, fmtDate, quotesHref } from './format.js';

export function pager(total: number, offset: number, limit: number, hrefAt: (offset: number) => string): HTMLElement {
  const from = total ? offset + 1 : 0;
  const to = Math.min(total, offset + limit);
  const prev = offset > 0 ? h('a', { href: hrefAt(Math.max(0, offset - limit)), class: 'btn', rel: 'prev' }, '← Newer') : h('span', { class: 'btn disabled' }, '← Newer');
  const next = to < total ? h('a', { href: hrefAt(offset + limit), class: 'btn', rel: 'next' }, 'Older →') : h('span', { class: 'btn disabled' }, 'Older →');
  return h('nav', { class: 'pager', 'aria-label': 'pages' }, prev, h('span', { class: 'range' }, `${from}–${to} of ${total.toLocaleString('en')}`), next);
}

export function empty(msg: string): HTMLElement {
  return h('p', { class: 'empty' }, msg);
}

export function errorBox(err: unknown): HTMLElement {
  const status = err instanceof ApiError ? err.status : 0;
  const msg = err instanceof Error ? err.message : String(err);
  return h('div', { class: 'error' }, h('strong', null, status === 404 ? 'Not found. ' : 'Something went wrong. '), msg);
}

/** Pronouns and relatives that name no one until resolved ("I", "they", "who"). */
const UNRESOLVED = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'its', 'they', 'them', 'who', 'which', 'that', 'one', 'this']);

/** Whether a speaker's name, not filed under any actor, is a pronoun that names no one. */
export function unresolvedName(name: string): boolean {
  return UNRESOLVED.has(name.trim().toLowerCase());
}

/** One quote in its sentence, with speaker, date and article. */
export function quoteItem(hit: QuoteHit, opts: { showSpeaker?: boolean } = {}): HTMLElement {
  const q = hit.quote;
  const ctx = hit.context;
  // the quote inside its sentence context: mark the quote (or its fragments) by offset
  let body: Node;
  if (ctx && ctx.text && q.start >= ctx.start && q.end <= ctx.end) {
    const parts = q.fragments?.length ? q.fragments : [q];
    body = marked(
      ctx.text,
      parts.map((p) => [p.start - ctx.start, p.end - ctx.start] as const),
      'qmark',
    );
  } else {
    body = textNode(q.text);
  }
  const sp = q.speaker;
  const speaker = !sp
    ? h('span', { class: 'speaker none' }, 'unattributed')
    : sp.anonymous
      ? h('span', { class: 'speaker anon' }, sp.name)
      : hit.speakerKey
        ? // the person the speaker is filed under ("Vladimir Putin" for "President of the Russian Federation"), the words as written on hover
          h('a', { class: 'speaker', href: actorHref(hit.speakerKey), title: hit.speakerActor && hit.speakerActor !== sp.name ? `as written: ${sp.name}` : undefined }, hit.speakerActor ?? sp.name)
        : h('a', { class: 'speaker', href: quotesHref({ speaker: sp.name }) }, sp.name);
  return h(
    'li',
    { class: 'quote-item', 'data-article': hit.article.id, 'data-index': hit.index },
    h(
      'div',
      { class: 'qi-head' },
      opts.showSpeaker === false ? null : speaker,
      // words relayed by the speaker: whose they were (on that person's page too)
      q.via ? h('span', { class: 'via', title: 'whose words these originally were' }, 'relaying ' + q.via.name) : null,
      q.cue ? h('span', { class: 'cue' }, q.cue.text) : null,
      h('span', { class: 'badge kind-' + q.kind }, q.kind),
      q.topic ? h('span', { class: 'badge topic', title: 'a topic discussed or spoken about, not words or a view' }, 'topic') : null,
      h('span', { class: 'spacer' }),
      h('time', { datetime: concreteDate(q.time) ?? hit.article.published ?? '', title: q.time ? `said: ${q.time}` : 'article date' }, fmtDate(concreteDate(q.time) ?? hit.article.published) || 'undated'),
    ),
    h('p', { class: 'qi-context' }, body),
    h('div', { class: 'qi-foot' }, h('a', { href: articleHref(hit.article.id, hit.index) }, hit.article.title || hit.article.id), hit.article.source ? h('span', { class: 'source' }, hit.article.source) : null),
  );
}

/** A text input that navigates on Enter (debounced live update optional). */
export function searchInput(value: string, placeholder: string, onSubmit: (v: string) => void, live = false): HTMLInputElement {
  const input = h('input', { type: 'search', placeholder, 'aria-label': placeholder, class: 'search-input' });
  input.value = value;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('keydown', (ev) => {
    if ((ev as KeyboardEvent).key === 'Enter') {
      clearTimeout(timer);
      onSubmit(input.value.trim());
    }
  });
  if (live)
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => onSubmit(input.value.trim()), 350);
    });
  return input;
}
