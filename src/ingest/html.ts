import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { utf16Bom } from './lines.js';
import { normalizePublished } from './records.js';

export interface ExtractedArticle {
  title: string;
  text: string;
  published?: string;
  byline?: string;
  url?: string;
}

export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT',
  'TR', 'UL', 'CAPTION',
]);

function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}_\p{M}]+/gu) ?? [];
}

/** Converts a DOM subtree to paragraphs: block elements and line breaks delimit paragraphs. */
function nodeToParagraphs(root: Node): string[] {
  const paras: string[] = [];
  let cur = '';
  const flush = (): void => {
    const t = normalizeSpace(cur);
    if (t) paras.push(t);
    cur = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      cur += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      // two consecutive <br> mark a paragraph break; a single one is a line break in a paragraph
      const next = nextNonEmptySibling(el);
      if (next && next.nodeType === 1 && (next as Element).tagName.toUpperCase() === 'BR') flush();
      else cur += ' ';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'TD' || tag === 'TH') cur += ' ';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return paras;
}

function nextNonEmptySibling(n: Node): Node | null {
  let s = n.nextSibling;
  while (s && s.nodeType === 3 && !(s.nodeValue ?? '').trim()) s = s.nextSibling;
  return s;
}

function textLen(el: Element): number {
  return normalizeSpace(el.textContent ?? '').length;
}

function linkTextLen(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += normalizeSpace(a.textContent ?? '').length;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Metadata

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function metaContent(doc: Document, names: string[]): string | undefined {
  for (const name of names) {
    const el =
      doc.querySelector(`meta[property="${name}"]`) ??
      doc.querySelector(`meta[name="${name}"]`) ??
      doc.querySelector(`meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function jsonLdObjects(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v);
      if (v['@graph']) visit(v['@graph']);
      if (v.mainEntity) visit(v.mainEntity);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (s.textContent ?? '').trim().replace(/^<!--|-->$/g, '');
    try {
      visit(JSON.parse(raw) as Json);
    } catch {
      // invalid JSON-LD is common; ignore it
    }
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog|news/i;

function isArticleLd(o: Record<string, Json>): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

function ldString(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const parts = v.map((x) => ldString(x)).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return ldString(v.name);
  return undefined;
}

/**
 * Normalizes a date string to ISO 8601 (see `normalizePublished`: date-only values stay YYYY-MM-DD, a time keeps the page's
 * own offset, so "2024-05-07T22:15-07:00" is still May 7); undefined for no date, an impossible one or one out of range.
 */
function toIsoDate(s: string | undefined | null): string | undefined {
  if (!s) return undefined;
  let v = s.trim();
  if (/^\d{8}$/.test(v)) v = `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  let iso: string | undefined;
  try {
    iso = normalizePublished(v);
  } catch {
    return undefined;
  }
  const y = iso ? Number(iso.slice(0, 4)) : NaN;
  return y >= 1900 && y <= 2200 ? iso : undefined;
}

function findPublished(doc: Document, ld: Record<string, Json>[]): string | undefined {
  const candidates: (string | undefined)[] = [
    metaContent(doc, [
      'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate',
      'publishdate', 'publish-date', 'DC.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date',
      'article.published', 'published_time', 'dcterms.created', 'og:published_time',
    ]),
  ];
  for (const o of ld) if (isArticleLd(o)) candidates.push(ldString(o.datePublished), ldString(o.dateCreated));
  for (const o of ld) candidates.push(ldString(o.datePublished));
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  candidates.push(itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime') ?? undefined);
  candidates.push(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  return undefined;
}

function findByline(doc: Document, ld: Record<string, Json>[]): string | undefined {
  for (const o of ld) if (isArticleLd(o)) {
    const a = ldString(o.author);
    if (a) return a;
  }
  const m = metaContent(doc, ['author', 'article:author', 'dc.creator', 'parsely-author', 'byl']);
  if (m && !/^https?:/.test(m)) return m.replace(/^by\s+/i, '');
  return undefined;
}

function findTitle(doc: Document, ld: Record<string, Json>[]): string {
  const og = metaContent(doc, ['og:title', 'twitter:title']);
  if (og) return normalizeSpace(og);
  for (const o of ld) if (isArticleLd(o)) {
    const h = ldString(o.headline);
    if (h) return normalizeSpace(h);
  }
  const h1 = doc.querySelector('h1');
  if (h1 && textLen(h1) > 0) return normalizeSpace(h1.textContent ?? '');
  return normalizeSpace(doc.querySelector('title')?.textContent ?? '');
}

// ---------------------------------------------------------------------------------------------
// Pre-cleaning: remove boilerplate before Readability picks the article container

const ALWAYS_REMOVE = 'script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, '
  + 'nav, footer, aside, figure, figcaption, picture, video, audio, object, embed, dialog, menu, '
  + '[hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], [role="complementary"], '
  + '[role="contentinfo"], [role="dialog"], [role="alertdialog"], [role="search"]';

/** class/id words that mark page furniture rather than article text. */
const BOILERPLATE = new RegExp(
  [
    'share', 'sharing', 'social', 'sociable', 'addthis', 'sharedaddy',
    'related', 'recommend', 'more-?stories', 'read-?more', 'also-?read', 'popular', 'trending',
    'most-?read', 'outbrain', 'taboola', 'zergnet', 'newsletter', 'subscri', 'signup', 'sign-up',
    'paywall', 'promo', 'cookie', 'consent', 'gdpr', 'comment(?!ary)', 'disqus', 'advert', 'sponsor',
    'caption', 'credit', 'byline', 'author', 'dateline', 'timestamp', 'breadcrumb', 'sidebar',
    'widget', 'toolbar', 'modal', 'popup', 'overlay', 'masthead', 'site-?header', 'site-?footer',
    'navigation', 'navbar', 'menu', 'tags', 'tag-?list', 'print', 'visually-?hidden', 'sr-only',
    'screen-?reader', 'hidden', 'follow', 'rating', 'pagination', 'pager', 'slideshow', 'gallery',
  ].join('|'),
  'i',
);
const BOILERPLATE_WORD = /(^|[\s_-])(ad|ads|adv|dfp|gpt|nav|meta|date|tag|cta|embed-ad|inline-ad)($|[\s_-])/i;
const CONTENT_HINT = /article-?body|articlebody|story-?body|post-?body|entry-?content|post-?content|article-?content|story-?content|main-?content|body-?text|article-?text|itemprop-articlebody/i;

function hiddenByStyle(el: Element): boolean {
  const st = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return st.includes('display:none') || st.includes('visibility:hidden');
}

function paragraphTextLen(root: Element): number {
  let n = 0;
  for (const p of Array.from(root.querySelectorAll('p'))) n += normalizeSpace(p.textContent ?? '').length;
  return n;
}

const EMBED_SELECTOR = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed';

/** Embedded posts (tweets and the like) are quoted as part of the story. */
function isEmbed(el: Element): boolean {
  return el.matches(EMBED_SELECTOR) || !!el.querySelector(EMBED_SELECTOR);
}

const NEVER_CONTENT = 'script, style, noscript, template, svg, canvas, iframe, button, input, select, textarea';

/** Text that is not link text: how much reading matter an element holds. */
function contentWeight(el: Element): number {
  return Math.max(0, textLen(el) - linkTextLen(el)) + 0.5 * paragraphTextLen(el);
}

function preClean(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll(NEVER_CONTENT))) el.remove();
  const total = contentWeight(body) || 1;
  // never remove a block that holds a large share of the page's reading matter
  const big = (el: Element): boolean => contentWeight(el) > 0.3 * total;
  for (const el of Array.from(body.querySelectorAll(ALWAYS_REMOVE))) {
    if (!el.isConnected) continue;
    if (el.tagName === 'FIGURE' && el.querySelector('blockquote')) continue;
    if (big(el)) continue;
    el.remove();
  }
  // the page header and the article's own header (headline, standfirst, byline) are not body
  // text; headers of teasers in a list of stories are left alone so the list stays recognizable
  for (const el of Array.from(body.querySelectorAll('header'))) {
    if (!el.isConnected || big(el)) continue;
    if (el.querySelector('h1') || !el.parentElement?.closest('article')) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll('[style]'))) if (el.isConnected && hiddenByStyle(el) && !big(el)) el.remove();

  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected) continue;
    const tag = el.tagName;
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') continue;
    const sig = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CONTENT_HINT.test(sig) || isEmbed(el)) continue;
    if (!BOILERPLATE.test(sig) && !BOILERPLATE_WORD.test(sig)) continue;
    if (big(el)) continue;
    el.remove();
  }
  // Readability drops small link-heavy blocks such as the wrappers of embedded posts: lift each
  // embedded post out of its wrappers so that the quoted post stays in the story
  for (const q of Array.from(body.querySelectorAll(EMBED_SELECTOR))) {
    const len = textLen(q);
    let outer: Element = q;
    for (let el = q.parentElement; el && el !== body; el = el.parentElement) {
      if (textLen(el) > len + 40 || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') break;
      outer = el;
    }
    if (outer !== q) outer.replaceWith(q);
  }
}

// ---------------------------------------------------------------------------------------------
// Post-cleaning of the chosen content

const BOILER_LINE = new RegExp(
  '^(' +
    [
      'advertisement', 'advert', 'sponsored', 'continue reading( below)?', 'read more\\b.*', 'see more\\b.*',
      'read (also|next)\\b.*', 'related( articles| stories| content| coverage)?\\s*:.*', 'more from\\b.*',
      'you may also like.*', 'recommended( for you)?', "don'?t miss.*", 'click here\\b.*', 'sign up\\b.*',
      'subscribe\\b.*', 'follow us\\b.*', 'share (this|on)\\b.*', 'image \\d+ of \\d+', 'photo:.*', 'image:.*',
      '\\(image.*', 'credit:.*', 'skip to .*', 'comments?', 'tell us what you think.*',
      'this slideshow requires javascript\\.?', 'caption', 'close', 'loading\\W*', 'watch:.*',
      'getty images', 'get the latest .*(newsletter|inbox).*',
    ].join('|') +
    ')$',
  'i',
);

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A line that is only a date (and time): "November 19, 2019 12:04AM ET", "Tue 19 Nov 2019 10:48". */
const DATE_LINE = new RegExp(
  `^([a-z]+,?\\s+)?(${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?|\\d{1,2}(st|nd|rd|th)?\\s+${MONTH}),?\\s+\\d{4}\\b[\\s\\d:.,apmAPM|/-]*([A-Z]{2,4})?$`,
  'i',
);

function isBoilerLine(p: string): boolean {
  const n = words(p).length;
  if (n === 0) return !/\S/.test(p);
  if (n <= 15 && BOILER_LINE.test(p)) return true;
  // date lines and bylines: "Published: 10:48, Tue, Nov 19, 2019", "By Jane Doe -"
  if (n <= 12 && /^\|?\s*(published|updated|posted|last updated|first published)\b/i.test(p) && /\d/.test(p)) return true;
  if (n <= 6 && /^by\s+\p{Lu}/iu.test(p)) return true;
  if (n <= 10 && DATE_LINE.test(p)) return true;
  // newsletter and follow-us appeals
  if (n <= 45 && /\b(sign up|subscribe)\b/i.test(p) && /\b(newsletter|inbox|e-?mail)\b/i.test(p)) return true;
  if (n <= 60 && /\bfollow (him|her|them|us|me)\b.{0,40}\b(twitter|facebook|instagram)\b/i.test(p)) return true;
  // shouted calls to action: "GET THE APP BY CLICKING HERE"
  if (n <= 15 && p === p.toUpperCase() && /\b(CLICK|CLICKING|SUBSCRIBE|DOWNLOAD|SIGN UP)\b/.test(p)) return true;
  return false;
}

const RELATED_HEADING =
  /^(more\b.{0,40}\b(stories|news|articles|coverage|reading|videos|from)\b|related\b|recommended\b|read (more|next|also)\b|you (may|might) also like|popular\b|trending\b|most (read|popular|viewed)\b|also read\b|see also\b|further reading\b|top stories\b|latest news\b)/i;

function postClean(root: Element, title: string): void {
  const titleNorm = words(title).join(' ').toLowerCase();
  for (const h of Array.from(root.querySelectorAll('h1, h2'))) {
    if (titleNorm && words(h.textContent ?? '').join(' ').toLowerCase() === titleNorm) h.remove();
  }
  // a paragraph that is nothing but a link is an inserted pointer to another story; so is a
  // list of links when it is long or sits next to other such pointers ("More: ..." blocks)
  const linkOnly = (el: Element): boolean => {
    if (el.tagName === 'UL' || el.tagName === 'OL') {
      const items = Array.from(el.children).filter((li) => textLen(li) > 0);
      return items.length > 0 && items.every(linkOnly);
    }
    const len = textLen(el);
    return len > 0 && words(el.textContent ?? '').length <= 25 && linkTextLen(el) / len > 0.9;
  };
  const doomed: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('p, h2, h3, h4, h5, h6, ul, ol'))) {
    if (el.closest('blockquote') || !linkOnly(el)) continue;
    if (el.tagName !== 'UL' && el.tagName !== 'OL') {
      if (!el.closest('li')) doomed.push(el);
      continue;
    }
    const items = Array.from(el.children).filter((li) => textLen(li) > 0).length;
    const prev = el.previousElementSibling;
    const next = el.nextElementSibling;
    if (items >= 3 || (prev && linkOnly(prev)) || (next && linkOnly(next))) doomed.push(el);
  }
  // "More stories" / "Related" headings and the list that follows them
  for (const h of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, p, div'))) {
    if (h.closest('blockquote') || h.children.length > 2 || h.querySelector('a')) continue;
    const t = normalizeSpace(h.textContent ?? '');
    if (words(t).length > 8 || !RELATED_HEADING.test(t)) continue;
    const next = h.nextElementSibling;
    if (next && (next.tagName === 'UL' || next.tagName === 'OL') && linkTextLen(next) / Math.max(1, textLen(next)) > 0.4) {
      doomed.push(next);
    }
    doomed.push(h);
  }
  for (const el of doomed) el.remove();
  // link-dense blocks
  for (const el of Array.from(root.querySelectorAll('dl, table, div, section'))) {
    if (!root.contains(el) || el.closest('blockquote')) continue;
    const len = textLen(el);
    if (len > 0 && linkTextLen(el) / len > 0.6) el.remove();
  }
}

function jsonLdBody(ld: Record<string, Json>[]): string | undefined {
  let best: string | undefined;
  for (const o of ld) {
    const b = o.articleBody ?? o.text;
    if (typeof b === 'string' && isArticleLd(o) && (!best || b.length > best.length)) best = b;
  }
  return best;
}

function decodeEntities(s: string): string {
  if (!/[<&]/.test(s)) return s;
  const d = parseHtml(`<!doctype html><html><body><div>${s}</div></body></html>`);
  return nodeToParagraphs(d.body).join('\n\n');
}

// ---------------------------------------------------------------------------------------------

export function extractArticle(html: string, opts: { url?: string } = {}): ExtractedArticle {
  if (!/<[a-z!]/i.test(html) || !html.trim()) throw new ExtractError('no article body found');
  const doc = parseHtml(html);
  if (!doc.documentElement || !doc.body) throw new ExtractError('no article body found');
  const ld = jsonLdObjects(doc);
  const title = findTitle(doc, ld);
  const published = findPublished(doc, ld);
  const ldByline = findByline(doc, ld);
  const ldBody = jsonLdBody(ld);

  preClean(doc);
  const reader = new Readability<Node>(doc, { serializer: (n) => n, charThreshold: 200, keepClasses: true });
  let res: ReturnType<typeof reader.parse>;
  try {
    res = reader.parse();
  } catch {
    res = null; // a malformed document: fall back to the JSON-LD body, if any
  }
  let paras: string[] = [];
  if (res?.content && res.content.nodeType === 1) {
    const root = res.content as Element;
    postClean(root, title);
    paras = nodeToParagraphs(root).filter((p) => !isBoilerLine(p));
  }
  if (ldBody) {
    const ldText = decodeEntities(ldBody);
    const ldWords = words(ldText).length;
    const ours = words(paras.join(' ')).length;
    if (ldWords > 50 && ldWords > ours * 1.5) paras = ldText.split(/\n\s*\n|\n/).map(normalizeSpace).filter(Boolean);
  }
  const text = paras.join('\n\n');
  if (words(text).length < 5) throw new ExtractError('no article body found');
  return {
    title: title || normalizeSpace(res?.title ?? ''),
    text,
    published: published ?? toIsoDate(res?.publishedTime ?? undefined),
    byline: ldByline ?? (res?.byline ? normalizeSpace(res.byline) : undefined),
    url: opts.url ?? metaContent(doc, ['og:url']) ?? undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Byte decoding

function sniffCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 2048);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return n > 0 && ctrl / n > 0.05;
}

export function decodeHtmlBytes(buf: Buffer, file: string): string {
  let bytes: Uint8Array = buf;
  if (/\.gz$/i.test(file) || (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      throw new ExtractError(`not a valid gzip file (${(e as Error).message})`);
    }
  }
  if (bytes.length === 0) throw new ExtractError('empty file');
  let text: string;
  const utf16 = utf16Bom(bytes);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (utf16) {
    text = new TextDecoder(utf16).decode(bytes.subarray(2));
  } else {
    if (looksBinary(bytes)) throw new ExtractError('not an HTML file (binary content)');
    const declared = sniffCharset(bytes);
    text = decodeWith(bytes, declared);
  }
  if (!/<\s*(html|head|body|p|div|article|title|meta|!doctype)\b/i.test(text.slice(0, 100000))) {
    throw new ExtractError('not an HTML file (no HTML markup found)');
  }
  return text;
}

// windows-1252 characters for bytes 0x80-0x9f (some Node versions decode that label as latin-1)
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decodeWith(bytes: Uint8Array, charset: string | undefined): string {
  if (charset && !/^utf-?8$/.test(charset)) {
    if (/^(iso-?8859-?1|latin-?1|l1|us-ascii|ascii|windows-1252|cp1252|x-cp1252)$/.test(charset)) {
      return decodeWindows1252(bytes);
    }
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // unknown label: fall through to UTF-8 with a windows-1252 fallback
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
