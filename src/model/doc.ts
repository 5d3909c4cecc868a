/**
 * The document under analysis: one object owns the text, every layer is a list of spans over
 * it. Stages read earlier layers and fill their own; none copies the text.
 */
import type { Article, Claim, Entity, Event, Finding, Mention, Quote, Sentence, Span, StageError, TimeExpr, Token } from './types.js';

export interface Doc {
  readonly article: Article;
  readonly text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  times: TimeExpr[];
  quotes: Quote[];
  events: Event[];
  claims: Claim[];
  findings: Finding[];
  errors: StageError[];
}

/** A named pipeline component: a function over the document that fills its own layer. */
export interface Stage {
  readonly name: string;
  run(doc: Doc): void;
}

export function newDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    paragraphs: [],
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    times: [],
    quotes: [],
    events: [],
    claims: [],
    findings: [],
    errors: [],
  };
}

/** The text of token i. */
export function tokenText(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  return doc.text.slice(t.start, t.end);
}

/** Index of the sentence that contains offset `pos` (binary search), or -1. */
export function sentenceAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first span (of spans sorted by start) whose start is >= pos (binary search). */
export function firstStartingFrom(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span (of spans sorted by start and end) that ends after pos (binary search). */
export function firstEndingAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose start is >= pos (binary search). */
export function tokenIndexAt(doc: Doc, pos: number): number {
  return firstStartingFrom(doc.tokens, pos);
}
