/**
 * Article records from JSON: validation with clear messages, ids from content.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../model/types.js';
import { daysInMonth } from '../extract/time/common/calendar.js';

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Why an input path cannot be read when nothing is there: a URL is named as one (the commands read files, not the web). */
export function missingInput(path: string, missing = 'no such file or folder'): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ? 'is a URL: Readout reads files and folders (save the page or feed first, e.g. curl -o page.html URL)' : missing;
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

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;
/** RFC 822/2822 as RSS writes it: "Mon, 10 Jun 2024 21:00:00 -0500". */
const RFC822_RE = /^(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?)?$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The zone names RFC 822 allows besides a numeric offset, as an offset. */
const ZONES: Record<string, string> = {
  z: 'Z', gmt: 'Z', ut: 'Z', utc: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};

/** What makes a date's fields impossible ("month 13", "February 2024 has 29 days"), or undefined when it can be. */
function impossible(y: number, mo: number, d: number, h = 0, mi = 0, sec = 0, offH = 0, offM = 0): string | undefined {
  if (mo < 1 || mo > 12) return `there is no month ${mo}`;
  if (d < 1 || d > daysInMonth(y, mo)) return `${MONTHS[mo - 1][0].toUpperCase() + MONTHS[mo - 1].slice(1)} ${y} has no day ${d}`;
  if (h > 23) return `there is no hour ${h}`;
  if (mi > 59) return `there is no minute ${mi}`;
  if (sec > 59) return `there is no second ${sec}`;
  if (offH > 14 || offM > 59) return 'the time zone offset is out of range';
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Normalizes a date given by the input; returns undefined for a missing one and throws for a bad or impossible one. An ISO
 * date is kept as written and an RSS (RFC 822) date is written in ISO with its own offset ("Mon, 10 Jun 2024 21:00:00 -0500"
 * → 2024-06-10T21:00:00-05:00): the publication's local day is the one its "today" and "tomorrow" count from.
 */
export function normalizePublished(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new InputError(`"published" must be a string, got ${typeof v}`);
  const s = v.trim();
  const bad = (why: string) => new InputError(`"published" is not a possible date: ${JSON.stringify(s.slice(0, 40))} (${why})`);
  const iso = ISO_RE.exec(s);
  if (iso) {
    const [y, mo, d, h, mi, sec, , offH, offM] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => (iso[i] === undefined ? undefined : Number(iso[i])));
    const why = impossible(y!, mo!, d!, h, mi, sec, offH, offM);
    if (why) throw bad(why);
    return s.replace(' ', 'T');
  }
  const rfc = RFC822_RE.exec(s);
  const month = rfc ? MONTHS.findIndex((m) => m.startsWith(rfc[2].toLowerCase())) + 1 : 0;
  if (rfc && month > 0) {
    const zone = rfc[7] === undefined ? '' : /^[+-]/.test(rfc[7]) ? rfc[7].slice(0, 3) + ':' + rfc[7].slice(-2) : ZONES[rfc[7].toLowerCase()];
    if (zone !== undefined) {
      const y = rfc[3].length === 2 ? Number(rfc[3]) + (Number(rfc[3]) < 50 ? 2000 : 1900) : Number(rfc[3]);
      const [d, h, mi, sec] = [1, 4, 5, 6].map((i) => (rfc[i] === undefined ? undefined : Number(rfc[i])));
      const why = impossible(y, month, d!, h, mi, sec, zone.length > 1 ? Number(zone.slice(1, 3)) : 0, zone.length > 1 ? Number(zone.slice(4)) : 0);
      if (why) throw bad(why);
      const day = `${y}-${pad(month)}-${pad(d!)}`;
      return h === undefined ? day : `${day}T${pad(h)}:${pad(mi!)}:${pad(sec ?? 0)}${zone}`;
    }
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new InputError(`"published" is not a date: ${JSON.stringify(s.slice(0, 40))}`);
  if (HAS_ZONE_RE.test(s)) return new Date(t).toISOString();
  // no zone written ("March 5, 2024", "2024/03/05 10:00"): the date and time as written, the publication's own; Date.parse
  // would read them in this machine's zone, so that east of UTC "March 5" became March 4 and a time moved by the offset.
  // Read as UTC (when that parses) the UTC fields are the written ones; else the local fields of the local reading are.
  const u = Date.parse(s + ' GMT');
  const d = new Date(Number.isNaN(u) ? t : u);
  const f = Number.isNaN(u)
    ? [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()]
    : [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  const day = `${f[0]}-${pad(f[1])}-${pad(f[2])}`;
  return HAS_CLOCK_RE.test(s) ? `${day}T${pad(f[3])}:${pad(f[4])}:${pad(f[5])}` : day;
}

/** A zone Date.parse reads in a date: a zone name, or a numeric offset after the clock time ("10:00 +0200", "GMT+0100"). */
const HAS_ZONE_RE = /\b(?:UTC?|GMT|Z|[ECMP][SD]T)\b|\d:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*[+-]\d{1,2}:?\d{2}\b/;
/** A clock time in a date ("10:00", "10:30 AM"). */
const HAS_CLOCK_RE = /\d{1,2}:\d{2}/;

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
