/**
 * Actors across the corpus: one key per real person or body, whatever spelling or form of the
 * name an article uses. Keys are `type:normalized name`; spelling variants come from
 * `variants.tsv` beside this file.
 */
import { createRequire } from 'node:module';
import { readData } from '../data.js';
import type { Entity } from '../model/types.js';

const VARIANT: Map<string, string> = loadVariants();

function loadVariants(): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of readData('corpus/variants.tsv').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const forms = line.split('\t').map((f) => f.trim()).filter(Boolean);
    for (const f of forms) map.set(f, forms[0]);
  }
  // a country's official name is the country ("Russian Federation" → russia), from the
  // world-countries package; the lines above come first
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as Array<{ name: { common: string; official: string } }>;
  for (const c of countries) {
    const common = plain(c.name.common).replace(/\./g, '');
    const official = plain(c.name.official).replace(/\./g, '');
    if (official !== common && !map.has(official)) map.set(official, map.get(common) ?? common);
  }
  return map;
}

/** Lower case, accents and punctuation removed, possessive and a leading "the" dropped. */
function plain(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}\s.&-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case, accents and punctuation removed, possessive dropped, spelling variants unified. */
export function normalizeName(name: string): string {
  let s = plain(name);
  const whole = VARIANT.get(s) ?? VARIANT.get(s.replace(/\./g, ''));
  if (whole) return whole;
  s = s.replace(/\./g, '');
  const words = s.split(' ');
  // word by word, but a first-name variant (vladimir → volodymyr) only applies before a listed surname
  const last = words[words.length - 1];
  const lastIsListed = VARIANT.has(last);
  return words
    .map((w, i) => {
      const v = VARIANT.get(w);
      if (!v) return w;
      if (i < words.length - 1 && !lastIsListed) return w;
      return v;
    })
    .join(' ');
}

export function actorKey(type: string, name: string): string {
  return `${type.toLowerCase()}:${normalizeName(name)}`;
}

export function entityKey(e: Entity): string {
  return actorKey(e.type, e.name);
}

/**
 * Everyday forms of English first names and the formal name each stands for (facts of usage,
 * used only to decide whether two full names can be one person, never to rewrite a key).
 */
const NICKNAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    joe: 'joseph', bill: 'william', will: 'william', mike: 'michael', bob: 'robert', rob: 'robert', jim: 'james',
    jimmy: 'james', tom: 'thomas', dick: 'richard', rick: 'richard', ted: 'edward', ed: 'edward', chuck: 'charles',
    charlie: 'charles', tony: 'anthony', steve: 'steven', dan: 'daniel', dave: 'david', don: 'donald', ron: 'ronald',
    sam: 'samuel', ben: 'benjamin', nick: 'nicholas', pete: 'peter', matt: 'matthew', chris: 'christopher',
    alex: 'alexander', andy: 'andrew', greg: 'gregory', jeff: 'jeffrey', liz: 'elizabeth', beth: 'elizabeth',
    kate: 'katherine', kathy: 'kathleen', sue: 'susan', jen: 'jennifer', pat: 'patrick', hank: 'henry', harry: 'henry',
    jack: 'john', johnny: 'john', larry: 'lawrence', gerry: 'gerald', jerry: 'gerald', fred: 'frederick', al: 'albert',
    sasha: 'alexander', misha: 'mikhail', kolya: 'nikolai', dima: 'dmitry', volodya: 'vladimir', sergey: 'sergei',
    yuri: 'yury', dmitri: 'dmitry',
  }),
);

/** Generational suffixes after a surname: not the surname. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The words of a normalized person name without a generational suffix ("joseph r biden jr" → joseph r biden). */
export function personWords(norm: string): string[] {
  const words = norm.split(' ').filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words;
}

/** The surname under which a person's actor is filed (the last word, suffixes aside). */
export function surnameOf(norm: string): string {
  const words = personWords(norm);
  return words[words.length - 1] ?? '';
}

const formal = (w: string): string => NICKNAMES.get(w) ?? w;

/** Two given names (or middle names) that can be the same: equal, one an initial of the other, or one the everyday form of the other. */
function sameGiven(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return formal(a) === formal(b);
}

/**
 * Whether two person names of one surname can name one person: the same first name (see
 * `sameGiven`), and middle names that agree where both give them ("Joseph Biden" and "Joseph R.
 * Biden" can; "George W. Bush" and "George H. W. Bush" cannot).
 */
export function samePerson(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  if (!sameGiven(a[0], b[0])) return false;
  const ma = a.slice(1, -1);
  const mb = b.slice(1, -1);
  if (!ma.length || !mb.length) return true;
  return ma.length === mb.length && ma.every((w, i) => sameGiven(w, mb[i]));
}

/**
 * The corpus actor a person's name joins, among the known people filed under its surname
 * (`known`: their keys), or undefined when it is a person of its own:
 * - a full name known as such keeps its key;
 * - a full name joins the one known full name it can be (`samePerson`), if exactly one;
 * - a bare surname joins the one known full name with that surname, if exactly one (or the
 *   bare surname's own actor, when no full name is known).
 * Two people with one surname stay apart, and a bare surname shared by two stays on its own.
 */
export function joinPerson(norm: string, known: readonly string[]): string | undefined {
  const own = `per:${norm}`;
  if (known.includes(own)) return own;
  const words = personWords(norm);
  const full = known.filter((k) => personWords(k.slice(4)).length >= 2);
  if (words.length === 1) {
    if (full.length === 1) return full[0];
    // several full names that are all one person (filed apart before they were joined): the fullest
    if (full.length > 1 && full.every((k) => full.every((j) => samePerson(personWords(k.slice(4)), personWords(j.slice(4)))))) {
      return [...full].sort((x, y) => personWords(y.slice(4)).length - personWords(x.slice(4)).length || (x < y ? -1 : 1))[0];
    }
    return undefined;
  }
  const same = full.filter((k) => samePerson(words, personWords(k.slice(4))));
  return same.length === 1 ? same[0] : undefined;
}

/** The name an actor shows after a person's name `added` joined it: the one with more words (a person's fuller name), else the one it had. */
export function fullerName(had: string, added: string, type: string): string {
  if (type !== 'PER') return had;
  const n = (s: string) => personWords(normalizeName(s)).length;
  return n(added) > n(had) ? added : had;
}

/**
 * The actor of a bare surname that a person's full name, filed as a new actor, takes over: when
 * the surname alone was known ("Rubio" in earlier articles) and no other full name with that
 * surname is, the earlier "Rubio" was this person. `known`: the keys filed under the surname
 * before the new actor.
 */
export function bareTakenOver(norm: string, known: readonly string[]): string | undefined {
  const words = personWords(norm);
  if (words.length < 2) return undefined;
  const bare = `per:${words[words.length - 1]}`;
  if (!known.includes(bare)) return undefined;
  return known.every((k) => k === bare || personWords(k.slice(4)).length < 2) ? bare : undefined;
}

/** An event key (see corpus/events.ts) with actor `from` (a corpus key) replaced by actor `to`. */
export function rekeyEvent(eventKey: string, from: string, to: string): string {
  const parts = eventKey.split('|');
  const f = from.replace(/^[a-z]+:/, '');
  const t = to.replace(/^[a-z]+:/, '');
  for (const i of [1, 2]) if (parts[i] === f) parts[i] = t;
  return parts.join('|');
}

/** Offices one person holds at a time in a country, as written after "the" and before "of <place>". */
const OFFICES = new Set([
  'president', 'vice president', 'prime minister', 'premier', 'chancellor', 'foreign minister', 'defence minister',
  'defense minister', 'secretary of state', 'national security adviser', 'national security advisor', 'king', 'queen',
  'press secretary', 'secretary-general', 'secretary general',
]);

/** The words of every office, for a first filter of stored speaker names (case-insensitive LIKE patterns). */
export function officeLikePatterns(): string[] {
  return [...new Set([...OFFICES].map((o) => o.split(' ').pop()!))].map((w) => `%${w}%`);
}

/** An office and the country it is of. */
export interface Office {
  title: string;
  country: string;
}

/**
 * The office a speaker's or a title's words name, with its country: "President of the Russian
 * Federation" (the place after "of"), "the Russian President" (a place or demonym before the
 * title), or a bare "THE PRESIDENT" / "the President" / "our President", which is of `homeCountry` (the
 * publisher's country for a speaker, the person's own for a title). Undefined for anything
 * else, and when the country is unknown.
 */
export function officeOf(words: string, homeCountry?: string, countryOf?: (place: string) => string | undefined): Office | undefined {
  let s = plain(words).replace(/\./g, '');
  if (!s) return undefined;
  // "our President" in a publisher's text is the publisher's country's
  if (s.startsWith('our ')) {
    if (!homeCountry || !OFFICES.has(s.slice(4))) return undefined;
    s = s.slice(4);
  }
  if (OFFICES.has(s)) return homeCountry ? { title: s, country: homeCountry } : undefined;
  if (!countryOf) return undefined;
  const of = / of (?:the )?(.+)$/.exec(s);
  if (of) {
    const title = s.slice(0, of.index);
    const country = OFFICES.has(title) ? countryOf(of[1]) : undefined;
    if (country) return { title, country };
  }
  const w = s.split(' ');
  for (let k = 1; k < w.length && k <= 4; k++) {
    const title = w.slice(k).join(' ');
    if (!OFFICES.has(title)) continue;
    const country = countryOf(w.slice(0, k).join(' '));
    if (country) return { title, country };
  }
  return undefined;
}

/**
 * The country of a publisher that is a government, its seat or its office ("Kremlin" → RUS,
 * "White House" → USA, "President of Ukraine" → UKR), for the "we", "our President" and bare
 * offices of its own texts; undefined for anyone else (a news agency).
 */
export function publisherCountry(source: string | undefined, countryOf: (place: string) => string | undefined, seatCountry: (name: string) => string | undefined): string | undefined {
  const src = source?.trim();
  if (!src) return undefined;
  return seatCountry(src) ?? countryOf(src) ?? officeOf(src, undefined, countryOf)?.country;
}

/** A person's record of an office: the titles an article gave them, when it was published. */
export interface TitleRow {
  key: string;
  country: string | null;
  titles: string[];
  published: string | null;
}

/**
 * The person who held `office` nearest in time to `when` (an ISO date) among the people filed with
 * titles (`rows`, one per article that titled them): the one whose article giving that title is
 * closest to `when`, within `maxDays`. Undefined when none is, or when two people are equally
 * near.
 */
export function officeHolder(office: Office, when: string | undefined, rows: readonly TitleRow[], countryOf: (place: string) => string | undefined, maxDays = 400): string | undefined {
  const at = when ? Date.parse(when) : NaN;
  const best = new Map<string, number>();
  for (const r of rows) {
    if (r.country !== office.country) continue;
    const holds = (t: string) => {
      const o = officeOf(t, r.country ?? undefined, countryOf);
      return o?.title === office.title && o.country === office.country;
    };
    if (!r.titles.some(holds)) continue;
    const t = r.published ? Date.parse(r.published) : NaN;
    const days = Number.isFinite(at) && Number.isFinite(t) ? Math.abs(at - t) / 86400000 : Number.isFinite(at) ? Infinity : 0;
    if (days > maxDays) continue;
    best.set(r.key, Math.min(best.get(r.key) ?? Infinity, days));
  }
  const ranked = [...best].sort((a, b) => a[1] - b[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return undefined;
  return ranked[0][0];
}
