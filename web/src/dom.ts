/**
 * The only way the UI builds DOM: elements from `document.createElement`, text from
 * `textContent`, attributes from `setAttribute` with names written in this code. Article data
 * (text, titles, names, URLs) never goes through an HTML parser.
 */

export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

/**
 * The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): in article text they would
 * reverse what the UI shows ("RTL test" as "RTL tset"). Each is shown as one visible marker of the same length, so the
 * offsets of highlights stay the same.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
export const BIDI_MARKER = '\uFFFD';

/** Text with its bidirectional controls replaced by a visible marker, one for one (see BIDI_CONTROLS). */
export function neutralBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, BIDI_MARKER);
}

/** A text node of untrusted text: bidirectional controls neutralised (see `neutralBidi`). */
export function textNode(s: string): Text {
  return document.createTextNode(neutralBidi(s));
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) {
      append(el, c);
      continue;
    }
    el.append(typeof c === 'object' ? c : textNode(String(c)));
  }
}

function setAttrs(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      el.addEventListener(k.replace(/^on/, ''), v as EventListener);
    } else if (k === 'class') {
      el.setAttribute('class', String(v));
    } else if (k === 'href') {
      const safe = safeHref(String(v));
      if (safe) el.setAttribute('href', safe);
    } else if (/^on/i.test(k) || k === 'style' || k === 'srcdoc') {
      throw new Error(`refusing attribute ${k}`);
    } else if (k === 'title' || k === 'aria-label') {
      el.setAttribute(k, neutralBidi(String(v)));
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs ?? undefined);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element (same rules as `h`). */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs ?? undefined);
  append(el, children);
  return el;
}

/** Internal hash routes pass; anything else only when it parses as an http(s) URL. */
export function safeHref(href: string): string | undefined {
  if (href.startsWith('#/') || href === '#') return href;
  return externalUrl(href);
}

/** The URL when it is http or https, else undefined (javascript:, data:, relative junk…). */
export function externalUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link out of the app: only for http(s) URLs, else the label as plain text. */
export function extLink(url: string | undefined, label: string, cls = 'ext'): HTMLElement {
  const href = externalUrl(url);
  if (!href) return h('span', { class: cls }, label);
  return h('a', { href, class: cls, rel: 'noopener noreferrer', target: '_blank' }, label);
}

/** Replaces the children of an element. */
export function mount(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Text with marked ranges: `[start, end)` offsets into `text`. */
export function marked(text: string, ranges: ReadonlyArray<readonly [number, number]>, cls = 'hit'): DocumentFragment {
  const frag = document.createDocumentFragment();
  let at = 0;
  const sorted = [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  for (const [a0, b0] of sorted) {
    const a = Math.max(a0, at);
    const b = Math.min(b0, text.length);
    if (b <= a) continue;
    if (a > at) frag.append(textNode(text.slice(at, a)));
    frag.append(h('mark', { class: cls }, text.slice(a, b)));
    at = b;
  }
  if (at < text.length) frag.append(textNode(text.slice(at)));
  return frag;
}
