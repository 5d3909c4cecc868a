/**
 * Tokens with offsets. One sticky regular expression walks the text once; every token is a
 * `[start, end)` span over it, never a copy. Possessive "'s" is split off ("Putin" + "'s")
 * as news NER and quote attribution both need the bare name; abbreviations keep their dot
 * ("Mr.", "U.S.", "Jan.") so sentence splitting can tell them from full stops.
 */
import type { Token, TokenKind } from '../model/types.js';
import { ABBREVIATIONS } from './abbreviations.js';

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    '(?<space>\\s+)',
    '(?<url>https?://[^\\s<>"“”]+[^\\s<>"“”.,;:!?)\\]])',
    '(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)',
    // initialisms with dots: U.S., U.N., a.m., D.C.
    '(?<initials>(?:\\p{L}\\.){2,})',
    // numbers: 1,000.50  14:00  2025-07-03  3/4  1990s  21st  $5  (currency is its own token)
    '(?<number>\\d+(?:[.,:/-]\\d+)*(?:st|nd|rd|th|s|m|bn|k)?(?![\\p{L}\\d]))',
    // words, with inner hyphens, apostrophes and ampersands: al-Assad, O'Brien, don't, AT&T
    "(?<word>[\\p{L}\\p{M}\\d]+(?:[-'’&][\\p{L}\\p{M}\\d]+)*\\.?)",
    // quotation marks, including TeX-style `` and ''
    "(?<quote>``|''|[\"“”„‟«»‹›‘’'`])",
    '(?<punct>\\.{3}|-{2,}|[.,;:!?…–—‒\\-()\\[\\]{}/])',
    '(?<symbol>[^\\s])',
  ].join('|'),
  'guy',
);

const POSSESSIVE_RE = /['’][sS]$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const g = m.groups!;
    const start = m.index;
    let end = start + m[0].length;
    if (g.space !== undefined) continue;
    let kind: TokenKind;
    if (g.word !== undefined) {
      kind = 'word';
      let w = m[0];
      // A trailing dot belongs to the word only for known abbreviations and single initials.
      if (w.endsWith('.')) {
        const bare = w.slice(0, -1);
        if (!(isInitial(bare) || ABBREVIATIONS.has(bare) || ABBREVIATIONS.has(bare.toLowerCase()))) {
          end -= 1;
          w = bare;
          TOKEN_RE.lastIndex = end;
        }
      }
      if (w.length > 2 && POSSESSIVE_RE.test(w)) {
        tokens.push({ start, end: end - 2, kind: 'word' });
        tokens.push({ start: end - 2, end, kind: 'word' });
        continue;
      }
    } else if (g.number !== undefined) kind = 'number';
    else if (g.initials !== undefined || g.url !== undefined || g.email !== undefined) kind = 'word';
    else if (g.quote !== undefined) kind = 'quote';
    else if (g.punct !== undefined) kind = 'punct';
    else kind = 'symbol';
    tokens.push({ start, end, kind });
  }
  return tokens;
}

function isInitial(s: string): boolean {
  return s.length === 1 && s >= 'A' && s <= 'Z';
}
