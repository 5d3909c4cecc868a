import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { decodeBigGazetteer, encodeBigGazetteer, loadBigGazetteer } from '../src/extract/entities/big-gazetteer.js';
import { GAZ, bigWordBits } from '../src/extract/entities/gazetteer.js';
import { docInfo } from '../src/extract/entities/features.js';
import { paragraphs, sentences } from '../src/text/segment.js';
import { tokenize } from '../src/text/tokenize.js';
import { hashLower } from '../src/extract/entities/hash.js';

const startBit = (cat: number) => 1 << (2 * cat);
const insideBit = (cat: number) => 1 << (2 * cat + 1);

/** The gazetteer bits of each token of `text`. */
function gazOf(text: string, lexicon?: { has(h: number): boolean }): Int32Array {
  const tokens = tokenize(text);
  return docInfo(text, tokens, sentences(text, tokens, paragraphs(text)), lexicon).gaz;
}

describe('big gazetteer file', () => {
  it('gives back the entries it was given, one-word and longer', () => {
    const groups = new Map<string, number[][]>([
      ['9:1', [[5], [-7], [2147483647], [-2147483648], [5]]],
      ['8:1', [[2147483647]]],
      ['8:2', [[11, -12], [3, 4], [3, 4]]],
    ]);
    const back = decodeBigGazetteer(encodeBigGazetteer(groups));
    expect([...back.words]).toEqual([-2147483648, -7, 5, 2147483647]);
    expect([...back.bits]).toEqual([1 << 18, 1 << 18, 1 << 18, (1 << 18) | (1 << 16)]);
    expect(back.groups).toHaveLength(1);
    expect(back.groups[0]).toMatchObject({ cat: 8, len: 2 });
    expect([...back.groups[0].hashes]).toEqual([3, 4, 11, -12]);
  });

  it('says so when the file is damaged, and has no entries when it is missing', () => {
    expect(() => decodeBigGazetteer(Buffer.from('not a gazetteer'))).toThrow(/damaged/);
    // a group header promising more entries than the file holds
    // more one-token entries promised than the file holds; a group cut short
    expect(() => decodeBigGazetteer(deflateSync(Buffer.from([3, 0, 0, 0, 1, 0, 0, 0])))).toThrow(/damaged/);
    const cut = Buffer.from([0, 0, 0, 0, 8, 2, 0, 0, 10, 0, 0, 0, 1, 2, 3, 4]);
    expect(() => decodeBigGazetteer(deflateSync(cut))).toThrow(/damaged/);
    expect(loadBigGazetteer('/nonexistent/gazetteer-big.bin').words).toHaveLength(0);
  });
});

describe('big gazetteers in the tagger', () => {
  it('marks a large city, and every token of a city named in several words', () => {
    const g = gazOf('Talks in Sokoto and Rio de Janeiro ended.');
    expect(g[2] & startBit(GAZ.CITY_L)).not.toBe(0);
    expect(g[4] & startBit(GAZ.CITY_L)).not.toBe(0);
    expect(g[5] & insideBit(GAZ.CITY_L)).not.toBe(0);
    expect(g[6] & insideBit(GAZ.CITY_L)).not.toBe(0);
    expect(g[0] & startBit(GAZ.CITY_L)).toBe(0);
  });

  it('marks a surname from the names list', () => {
    const g = gazOf('Anna Kowalski announced it.');
    expect(g[1] & startBit(GAZ.NAME)).not.toBe(0);
    expect(g[2] & startBit(GAZ.NAME)).toBe(0);
  });

  it('leaves a one-word entry unmarked when the case lexicon knows the word in lower case', () => {
    const text = 'Kowalski met Green.';
    const lexicon = { has: (h: number) => h === hashLower('green') };
    const g = gazOf(text, lexicon);
    expect(g[0] & startBit(GAZ.NAME)).not.toBe(0);
    expect(g[2] & startBit(GAZ.NAME)).toBe(0);
    expect(gazOf(text)[2] & startBit(GAZ.NAME)).not.toBe(0);
  });
});

describe('the big lists’ one-token words', () => {
  it('are found by their hash, every one, and no other hash is', () => {
    const big = loadBigGazetteer();
    let wrong = 0;
    for (let i = 0; i < big.words.length; i++) if (bigWordBits(big.words[i]) !== big.bits[i]) wrong++;
    expect(wrong).toBe(0);
    // hashes next to listed ones (same top bits) are not listed unless they are
    const listed = new Set(big.words);
    for (let i = 0; i < big.words.length; i += 97) {
      const h = (big.words[i] + 1) | 0;
      expect(bigWordBits(h)).toBe(listed.has(h) ? big.bits[big.words.indexOf(h)] : 0);
    }
  });
});
