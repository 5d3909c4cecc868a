/**
 * Groups an article's name mentions into entities: one per person, body or place.
 * - people: a full name and later surname-only mentions ("Donald Trump … Trump … Mr. Trump")
 *   are one entity; a surname alone goes to the most recent person with that surname; two full
 *   names with the same surname and different first names stay apart;
 * - other types: the same words (case-insensitive, without a leading "the"), and acronyms of a
 *   longer name seen in the article ("North Atlantic Treaty Organization" … "NATO").
 * Canonical name: the longest full name seen; aliases: every other form; type: the majority.
 */
import type { Doc } from '../../model/doc.js';
import type { Entity, EntityType, Mention } from '../../model/types.js';
import { countryOf } from './gazetteer.js';
import { normalizeName } from '../../corpus/actors.js';
import { lowerCaseTitle, titleRole } from './mentions.js';
import { seatCountry, singleSpaced } from './seats.js';

/** A group under construction. Both kinds are made with every field, in one order (one object shape for the code that reads them). */
interface Group {
  mentions: number[];
  /** lower-case name words of the longest PER name seen */
  words: string[];
  last: string;
  first: string | undefined;
  keys: Set<string>;
  lastSeen: number;
  types: Map<EntityType, number>;
}

const PARTICLES = new Set(['van', 'von', 'der', 'de', 'da', 'di', 'del', 'la', 'le', 'al', 'bin', 'ibn', 'el', 'du', 'ten', 'ter']);
/** Generational suffixes written after a person's name, lower-cased ("Jr.", "III"): not words of the name. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
const ACRO_SKIP = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'de', '&']);

function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !NAME_SUFFIXES.has(w));
}

function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** The text with each run of white space made one space (no regex replace for most names, which have none but single plain spaces). */
function oneSpaced(text: string): string {
  return singleSpaced(text) ? text : text.replace(/\s+/g, ' ');
}

function normKey(text: string): string {
  const l = text.toLowerCase();
  // most names: no leading "the", no run of white space, no line break
  if (!l.startsWith('the') && singleSpaced(l)) return l;
  return l.replace(/^the\s+/, '').replace(/\s+/g, ' ');
}

/** Keys of names seen (bounded): a name repeats within a document and across the news. */
let VARIANT_KEYS = new Map<string, string>();

/**
 * The key of a body's or place's name: its spelling variants one key (corpus/variants.tsv:
 * "Kyiv" and "Kiev", "NATO" and "North Atlantic Treaty Organization", "Britain" and "UK"), so
 * that an article that writes both has one entity.
 */
function variantKey(text: string): string {
  let k = VARIANT_KEYS.get(text);
  if (k === undefined) {
    if (VARIANT_KEYS.size > 50000) VARIANT_KEYS = new Map();
    k = normalizeName(text);
    VARIANT_KEYS.set(text, k);
  }
  return k;
}

function acronymOf(text: string): string | undefined {
  if (text.indexOf(' ') < 0 && text.indexOf('-') < 0 && !/\s/.test(text)) return undefined;
  const words = text.split(/[\s-]+/).filter((w) => w && !ACRO_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return undefined;
  let a = '';
  for (const w of words) {
    const c = w[0];
    if (c.toUpperCase() !== c || c.toLowerCase() === c) return undefined;
    a += c;
  }
  return a.toLowerCase();
}

function isInitial(w: string): boolean {
  return /^\p{L}\.?$/u.test(w);
}

/** True when two first names can be the same person's ("J." and "John", "Joe" and "Joe"). */
function firstCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  if (a === b) return true;
  if (isInitial(a) || isInitial(b)) return a[0] === b[0];
  return false;
}

function personParts(words: string[]): { first?: string; last: string } {
  let k = words.length - 1;
  const last = words[k];
  while (k > 0 && PARTICLES.has(words[k - 1])) k--;
  return { first: k > 0 ? words[0] : undefined, last };
}

export function groupMentions(doc: Doc, mentions: Mention[]): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const byAcronym = new Map<string, Group>();
  // the groups that hold a person's mention: the only ones a person's name can join
  const people: Group[] = [];
  for (let mi = 0; mi < mentions.length; mi++) if (mentions[mi].form === 'name') addToGroup(groups, byKey, byAcronym, people, mentions[mi], mi);
  const entities: Entity[] = [];
  for (let gi = 0; gi < groups.length; gi++) entities.push(groupEntity(doc, mentions, groups[gi], gi));
  return entities;
}

// the two steps are module-level functions, not closures made per call: V8 holds a closure's
// optimized code only weakly, so a full collection between two documents would drop it and the
// next document would compile it again

/** Adds name mention `m` (number `mi`) to the group it belongs to, or to a new group. */
function addToGroup(groups: Group[], byKey: Map<string, Group>, byAcronym: Map<string, Group>, people: Group[], m: Mention, mi: number): void {
  let g: Group | undefined;
  // a seat of government as the government and as the place are two entities
  const key = m.type === 'PER' ? normKey(m.text) : seatCountry(m.text) ? `${variantKey(m.text)}|${m.type}` : variantKey(m.text);
  if (m.type === 'PER') {
    const words = nameWords(m.text);
    const { first, last } = personParts(words);
    let best: Group | undefined;
    // (the latest group that fits: lastSeen is a mention's number, so no two groups tie; the
    // newest groups first, and a group seen no later than the best so far is not tested)
    for (let q = people.length - 1; q >= 0; q--) {
      const c = people[q];
      if (best && c.lastSeen <= best.lastSeen) continue;
      let ok = false;
      if (c.keys.has(key)) ok = true;
      else if (words.length === 1) ok = c.last === last || c.words.includes(last);
      else if (c.last === last) ok = firstCompatible(first, c.first);
      if (ok) best = c;
    }
    g = best;
    if (g && words.length > g.words.length) {
      g.words = words;
      g.first = first ?? g.first;
      g.last = last;
    }
    if (!g) {
      g = { mentions: [], words, last, first, keys: new Set(), lastSeen: mi, types: new Map() };
      groups.push(g);
    }
  } else {
    g = byKey.get(key);
    const acr = acronymOf(m.text);
    if (!g && /^\p{Lu}{2,6}$/u.test(m.text)) g = byAcronym.get(key);
    if (!g && acr) {
      // a long name after its acronym
      const ga = byKey.get(acr);
      if (ga && ga.keys.has(acr)) g = ga;
    }
    if (!g) {
      g = { mentions: [], words: nameWords(m.text), last: '', first: undefined, keys: new Set(), lastSeen: mi, types: new Map() };
      groups.push(g);
    }
    if (acr && !byAcronym.has(acr)) byAcronym.set(acr, g);
  }
  g.mentions.push(mi);
  g.keys.add(key);
  g.lastSeen = mi;
  const seen = g.types.get(m.type);
  if (seen === undefined && m.type === 'PER') people.push(g);
  g.types.set(m.type, (seen ?? 0) + 1);
  if (!byKey.has(key)) byKey.set(key, g);
}

/** The entity of group `g` (number `gi`): its id, canonical name, majority type, aliases, titles, country and role. */
/** An article before a capitalised word ("The Biden"), which opens no person's name. */
const ARTICLE_LEAD = /^(?:The|A|An)\s+(?=\p{Lu})/u;

function groupEntity(doc: Doc, mentions: Mention[], g: Group, gi: number): Entity {
  const id = `e${gi + 1}`;
  let type: EntityType = mentions[g.mentions[0]].type;
  let bestN = 0;
  for (const [t, c] of g.types) {
    if (c > bestN) {
      bestN = c;
      type = t;
    }
  }
  const forms: string[] = [];
  for (const mi of g.mentions) {
    const t = oneSpaced(mentions[mi].text);
    if (!forms.includes(t)) forms.push(t);
  }
  // the canonical name: the form with the most words, then the longest
  // (a person's without an article that opened a sentence: "The Biden administration …")
  if (type === 'PER') for (let k = 0; k < forms.length; k++) if (ARTICLE_LEAD.test(forms[k])) forms[k] = forms[k].replace(ARTICLE_LEAD, '');
  let name = forms[0];
  let nameWordsN = wordCount(name);
  for (const f of forms) {
    const w = wordCount(f);
    if (w > nameWordsN || (w === nameWordsN && f.length > name.length)) {
      name = f;
      nameWordsN = w;
    }
  }
  const titles: string[] = [];
  let country: string | undefined;
  let role: string | undefined;
  for (const mi of g.mentions) {
    const m = mentions[mi];
    m.entity = id;
    // (a title in lower case, "campaign manager", "spokesman", is a job in any body: the mention
    // keeps it, but it gives the entity no office, role or country)
    if (m.title && !lowerCaseTitle(m.title.text)) {
      const t = m.title.text;
      if (!titles.includes(t)) titles.push(t);
      const of = /\s+of\s+(?:the\s+)?(.+)$/i.exec(t);
      role ??= titleRole(of ? t.slice(0, of.index) : t);
      country ??= of ? countryOf(of[1]) : countryBefore(doc, mentions, mi);
    }
  }
  // "President Ana Covaci of Moldova": an officeholder's country named right after the name
  if (!country && role && type === 'PER') for (const mi of g.mentions) country ??= countryAfter(doc, mentions, mi);
  if (type === 'LOC') country = countryOf(name);
  const seat = type === 'ORG' ? seatCountry(name) : undefined;
  if (seat) {
    country = seat;
    role ??= 'GOV';
  }
  // every field from the start, in one order (titles, country, role undefined until known; later
  // stages fill them in place): one hidden class for all entities
  // (pushed into one literal, so that V8 makes even the empty lists object lists)
  const aliases: string[] = [];
  for (const f of forms) if (f !== name && !aliases.includes(f)) aliases.push(f);
  const e: Entity = { id, name, type, aliases, mentions: g.mentions, titles: undefined, country: country ? country : undefined, role: role ? role : undefined };
  // the titles written after: the field is then one that changes from the first documents on, and
  // coref's first title for an entity without one (late in a run) discards no optimized code that
  // took it for a constant
  if (titles.length) e.titles = titles;
  return e;
}

/** "Russian President Vladimir Putin": the country of a demonym or country name just before the title. */
function countryBefore(doc: Doc, mentions: Mention[], mi: number): string | undefined {
  const m = mentions[mi];
  const prev = mi > 0 ? mentions[mi - 1] : undefined;
  if (!m.title || !prev || prev.form !== 'name') return undefined;
  const gap = doc.text.slice(prev.end, m.title.start);
  if (!/^(?:\s|['’]s\s)*$/.test(gap)) return undefined;
  return countryOf(prev.text);
}

/** "President Ana Covaci of Moldova": the country named by "of" right after a name mention. */
function countryAfter(doc: Doc, mentions: Mention[], mi: number): string | undefined {
  const m = mentions[mi];
  const next = mentions[mi + 1];
  if (m.form !== 'name' || !next || next.form !== 'name' || next.type !== 'LOC') return undefined;
  if (!/^\s+of\s+(?:the\s+)?$/i.test(doc.text.slice(m.end, next.start))) return undefined;
  return countryOf(next.text);
}
