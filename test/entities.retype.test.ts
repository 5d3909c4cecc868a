import { describe, expect, it } from 'vitest';
import { newDoc } from '../src/model/doc.js';
import { textStage } from '../src/text/stage.js';
import { docInfo, NTAGS } from '../src/extract/entities/features.js';
import { feat1, feat2, feat3 } from '../src/extract/entities/hash.js';
import { choose, decodeRetyper, encodeRetyper, Retyper, retypeTags, spanContext, spanExamples, spanFeatures, tagSpans, trainRetyper, MAX_SPAN_FEATS, type SpanExample } from '../src/extract/entities/retype.js';

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
    // a scale that is not a number would give every score NaN and switch the re-typer off unseen
    expect(() => decodeRetyper(encodeRetyper(new Retyper(Uint32Array.from([7]), Int16Array.from([1, 2, 3, 4]), NaN, 1.5)))).toThrow(/re-typer model: margin 1.5, gate Infinity, scale NaN/);
  });

  it('leaves alone a span whose type the tagger prefers by the gate or more', () => {
    // a model whose bias alone votes ORG by far
    const model = new Retyper(Uint32Array.from([feat1(1, 0) >>> 0]), Int16Array.from([0, 30000, 0, 0]), 0.001, 1, 10);
    const { info, words } = prepare('Fog closed the road from Gorrick on Monday.');
    const at = words.indexOf('Gorrick');
    const em = new Float32Array(info.n * NTAGS);
    const tags = new Uint8Array(info.n);
    tags[at] = 1 + 2 * LOC;
    em[at * NTAGS + 1 + 2 * LOC] = 25; // LOC ahead of every other type by 25: over the gate
    expect(retypeTags(info, tags, em, model)).toBe(0);
    em[at * NTAGS + 1 + 2 * LOC] = 5; // by 5: under it
    expect(retypeTags(info, tags, em, model)).toBe(1);
    expect(tags[at]).toBe(1 + 2 * ORG);
  });

  it('sees the types of the names listed right beside a span, and of no name further away', () => {
    const feats = (text: string, types: Record<string, number>, of: string) => {
      const { info, words } = prepare(text);
      const tags = Uint8Array.from(words, (w) => (w in types ? 1 + 2 * types[w] : 0));
      const ctx = spanContext(info, tagSpans(tags));
      const s = ctx.spans.findIndex((sp) => words[sp.start] === of);
      const out = new Int32Array(MAX_SPAN_FEATS);
      return Array.from(out.subarray(0, spanFeatures(info, new Float32Array(info.n * NTAGS), ctx, s, out)), (x) => x >>> 0);
    };
    // (template numbers of retype.ts: 43 the name before, 44 with the word between, 45 and 46 after)
    const listed = feats('Talks between Arvale and Kelmouth ended on Monday.', { Arvale: ORG, Kelmouth: LOC }, 'Kelmouth');
    expect(listed).toContain(feat2(43, ORG, LOC) >>> 0);
    const and = prepare('and').info.lower[0];
    expect(listed).toContain(feat3(44, ORG, and, LOC) >>> 0);
    const first = feats('Talks between Arvale and Kelmouth ended on Monday.', { Arvale: ORG, Kelmouth: LOC }, 'Arvale');
    expect(first).toContain(feat2(45, LOC, ORG) >>> 0);
    const apart = feats('Arvale said on Monday that Kelmouth would wait.', { Arvale: ORG, Kelmouth: LOC }, 'Kelmouth');
    expect(apart).not.toContain(feat2(43, ORG, LOC) >>> 0);
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

describe('the entities stage with the shipped re-typer', () => {
  it('reads a club named like a person in a line of results as the club, and a person in prose as a person', async () => {
    const { entitiesStage } = await import('../src/extract/entities/index.js');
    const run = (text: string) => {
      const doc = newDoc({ id: 't', text });
      textStage.run(doc);
      entitiesStage.run(doc);
      return doc.mentions.map((m) => [m.text, m.type]);
    };
    // an invented results page (club names of the Portuguese league, invented scores)
    const table = [
      'SOCCER - PORTUGUESE LEAGUE RESULTS .',
      'LISBON 1996-12-08',
      'Results of Portuguese first division matches on Sunday :',
      'Braga 2 Farense 1',
      'Chaves 0 Setubal 3',
      'Leca 1 Espinho 1',
      'Gil Vicente 2 Amadora 0',
    ].join('\n');
    expect(run(table)).toContainEqual(['Gil Vicente', 'ORG']);
    expect(run('Rui Marcelo scored twice as Braga beat Chaves 2-0 on Sunday .')).toContainEqual(['Rui Marcelo', 'PER']);
  });
});
