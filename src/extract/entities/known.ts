/**
 * Well-known political figures (extract/actors/people.tsv) as people: a name mention of one that
 * the tagger typed as a body or a place ("Sunak said …" as ORG, "Zelenskyy" as ORG) is a person,
 * and one the tagger missed altogether ("Putin met Erdogan …", the first word of a text, where the
 * tagger has least context) is added. Only names written with a capital, never inside another
 * mention, and never a word the same text also uses in lower case (then it is a common word
 * there: "bush").
 */
import type { Doc } from '../../model/doc.js';
import type { Mention } from '../../model/types.js';
import { readLexicon } from '../../data.js';

/** The known names by their first word (lower case), longest first. */
const BY_FIRST = new Map<string, string[][]>();
for (const line of readLexicon('extract/actors/people.tsv')) {
  const name = line.split('\t')[0]?.trim();
  if (!name) continue;
  const words = name.toLowerCase().split(/\s+/);
  let list = BY_FIRST.get(words[0]);
  if (!list) BY_FIRST.set(words[0], (list = []));
  list.push(words);
  list.sort((a, b) => b.length - a.length);
}

const RULE = 'known-person';

function capitalized(s: string): boolean {
  const c = s.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !(c >= 0xc0 && s[0] !== s[0].toLowerCase())) return false;
  // a word in capitals throughout (a headline, "BUSH") is left to the tagger
  return s.length === 1 || s.slice(1) !== s.slice(1).toUpperCase();
}

/** The mentions with known people typed and added (a new list when one is added, in text order). */
export function knownPeople(doc: Doc, mentions: Mention[]): Mention[] {
  const { tokens, text } = doc;
  // the first mention that does not end before the token
  let k = 0;
  let added: Mention[] | undefined;
  let lowerWords: Set<string> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // (most words open in lower case: no string made for them)
    const c0 = text.charCodeAt(t.start);
    if (!(c0 >= 65 && c0 <= 90) && c0 < 0xc0) continue;
    while (k < mentions.length && mentions[k].end <= t.start) k++;
    const inside = k < mentions.length && mentions[k].start <= t.start;
    const w = text.slice(t.start, t.end);
    const list = BY_FIRST.get(w.toLowerCase());
    if (!list || !capitalized(w)) continue;
    for (const words of list) {
      // the name's words, one per token
      let j = 0;
      while (j < words.length && i + j < tokens.length && text.slice(tokens[i + j].start, tokens[i + j].end).toLowerCase() === words[j]) j++;
      if (j < words.length) continue;
      const start = t.start;
      const end = tokens[i + words.length - 1].end;
      lowerWords ??= lowerCaseWords(doc);
      if (words.some((x) => lowerWords!.has(x))) break;
      if (inside) {
        const m = mentions[k];
        // the mention is this name, as a body or place: a person
        if (m.form === 'name' && m.type !== 'PER' && m.start === start && m.end === end) m.type = 'PER';
      } else if (!(k < mentions.length && mentions[k].start < end)) {
        const prev = k > 0 ? mentions[k - 1] : undefined;
        if (prev && prev.form === 'name' && prev.type === 'PER' && /^ $/.test(text.slice(prev.end, start))) {
          // "Jeb" found and "Bush" missed: one name
          prev.end = end;
          prev.text = text.slice(prev.start, end);
        } else (added ??= []).push({ start, end, text: text.slice(start, end), type: 'PER', form: 'name', rule: RULE, confidence: 0.9, title: undefined, entity: undefined });
      }
      break;
    }
  }
  if (!added) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The words the text writes in lower case. */
function lowerCaseWords(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    const c = doc.text.charCodeAt(t.start);
    if (c >= 97 && c <= 122) out.add(doc.text.slice(t.start, t.end));
  }
  return out;
}

/** An American lawmaker's party and state after the name: "R-Texas", "D-N.Y.", "I-Vt." */
export const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?$/;
/** The same tag right after a name: "…, R-Texas," / "… (D-N.Y.)". */
const TAG_AFTER = /^(?:, | \()[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?=[,;)]|\s|$)/;

/**
 * "Rep. Marcus Holt, R-Texas," / "Sen. Jane Ferris (D-N.Y.)": the party-and-state tag after a
 * person's name is no place or body of its own; it says the person is an American lawmaker.
 * Returns the mentions without such tags and the persons' mentions that had one.
 */
export function partyTags(doc: Doc, mentions: Mention[]): { mentions: Mention[]; tagged: Mention[] } {
  let tagged: Mention[] | undefined;
  let out: Mention[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const p = k > 0 ? mentions[k - 1] : undefined;
    if (p && m.form === 'name' && p.type === 'PER' && p.form === 'name' && PARTY_TAG.test(m.text) && /^(?:, | \()$/.test(doc.text.slice(p.end, m.start))) {
      out ??= mentions.slice(0, k); // the tag itself, when the tagger took it for a name
      continue;
    }
    // the tag is read from the text: the tagger may or may not have taken it for a name
    if (m.type === 'PER' && m.form === 'name' && TAG_AFTER.test(doc.text.slice(m.end, m.end + 24))) (tagged ??= []).push(m);
    if (out) out.push(m);
  }
  return { mentions: out ?? mentions, tagged: tagged ?? [] };
}
