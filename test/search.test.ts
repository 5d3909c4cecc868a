import { describe, expect, it } from 'vitest';
import { ftsQuery, parseSearch, snippetAround, tsQuery } from '../src/store/common.js';

const fold = (w: string) => w.toLowerCase();

describe('search queries', () => {
  it('parses words, phrases, OR and exclusions as typed into a search box', () => {
    expect(parseSearch('grain "black sea" -route OR x')).toEqual({ all: [[['grain']], [['black', 'sea']], [['x']]], not: [['route']] });
    expect(parseSearch('kyiv OR kiev talks')).toEqual({ all: [[['kyiv'], ['kiev']], [['talks']]], not: [] });
    expect(parseSearch('-alone')).toEqual({ all: [], not: [] });
  });
  it('writes FTS5 and tsquery strings of quoted words only, whatever the input', () => {
    expect(ftsQuery('grain "black sea" -route')).toBe('("grain" AND "black sea") NOT ("route")');
    expect(tsQuery('grain "black sea" -route', fold)).toBe("'grain' & ('black' <-> 'sea') & !('route')");
    for (const q of ['"', "'; DROP TABLE x; --", ':* <-> ! & |', 'OR', '\\"\\', '- - -']) {
      expect(ftsQuery(q)).toMatch(/^(|[^;]*)$/);
      expect(tsQuery(q, fold)).not.toMatch(/[;\\]/);
    }
  });
  it('keeps at most twelve terms and twelve words of a phrase', () => {
    expect(parseSearch(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')).all).toHaveLength(12);
    expect(parseSearch('"' + 'word '.repeat(40) + '"').all[0][0]).toHaveLength(12);
  });
});

describe('search snippets', () => {
  it('centre on the phrase searched for and mark it whole, and mark whole words only', () => {
    const text = 'We want a substantive conversation, the minister said. ' + 'Filler words go here. '.repeat(8) + 'Later a telephone conversation took place. Conversations went on.';
    const s = snippetAround(text, '"telephone conversation" -Lima', 80);
    expect(s.highlights.map(([a, b]) => s.snippet.slice(a, b))).toEqual(['telephone conversation']);
    const w = snippetAround(text, 'conversation', 1000);
    expect(w.highlights.map(([a, b]) => w.snippet.slice(a, b))).toEqual(['conversation', 'conversation']);
  });
});
