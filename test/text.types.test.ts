import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { newDoc } from '../src/model/doc.js';
import { tokenize } from '../src/text/tokenize.js';
import { numberTokens, tokenTypes, typeGeneration, typeText } from '../src/text/types.js';
import { paragraphs, sentences } from '../src/text/segment.js';
import { affix, docInfo } from '../src/extract/entities/features.js';
import { tokenWindows } from '../src/extract/time/engine.js';

const article = {
  id: 'types',
  text: 'Chancellor Olaf Scholz said on Monday that Germany would send more air defence systems to Ukraine. "We will not waver," Scholz told reporters in Berlin. The Kremlin condemned the decision.',
  published: '2024-03-11',
};

/** A text of `n` distinct made-up words. */
function manyWords(n: number, salt: string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${salt}${i.toString(36)}`);
  return out.join(' ');
}

describe('token types', () => {
  it('gives equal (text, kind) pairs one number and different ones different numbers', () => {
    const doc = newDoc({ id: 't', text: 'Paris and paris and Paris. "Paris"' });
    doc.tokens = tokenize(doc.text);
    const ids = tokenTypes(doc);
    const byText = new Map<string, Set<number>>();
    doc.tokens.forEach((t, i) => {
      const key = `${doc.text.slice(t.start, t.end)}|${t.kind}`;
      if (!byText.has(key)) byText.set(key, new Set());
      byText.get(key)!.add(ids[i]);
      expect(typeText(ids[i])).toBe(doc.text.slice(t.start, t.end));
    });
    for (const s of byText.values()) expect(s.size).toBe(1);
    const distinct = new Set([...byText.values()].map((s) => [...s][0]));
    expect(distinct.size).toBe(byText.size);
    // computed once per document
    expect(tokenTypes(doc)).toBe(ids);
  });

  it('renumbers a document after the table starts over, and the stages give the same analysis', () => {
    const before = JSON.stringify(analyze(article));
    const gen = typeGeneration();
    // more distinct words than the table keeps: the next document starts it over
    const big = manyWords(140_000, 'zq');
    numberTokens(big, tokenize(big));
    const more = manyWords(140_000, 'zr');
    numberTokens(more, tokenize(more));
    expect(typeGeneration()).toBeGreaterThan(gen);
    expect(JSON.stringify(analyze({ ...article }))).toBe(before);
    // a document numbered under an older generation is numbered again when asked
    const doc = newDoc(article);
    doc.tokens = tokenize(doc.text);
    const first = tokenTypes(doc);
    const big2 = manyWords(270_000, 'zs');
    numberTokens(big2, tokenize(big2));
    const again = tokenTypes(doc);
    expect(again).not.toBe(first);
    doc.tokens.forEach((t, i) => expect(typeText(again[i])).toBe(doc.text.slice(t.start, t.end)));
  });

  it('a document with more distinct words than the table keeps still gets a number for each', () => {
    const text = manyWords(300_000, 'zt');
    const tokens = tokenize(text);
    const ids = numberTokens(text, tokens);
    expect(new Set(ids).size).toBe(tokens.length);
    expect(typeText(ids[tokens.length - 1])).toBe(text.slice(tokens[tokens.length - 1].start));
  });

  it('gives the entity features and time windows by type number that the characters give', () => {
    // more distinct words than the entity word cache holds (it starts over inside the document),
    // each seen twice and in two cases; then time words, numbers, hyphens and abbreviations
    const words = manyWords(70_000, 'Zu').split(' ');
    const text = `${words.join(' ')}. ${words.map((w) => w.toLowerCase()).join(' ')}. ${words.slice(0, 500).join(' ')}. On Monday at 5 p.m. the year-end report of 1990s mid-1996 Q3 sales, 14:00 and 2025-07-03 came; MONDAY, monday. Approx. 3,000.`;
    const doc = newDoc({ id: 'w', text });
    doc.tokens = tokenize(text);
    const sents = sentences(text, doc.tokens, paragraphs(text));
    const plain = docInfo(text, doc.tokens, sents);
    const byType = docInfo(text, doc.tokens, sents, undefined, true, undefined, tokenTypes(doc));
    for (const k of ['word', 'lower', 'shape', 'short', 'flags', 'docCase', 'gaz', 'clus', 'wid', 'tokLen'] as const) {
      expect(Array.from(byType[k]).join(), k).toBe(Array.from(plain[k]).join());
    }
    // the affixes (left in the types' rows when docInfo has type numbers)
    const affixes = (d: typeof plain) => Array.from({ length: d.n * 8 }, (_, x) => affix(d, x >> 3, x & 7)).join();
    expect(affixes(byType)).toBe(affixes(plain));
    // twice: the second time every type's answer is remembered
    for (let r = 0; r < 2; r++) expect(tokenWindows(text, doc.tokens, tokenTypes(doc))).toEqual(tokenWindows(text, doc.tokens));
  });
});
