import { describe, expect, it } from 'vitest';
import { newDoc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { docInfo, NTAGS } from '../src/extract/entities/features.js';
import { choose, decodeRetyper, encodeRetyper, Retyper, retypeTags, spanExamples, tagSpans, trainRetyper, type SpanExample } from '../src/extract/entities/retype.js';

// tags: 1 B-PER, 2 I-PER, 3 B-ORG, 4 I-ORG, 5 B-LOC, 6 I-LOC, 7 B-MISC, 8 I-MISC
const PER = 0;
const ORG = 1;
const LOC = 2;

function prepare(text: string) {
  const doc = newDoc({ id: 't', text });
  textStage.run(doc);
  const info = docInfo(doc.text, doc.tokens, doc.sentences);
  const words = doc.tokens.map((t) => doc.text.slice(t.start, t.end));
  return { doc, info, words };
}

/** BIO tags giving every listed word a one-word name of type `type`. */
function tagWords(words: string[], names: Set<string>, type: number): Uint8Array {
  return Uint8Array.from(words, (w) => (names.has(w) ? 1 + 2 * type : 0));
}

describe('span re-typer', () => {
  it('reads the spans of BIO tags', () => {
    expect(tagSpans(Uint8Array.from([0, 1, 2, 0, 5, 3, 4, 4, 0, 8]))).toEqual([
      { start: 1, end: 3, type: PER },
      { start: 4, end: 5, type: LOC },
      { start: 5, end: 8, type: ORG },
      { start: 9, end: 10, type: 3 },
    ]);
  });

  it('overrides the tagger only by more than the margin', () => {
    const sc = Float64Array.from([0, 2.5, 1, 0]);
    expect(choose(sc, LOC, 1)).toBe(ORG);
    expect(choose(sc, LOC, 2)).toBe(LOC);
    expect(choose(sc, ORG, 0)).toBe(ORG);
  });

  it('writes and reads its model file, and rejects a bad one with a clear error', () => {
    const m = new Retyper(Uint32Array.from([7, 99]), Int16Array.from([1, -2, 3, -4, 5, 6, 7, 8]), 0.25, 1.5);
    const back = decodeRetyper(encodeRetyper(m));
    expect(Array.from(back.keys)).toEqual([7, 99]);
    expect(Array.from(back.weights)).toEqual([1, -2, 3, -4, 5, 6, 7, 8]);
    expect(back.scale).toBe(0.25);
    expect(back.margin).toBe(1.5);
    expect(back.gate).toBe(Infinity);
    expect(() => decodeRetyper(Buffer.from('not a model'))).toThrow(/re-typer model: not a zlib stream/);
  });

  it('learns that town names in a results table are clubs, and re-types them there only', () => {
    // invented towns and texts: the tagger (simulated) calls every town a place; in tables of
    // results the gold type is the club (ORG), in prose the place
    const towns = ['Kelmouth', 'Arvale', 'Brisby', 'Dunlow', 'Farnsey', 'Gorrick', 'Holbury', 'Istwick'];
    const examples: SpanExample[] = [];
    const zeroEm = (n: number) => new Float32Array(n * NTAGS);
    for (let r = 0; r < towns.length; r++) {
      const a = towns[r];
      const b = towns[(r + 1) % towns.length];
      const c = towns[(r + 3) % towns.length];
      const table = prepare(`FOOTBALL - LEAGUE RESULTS\n${a} 2 ${b} 1\n${c} 0 ${a} 3\n${b} 1 ${c} 1`);
      const prose = prepare(`The council of ${a} met on Tuesday. Roads from ${b} to ${c} were closed after the storm.`);
      for (const { info, words } of [table, prose]) {
        const names = new Set(towns);
        const tags = tagWords(words, names, LOC);
        const gold = tagWords(words, names, info === table.info ? ORG : LOC);
        examples.push(...spanExamples(info, tags, zeroEm(info.n), gold));
      }
    }
    expect(examples.some((e) => e.type !== e.gold)).toBe(true);
    const model = trainRetyper(examples, 5, 1, 0.5);
    // new texts (towns of the training set in new lines)
    const table = prepare('FOOTBALL - LEAGUE RESULTS\nGorrick 4 Farnsey 0\nHolbury 1 Istwick 2');
    const tags = tagWords(table.words, new Set(towns), LOC);
    expect(retypeTags(table.info, tags, zeroEm(table.info.n), model)).toBe(4);
    expect(tagSpans(tags).map((s) => s.type)).toEqual([ORG, ORG, ORG, ORG]);
    const prose = prepare('Fog closed the road from Gorrick to Holbury on Monday.');
    const ptags = tagWords(prose.words, new Set(towns), LOC);
    expect(retypeTags(prose.info, ptags, zeroEm(prose.info.n), model)).toBe(0);
    expect(tagSpans(ptags).map((s) => s.type)).toEqual([LOC, LOC]);
  });
});
