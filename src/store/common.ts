/** Pieces both store implementations share: query parsing, snippets, quote context. */
import type { Quote, Sentence, Span } from '../model/types.js';

/** Turns user words into a safe full-text query: each word quoted, all required; "" when nothing is left. */
export function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, 12).map((w) => `"${w}"`).join(' ');
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
  const words = (q.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
  const lower = text.toLowerCase();
  let first = -1;
  for (const w of words) {
    const i = lower.indexOf(w);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  const from = Math.max(0, (first < 0 ? 0 : first) - width / 2);
  const to = Math.min(text.length, from + width);
  const snippet = (from > 0 ? '…' : '') + text.slice(from, to) + (to < text.length ? '…' : '');
  const hl: Array<[number, number]> = [];
  const sl = snippet.toLowerCase();
  for (const w of words) {
    let i = sl.indexOf(w);
    while (i >= 0 && hl.length < 40) {
      hl.push([i, i + w.length]);
      i = sl.indexOf(w, i + w.length);
    }
  }
  hl.sort((a, b) => a[0] - b[0]);
  return { snippet, highlights: hl };
}

/** The corpus actor key of a quote's speaker, through its in-article entity. */
export function speakerKeyOf(q: Quote, keys: Map<string, string>): string | undefined {
  return q.speaker?.entity ? keys.get(q.speaker.entity) : undefined;
}
