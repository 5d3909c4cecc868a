/**
 * The event lexicon, loaded once: verb and noun patterns (`verbs.tsv`), frame tables
 * (`frames.tsv`), light verbs, irregular verb forms and the CAMEO code table (`codes.json`).
 * Patterns are indexed by their head word's surface forms, so the matcher does one map lookup
 * per token.
 */
import { readData, readDataJson, readLexicon } from '../../data.js';

export interface CodeInfo {
  name: string;
  root: string;
  quad: number;
  plover?: string;
  /**
   * The code's weight on the Goldstein conflict–cooperation scale (−10 … +10) as GDELT publishes
   * it for CAMEO codes (a fact table: code → number). The four codes that table lacks (1213, 1214,
   * 1951, 1952) carry their parent's value.
   */
  goldstein: number;
}

/**
 * CAMEO codes by code. A map, not a plain object: the codes are strings of digits, which an
 * object keeps in two ways (as array indexes, "190", or as named properties, "0231" with its
 * leading zero), so that its lookups change kind from one code to the next. Each entry is made
 * again with every field (plover undefined where the file has none): parsed as written, the ten
 * codes without a PLOVER category would be objects of another hidden class, and the first of them
 * met late in a run would cost every caller's optimized code a deopt.
 */
export const CODES: ReadonlyMap<string, CodeInfo> = new Map(
  Object.entries(readDataJson<Record<string, CodeInfo>>('extract/events/codes.json')).map(([k, v]): [string, CodeInfo] => [k, { name: v.name, root: v.root, quad: v.quad, plover: v.plover, goldstein: v.goldstein }]),
);

/** One element of a pattern after the head. */
export type Elem =
  | { t: 'word'; words: string[]; optional: boolean; forms: ReadonlySet<string>; ids: ReadonlySet<number> }
  | { t: 'gap'; max: number }
  | { t: 'slot'; role: 'T' | 'S' };

export interface Pattern {
  /** CAMEO code, or "=frame" */
  code: string;
  frame?: string;
  head: string[];
  elems: Elem[];
  noun: boolean;
  rev: boolean;
  both: boolean;
  visit: boolean;
  host: boolean;
  needT: boolean;
  /** used without an object: an object after the head means another sense ("demonstrated that") */
  intr: boolean;
  /** its object is a topic ("discussed Syria"): the target comes only from a with-phrase */
  noObj: boolean;
  /** deontic frame ("Y must …" reported by X): X is the source, Y the target */
  outer: boolean;
  /** a noun that names what a frame governs ("called for reforms", "rejected the ceasefire"), never an event alone */
  inner: boolean;
  /** number of literal words: the more, the more specific */
  weight: number;
  /** `verbs.tsv:LINE` */
  rule: string;
  /**
   * The first literal word the pattern requires and how far after the head it can sit
   * (words i+1 … i+reach): a pattern whose word is not in that window cannot match.
   */
  need?: { forms: ReadonlySet<string>; ids: ReadonlySet<number>; reach: number };
  /** no event without a target: the needT flag, or a T slot in an event (not frame) pattern */
  needsT?: boolean;
  /** code in 14–20 (protest … mass violence): an act that can be stopped or banned */
  stoppable?: boolean;
  /** code in 18–20 (assault, fight, mass violence) */
  violent?: boolean;
}

/** The first required literal word of a pattern and the farthest position it can take (see `Pattern.need`). */
function firstNeed(elems: Elem[]): Pattern['need'] {
  let reach = 0;
  for (const e of elems) {
    if (e.t === 'word' && !e.optional) return { forms: e.forms, ids: e.ids, reach: reach + 2 };
    if (e.t === 'word') reach += 1;
    else if (e.t === 'gap') reach += e.max;
    else reach += 8; // an insertion, then up to 7 words
  }
  return undefined;
}

// ---------------------------------------------------------------- inflection

const IRREGULAR = new Map<string, string[]>();
/** the irregular forms of verbs other than "be" ("met", "held", "withdrew", "set") */
export const IRREGULAR_FORMS = new Set<string>();
for (const line of readLexicon('extract/events/irregular.tsv')) {
  const [lemma, forms] = line.split('\t');
  if (lemma && forms) IRREGULAR.set(lemma, forms.split(/\s+/));
  if (lemma && forms && lemma !== 'be') for (const f of forms.split(/\s+/)) IRREGULAR_FORMS.add(f);
}

const VOWEL = /[aeiou]/;

/** Surface forms of a lemma as a verb and as a noun (over-generating is harmless here). */
export function inflect(w: string): string[] {
  const out = new Set<string>([w]);
  if (w.includes('-') && !/^[a-z]+-[a-z]+$/.test(w)) return [...out];
  const last = w[w.length - 1];
  const prev = w[w.length - 2] ?? '';
  // -s
  if (/(s|sh|ch|x|z)$/.test(w)) out.add(w + 'es');
  else if (last === 'y' && !VOWEL.test(prev)) out.add(w.slice(0, -1) + 'ies');
  else out.add(w + 's');
  // -ed, -ing
  if (last === 'e') {
    out.add(w + 'd');
    out.add(w.slice(0, -1) + 'ing');
    if (w.endsWith('ee')) out.add(w + 'ing');
  } else if (last === 'y' && !VOWEL.test(prev)) {
    out.add(w.slice(0, -1) + 'ied');
    out.add(w + 'ing');
  } else {
    out.add(w + 'ed');
    out.add(w + 'ing');
    // consonant doubling (ban → banned, commit → committed); both spellings are kept
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w)) {
      out.add(w + last + 'ed');
      out.add(w + last + 'ing');
    }
  }
  for (const f of IRREGULAR.get(w) ?? []) out.add(f);
  return [...out];
}

/** surface form → lemmas (only for words the lexicon uses) */
export const LEMMAS = new Map<string, string[]>();

function addLemma(lemma: string): void {
  for (const f of inflect(lemma)) {
    const l = LEMMAS.get(f);
    if (!l) LEMMAS.set(f, [lemma]);
    else if (!l.includes(lemma)) l.push(lemma);
  }
}

/** Does a token (lower case) match the lexicon word `w`? */
export function wordIs(lc: string, w: string): boolean {
  if (lc === w) return true;
  const l = LEMMAS.get(lc);
  return l !== undefined && l.includes(w);
}

// ---------------------------------------------------------------- patterns

/**
 * Every surface form a pattern's literal word can take, numbered: a sentence's words are looked
 * up once (`formId`), then tested against a pattern's forms by number.
 */
const FORM_IDS = new Map<string, number>();

/** The number of a (lower-case) word that some pattern element uses, or -1. */
export function formId(lc: string): number {
  return FORM_IDS.get(lc) ?? -1;
}

/** A literal element with every surface form of its words, so matching is one set lookup. */
function wordElem(words: string[], optional: boolean): Elem {
  const forms = new Set<string>();
  for (const w of words) for (const f of inflect(w)) forms.add(f);
  const ids = new Set<number>();
  for (const f of forms) {
    let id = FORM_IDS.get(f);
    if (id === undefined) FORM_IDS.set(f, (id = FORM_IDS.size));
    ids.add(id);
  }
  return { t: 'word', words, optional, forms, ids };
}

function parseElems(parts: string[]): { head: string[]; elems: Elem[]; weight: number } {
  const head = parts[0].split('|');
  const elems: Elem[] = [];
  let weight = 1;
  for (const p of parts.slice(1)) {
    if (p === '*') elems.push({ t: 'gap', max: 3 });
    else if (p === '**') elems.push({ t: 'gap', max: 6 });
    else if (p === 'T' || p === 'S') elems.push({ t: 'slot', role: p });
    else if (p.startsWith('~')) elems.push(wordElem(p.slice(1).split('|'), true));
    else {
      elems.push(wordElem(p.split('|'), false));
      weight++;
    }
  }
  return { head, elems, weight };
}

/** head surface form → patterns */
export const BY_HEAD = new Map<string, Pattern[]>();

function addPattern(p: Pattern): void {
  p.need = firstNeed(p.elems);
  p.stoppable = /^(1[4-9]|20)/.test(p.code);
  p.needsT = p.needT || (!p.frame && p.elems.some((e) => e.t === 'slot' && e.role === 'T'));
  p.violent = /^(18|19|20)/.test(p.code);
  for (const h of p.head) {
    addLemma(h);
    for (const f of inflect(h)) {
      const list = BY_HEAD.get(f) ?? [];
      list.push(p);
      BY_HEAD.set(f, list);
    }
  }
  for (const e of p.elems) if (e.t === 'word') for (const w of e.words) addLemma(w);
}

{
  const lines = readData('extract/events/verbs.tsv').split('\n');
  lines.forEach((raw, idx) => {
    const line = raw.replace(/\s+#.*$/, '').trimEnd();
    if (!line || line.startsWith('#')) return;
    const [code, pattern, flagText = ''] = line.split('\t');
    if (!code || !pattern) return;
    const flags = new Set(flagText.split(/\s+/).filter(Boolean));
    const noun = flags.has('noun');
    // a nominal line without gaps or slots lists whole phrases: "air raid|air strike|bombing"
    const phrases = noun && !/(^|\s)(\*|T|S)(\s|$)/.test(pattern) ? pattern.split('|') : [pattern];
    for (const ph of phrases) {
      const parsed = parseElems(ph.trim().split(/\s+/));
      addPattern({
        code: code.startsWith('=') ? code : code,
        frame: code.startsWith('=') ? code.slice(1) : undefined,
        ...parsed,
        noun,
        rev: flags.has('rev'),
        both: flags.has('both'),
        visit: flags.has('visit'),
        host: flags.has('host'),
        needT: flags.has('needT'),
        intr: flags.has('intr'),
        noObj: flags.has('noObj'),
        outer: flags.has('outer'),
        inner: flags.has('inner'),
        rule: `verbs.tsv:${idx + 1}`,
      });
    }
  });
  for (const list of BY_HEAD.values()) list.sort((a, b) => b.weight - a.weight || b.elems.length - a.elems.length);
}

/** The number of pattern words (every `formId` is below it). */
export function formCount(): number {
  return FORM_IDS.size;
}

/**
 * What a head's patterns need after it, all patterns together: `free` when one of them needs no
 * word (`Pattern.need`); else the words any of them needs (`ids`) and the farthest they may sit
 * (`reach`, as in `Pattern.need`). A head whose patterns all need a word, none of which stands
 * within `reach` (before a boundary mark), matches nothing there.
 */
export interface HeadNeeds {
  free: boolean;
  ids: Int32Array;
  reach: number;
}

/** What the patterns of one head need after it, all together (see `HeadNeeds`). */
function needsOf(list: readonly Pattern[]): HeadNeeds {
  const ids = new Set<number>();
  let free = false;
  let reach = 0;
  for (const p of list) {
    if (!p.need) free = true;
    else {
      for (const id of p.need.ids) ids.add(id);
      reach = Math.max(reach, p.need.reach);
    }
  }
  return { free, ids: Int32Array.from(ids), reach };
}

/** What the lexicon knows of a word it uses, found with one lookup: its `formId`, the patterns it heads and what they need after it. */
export interface FormInfo {
  fid: number;
  heads: Pattern[] | undefined;
  needs: HeadNeeds | undefined;
}

const FORMS = new Map<string, FormInfo>();
for (const f of [...FORM_IDS.keys(), ...BY_HEAD.keys()]) {
  if (FORMS.has(f)) continue;
  const heads = BY_HEAD.get(f);
  FORMS.set(f, { fid: formId(f), heads, needs: heads ? needsOf(heads) : undefined });
}

/** What the lexicon knows of a (lower-case) word (see `FormInfo`), or undefined for a word it does not use (`formId` -1, no patterns). */
export function formInfo(lc: string): FormInfo | undefined {
  return FORMS.get(lc);
}

// ---------------------------------------------------------------- frames and light verbs

const FRAMES = new Map<string, Map<string, string>>();
for (const line of readLexicon('extract/events/frames.tsv')) {
  const [frame, inner, result] = line.split('\t');
  if (!frame || !inner || !result) continue;
  const m = FRAMES.get(frame) ?? new Map<string, string>();
  m.set(inner, result);
  FRAMES.set(frame, m);
}

/** The code a frame gives to the event it governs (longest matching prefix of the inner code). */
export function frameCode(frame: string, inner: string | undefined): string | undefined {
  const m = FRAMES.get(frame);
  if (!m) return inner;
  if (inner) {
    for (let n = inner.length; n >= 2; n--) {
      const r = m.get(inner.slice(0, n));
      if (r) return r === '=' ? inner : r;
    }
  }
  const d = m.get('*');
  if (d === '=') return inner;
  // "^intent": as that frame wherever this one says nothing more specific
  if (d?.startsWith('^')) return frameCode(d.slice(1), inner);
  return d;
}

/** Frames that announce an act of the subject's own (will, plans to; announced it would; decided to). */
export function isIntentFrame(frame: string | undefined): boolean {
  return frame === 'intent' || frame === 'announce' || frame === 'decide';
}

export const LIGHT_VERBS = new Set<string>();
for (const w of readLexicon('extract/events/light-verbs.txt')) {
  for (const f of inflect(w)) LIGHT_VERBS.add(f);
}
