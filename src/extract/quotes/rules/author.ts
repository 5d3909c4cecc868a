/**
 * The author's own voice. An address, a statement or remarks published under the speaker's name
 * ("Address by the President of the Russian Federation", "Statement from President Joe Biden on
 * …") is written in the first person: what "I" or "we" says or believes there, outside quotation
 * marks, is the author's. The author is the person the title names, found among the article's
 * entities (by name, or by an office one of them holds), else the title's words for them.
 */
import { firstStartingFrom, type Doc } from '../../../model/doc.js';
import type { Entity, SpeakerRef } from '../../../model/types.js';
import { cand, isTurn, outerFirst, type Cand } from '../build.js';
import type { Ctx } from '../context.js';
import { FIRST_PERSON } from './labels.js';
import { spokenAt } from '../speaker.js';
import { publisherCountry } from '../../../corpus/actors.js';
import { countryOf } from '../../entities/gazetteer.js';
import { seatCountry } from '../../entities/seats.js';

/** "Address by X", "Statement from X on …", "Remarks by X at …", "Briefing by X following …": X, or undefined. */
const AUTHORED = /^(?:(?:joint\s+)?statement|address|remarks|speech|message|op-?ed|letter|video\s+address|televised\s+address|press\s+statement|(?:press\s+|news\s+)?briefing|press\s+conference|news\s+conference|article|comments)\s+(?:by|from|of)\s+(.+?)(?:\s+(?:on|to|at|in|following|regarding|about|before|after|during|for|marking)\b.*)?$/i;

/** Words of an office written before a name in a title ("President", "Press Secretary", "Prime Minister"). */
const OFFICE_WORDS = new Set(['president', 'vice', 'prime', 'minister', 'press', 'secretary', 'chancellor', 'foreign', 'deputy', 'senator', 'governor', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'first', 'lady', 'king', 'queen', 'chairman', 'chair', 'mayor']);

const lc = (s: string): string => s.toLowerCase().replace(/[’']s\b/g, '').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();

/**
 * The author a document's title names, as a speaker: one of `entities` (the document's) that it
 * names, else the title's words. Undefined when the title names no author.
 */
export function titleAuthor(doc: Doc, entities: Iterable<Entity>): SpeakerRef | undefined {
  const title = doc.article.title;
  if (!title) return undefined;
  const m = AUTHORED.exec(title.trim());
  if (!m) return undefined;
  const list = Array.isArray(entities) ? (entities as Entity[]) : [...entities];
  let phrase = m[1].replace(/^the\s+/i, '').trim();
  if (!phrase || phrase.split(/\s+/).length > 10) return undefined;
  // a bare office ("Address by the President to Ukrainians") is the publisher's when the
  // publisher is that office ("President of Ukraine")
  const source = doc.article.source?.trim();
  if (!/\s/.test(phrase) && source && lc(source).startsWith(lc(phrase) + ' of ')) phrase = source;
  const words = ` ${lc(phrase)} `;
  const office = officeOf(phrase);
  let best: { id: string; name: string; len: number } | undefined;
  const holders: Array<{ id: string; name: string }> = [];
  for (const e of list) {
    if (e.type !== 'PER') continue;
    // by name: the title holds its full name or its surname as a word ("President Joe Biden" → Joseph R. Biden)
    for (const n of [e.name, ...e.aliases]) {
      const ln = lc(n);
      if (ln.length < 3) continue;
      const parts = ln.split(' ');
      const surname = parts[parts.length - 1];
      const hit = words.includes(` ${ln} `) ? ln.length + 100 : surname.length >= 3 && words.includes(` ${surname} `) ? surname.length : 0;
      if (hit && (!best || hit > best.len)) best = { id: e.id, name: e.name, len: hit };
    }
    // by office: one of its titles is the title's words ("the President of the Russian Federation"),
    // or the same office of the same country in other words ("President of Russia", "Russian President")
    if (e.titles?.some((t) => lc(t.replace(/^the\s+/i, '')) === lc(phrase) || (office !== undefined && sameOffice(t, office, e.country)))) holders.push({ id: e.id, name: e.name });
  }
  if (best) return { name: best.name, entity: best.id };
  // an office with "to" in it cut the phrase short ("Briefing by Aide to the President Yury
  // Ushakov following …" → "Aide"): the person whose full name comes first after "by"
  if (!holders.length && phrase.split(/\s+/).length <= 2) {
    const by = /\s(?:by|from|of)\s/i.exec(title);
    const rest = ` ${lc(by ? title.slice(by.index + by[0].length) : '')} `;
    let first: { id: string; name: string; at: number } | undefined;
    for (const e of list) {
      if (e.type !== 'PER') continue;
      const at = rest.indexOf(` ${lc(e.name)} `);
      if (at >= 0 && lc(e.name).includes(' ') && (!first || at < first.at)) first = { id: e.id, name: e.name, at };
    }
    if (first) return { name: first.name, entity: first.id };
  }
  // an office held by one person of the article; two holders (or none): the title's words,
  // a person's name without the titles before it ("President Joe Biden" → Joe Biden)
  if (holders.length === 1) return { name: holders[0].name, entity: holders[0].id };
  const w = phrase.split(/\s+/);
  let k = 0;
  while (k < w.length - 2 && OFFICE_WORDS.has(w[k].toLowerCase())) k++;
  const named = k > 0 && w.slice(k).every((x) => /^\p{Lu}/u.test(x));
  return { name: named ? w.slice(k).join(' ') : phrase };
}

/** An office of a country: "President of the Russian Federation" → president of RUS; "Russian President" too. */
interface Office {
  head: string;
  country: string;
}

function officeOf(phrase: string): Office | undefined {
  const words = lc(phrase.replace(/^the\s+/i, ''));
  const of = /^([a-z ]+?) of (?:the )?(.+)$/.exec(words);
  if (of) {
    const country = countryOf(of[2]);
    return country ? { head: of[1], country } : undefined;
  }
  const sp = words.indexOf(' ');
  const country = sp > 0 ? countryOf(words.slice(0, sp)) : undefined;
  return country ? { head: words.slice(sp + 1), country } : undefined;
}

/** Whether the title `t` of a person of `country` is the office `o` (in other words, or bare: "President" of a Russian). */
function sameOffice(t: string, o: Office, country: string | undefined): boolean {
  const x = officeOf(t);
  if (x) return x.head === o.head && x.country === o.country;
  return country === o.country && lc(t.replace(/^the\s+/i, '')) === o.head;
}

/** First-person possessives, as the pronoun they stand for. */
const FIRST_POSSESSIVE = new Map([['our', 'we'], ['my', 'i']]);

/**
 * Gives first-person quotes outside quotation marks (and outside a transcript's turns, which
 * `firstPersonInTurns` has done) to the author the article's title names.
 */
export function authorVoice(ctx: Ctx, cands: Cand[]): void {
  let author: SpeakerRef | undefined | null = null;
  let house: string | undefined | null = null;
  let we: SpeakerRef | undefined | null = null;
  for (const c of cands) {
    if (!c.speaker || c.speaker.entity) continue;
    // (a possessive holds the view of a noun cue as its pronoun does: "our view that …" is what we hold)
    const name = c.speaker.name.toLowerCase();
    const person = FIRST_POSSESSIVE.get(name) ?? name;
    if (!FIRST_PERSON.has(person)) continue;
    if (c.rule.includes('speaker-label')) continue;
    const at = c.speaker.start;
    if (at === undefined) continue;
    const tok = firstStartingFrom(ctx.doc.tokens, at);
    if (ctx.doc.tokens[tok]?.start !== at || ctx.marks.inQ[tok] >= 0) continue;
    // ("We, President A and President B, note …": a joint text says who "we" are)
    if (person === 'we') {
      if (we === null) we = weNamed(ctx);
      if (we) {
        c.speaker = spokenAt(we, c.speaker.start, c.speaker.end);
        continue;
      }
    }
    if (author === null) author = titleAuthor(ctx.doc, ctx.entities.values());
    if (author) {
      c.speaker = spokenAt(author, c.speaker.start, c.speaker.end);
      continue;
    }
    // no one signs it ("FACT SHEET: …", "Readout of …"): a government's own text speaks for that
    // government, whose "we" is the publisher ("we will defend our national interests")
    if (person !== 'we') continue;
    if (house === null) house = governmentPublisher(ctx.doc.article.source);
    if (house) c.speaker = spokenAt({ name: house }, c.speaker.start, c.speaker.end);
  }
}

/** The publisher's name when it is a government or its office ("White House", "Kremlin", "President of Ukraine"). */
function governmentPublisher(source: string | undefined): string | undefined {
  const s = source?.trim();
  return s && publisherCountry(s, countryOf, seatCountry) ? s : undefined;
}

/** "We, President A and President B, …" at a paragraph's start: the people it names, as one speaker. */
const WE_NAMED = /(?:^|\n)We, ([^,\n]{5,200}? and [^,\n]{5,200}?),/;

/** Who "we" are when the document says so at a paragraph's start (`WE_NAMED`): the persons named there, or undefined. */
function weNamed(ctx: Ctx): SpeakerRef | undefined {
  const m = WE_NAMED.exec(ctx.text);
  if (!m) return undefined;
  const from = m.index + m[0].indexOf(m[1]);
  const to = from + m[1].length;
  const names: string[] = [];
  const ms = ctx.doc.mentions;
  for (let k = firstStartingFrom(ms, from); k < ms.length && ms[k].start < to; k++) {
    const e = ms[k].entity ? ctx.entities.get(ms[k].entity!) : undefined;
    if (e && e.type === 'PER' && !names.includes(e.name)) names.push(e.name);
  }
  return names.length >= 2 ? { name: names.join(' and ') } : undefined;
}

/** Fewest words of a paragraph that `authoredParagraphs` makes a quote (not a heading, a sign-off, "###"). */
const MIN_PARAGRAPH_WORDS = 8;

/**
 * A statement, an address or remarks published under its author's name, with no transcript turns
 * in it ("Statement by Press Secretary X on …", "Address by the President of …"): every paragraph
 * of it is the author's words, a quote of the author's (rule `authored`) beside the attributions
 * found inside it, which keep their own speakers. Not a heading or a line of a few words, nor a
 * paragraph that is mostly a quotation attributed to someone else where it stands (a quotation
 * no one else claims, as a statement the publisher prints in quotation marks, is the author's).
 * Returns the candidates with these added, in text order (a paragraph before the quotes inside it).
 */
export function authoredParagraphs(ctx: Ctx, cands: Cand[]): Cand[] {
  const title = ctx.doc.article.title?.trim();
  if (!title || !AUTHORED.test(title) || cands.some(isTurn)) return cands;
  const author = jointAuthors(title, ctx.entities.values()) ?? titleAuthor(ctx.doc, ctx.entities.values());
  if (!author) return cands;
  const { sentences, tokens } = ctx.doc;
  const added: Cand[] = [];
  for (let s = 0; s < sentences.length; ) {
    const p = sentences[s].paragraph;
    const a = sentences[s].tokenStart;
    while (s < sentences.length && sentences[s].paragraph === p) s++;
    const b = sentences[s - 1].tokenEnd;
    let words = 0;
    let quoted = 0;
    for (let i = a; i < b; i++) {
      if (tokens[i].kind !== 'word' && tokens[i].kind !== 'number') continue;
      words++;
      if (ctx.marks.inQ[i] >= 0) quoted++;
    }
    if (words < MIN_PARAGRAPH_WORDS || (quoted * 10 >= words * 7 && othersQuotation(cands, author, a, b))) continue;
    added.push(cand(a, b, author.entity ? { name: author.name, entity: author.entity } : { name: author.name }, 'authored', 0.9));
  }
  if (!added.length) return cands;
  return [...cands, ...added].sort(outerFirst);
}

/**
 * Two authors a title names ("Statement from Secretary Ana Ruiz and Adviser Tomas Lind on …"), each
 * one of the article's people by surname: both, as one speaker ("Ana Ruiz and Tomas Lind"); else
 * undefined.
 */
function jointAuthors(title: string, entities: Iterable<Entity>): SpeakerRef | undefined {
  const m = AUTHORED.exec(title);
  const parts = m ? m[1].split(/\s+and\s+/i) : [];
  if (parts.length !== 2) return undefined;
  const people = [...entities].filter((e) => e.type === 'PER');
  const names: string[] = [];
  for (const part of parts) {
    const words = ` ${lc(part)} `;
    const e = people.find((x) => [x.name, ...x.aliases].some((n) => {
      const surname = lc(n).split(' ').pop() ?? '';
      return surname.length >= 3 && words.includes(` ${surname} `);
    }));
    if (!e || names.includes(e.name)) return undefined;
    names.push(e.name);
  }
  return { name: names.join(' and ') };
}

/** Whether a content of someone other than `author` covers half of tokens [a, b) or more: a quotation attributed where it stands. */
function othersQuotation(cands: Cand[], author: SpeakerRef, a: number, b: number): boolean {
  for (const c of cands) {
    if (c.b <= a || c.a >= b || !c.speaker) continue;
    const same = author.entity !== undefined ? c.speaker.entity === author.entity : c.speaker.name === author.name;
    if (!same && (Math.min(b, c.b) - Math.max(a, c.a)) * 2 >= b - a) return true;
  }
  return false;
}
