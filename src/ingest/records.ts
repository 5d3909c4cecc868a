/**
 * Article records from JSON: validation with clear messages, ids from content.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../model/types.js';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Most characters one article may have (JavaScript string length). */
export const MAX_ARTICLE_CHARS = 8 * 1024 * 1024;

/** sha256 of the text with line endings and outer white space normalized: the same story stored twice has one hash. */
export function contentHash(text: string): string {
  const norm = text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim();
  return createHash('sha256').update(norm).digest('hex');
}

export function idFromContent(text: string): string {
  return 'a-' + contentHash(text).slice(0, 16);
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Normalizes a date given by the input; returns undefined for a missing one and throws for a bad one. */
export function normalizePublished(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new InputError(`"published" must be a string, got ${typeof v}`);
  const s = v.trim();
  if (ISO_RE.test(s)) return s.replace(' ', 'T');
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new InputError(`"published" is not a date: ${JSON.stringify(s.slice(0, 40))}`);
  return new Date(t).toISOString();
}

const OPTIONAL_STRINGS = ['title', 'url', 'source', 'byline', 'license'] as const;

/** Builds an Article from a parsed JSON value; throws InputError naming the problem. */
export function articleFromJson(value: unknown): Article {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const o = value as Record<string, unknown>;
  if (!('text' in o)) throw new InputError('record has no "text"');
  if (typeof o.text !== 'string') throw new InputError(`"text" must be a string, got ${typeof o.text}`);
  if (o.text.trim() === '') throw new InputError('"text" is empty');
  if (o.text.length > MAX_ARTICLE_CHARS) {
    throw new InputError(`"text" has ${o.text.length} characters, over the limit of ${MAX_ARTICLE_CHARS}`);
  }
  let id: string;
  if (o.id === undefined || o.id === null || o.id === '') id = idFromContent(o.text);
  else if (typeof o.id === 'string' || typeof o.id === 'number') id = String(o.id);
  else throw new InputError(`"id" must be a string, got ${typeof o.id}`);
  const article: Article = { id, text: o.text, hash: contentHash(o.text) };
  const published = normalizePublished(o.published ?? o.date);
  if (published) article.published = published;
  for (const k of OPTIONAL_STRINGS) {
    const v = o[k];
    if (typeof v === 'string' && v !== '') article[k] = v;
  }
  return article;
}

export function parseArticleLine(line: string): Article {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new InputError(`not valid JSON (${(e as Error).message.replace(/^.*?JSON[^:]*:\s*/, '').slice(0, 80)})`);
  }
  return articleFromJson(value);
}
